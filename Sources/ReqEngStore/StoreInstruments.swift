import Metrics
import ReqEngBase

/// Times store queries into `db_query_duration_seconds{operation,table}`, counts
/// `db_optimistic_lock_conflicts_total{table}` and sets `db_connection_pool_size`, through an
/// injected `MetricsFactory`.
package struct StoreInstruments: Sendable {
    /// `db_query_duration_seconds{operation,table}`.
    package static let queryDuration = MetricFamilyDescriptor(
        name: "db_query_duration_seconds", help: "Run store query time.",
        type: .histogram, labelNames: ["operation", "table"], buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1])
    /// `db_connection_pool_size`.
    package static let connectionPoolSize = MetricFamilyDescriptor(
        name: "db_connection_pool_size", help: "Open run store connections.", type: .gauge)
    /// `db_optimistic_lock_conflicts_total{table}`.
    package static let lockConflicts = MetricFamilyDescriptor(
        name: "db_optimistic_lock_conflicts_total", help: "Run store writes retried after a conflicting write.",
        type: .counter, labelNames: ["table"])
    /// Every family the store records.
    package static let metricFamilies = [queryDuration, connectionPoolSize, lockConflicts]

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
                label: Self.queryDuration.name,
                dimensions: [("operation", operation.rawValue), ("table", table)],
                factory: factory
            ).recordNanoseconds(nanoseconds)
        }
        return try body()
    }

    func conflict(table: String) {
        Counter(label: Self.lockConflicts.name, dimensions: [("table", table)], factory: factory)
            .increment()
    }

    func poolSize(_ connections: Int) {
        Gauge(label: Self.connectionPoolSize.name, factory: factory).record(connections)
    }
}
