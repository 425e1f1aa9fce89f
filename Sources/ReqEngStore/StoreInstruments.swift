import Metrics

/// Times store queries into `db_query_duration_seconds{operation,table}` and counts
/// `db_optimistic_lock_conflicts_total{table}`, through an injected `MetricsFactory`.
struct StoreInstruments: Sendable {
    /// The `operation` label of `db_query_duration_seconds`.
    enum Operation: String, Sendable {
        case select, insert, update, delete, migrate
    }

    let factory: any MetricsFactory

    /// Runs `body` and records its wall time under `operation` and `table`, whether it throws or not.
    func timed<T>(_ operation: Operation, _ table: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            let nanoseconds =
                elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
            Metrics.Timer(
                label: "db_query_duration_seconds",
                dimensions: [("operation", operation.rawValue), ("table", table)],
                factory: factory
            ).recordNanoseconds(nanoseconds)
        }
        return try body()
    }

    func conflict(table: String) {
        Counter(label: "db_optimistic_lock_conflicts_total", dimensions: [("table", table)], factory: factory)
            .increment()
    }

    func poolSize(_ connections: Int) {
        Gauge(label: "db_connection_pool_size", factory: factory).record(connections)
    }
}
