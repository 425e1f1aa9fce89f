import Metrics
import ReqEngBase
import Synchronization

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
    /// The query timers made so far, one per operation and table.
    private let timers = QueryTimers()

    init(factory: any MetricsFactory) {
        self.factory = factory
    }

    /// Runs `body` and records its wall time under `operation` and `table`, whether it throws or not.
    func timed<T>(_ operation: Operation, _ table: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            let nanoseconds =
                elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
            timer(operation, table).recordNanoseconds(nanoseconds)
        }
        return try body()
    }

    /// The timer of `operation` on `table`, asked of the factory once.
    ///
    /// Recording a project times every row it inserts (thousands a run), and making a timer (the
    /// factory's lookup of the series by label and dimensions) cost as much as the insert itself.
    /// The factory hands out the same series for the same label and dimensions, so a kept timer
    /// records exactly where a new one would.
    private func timer(_ operation: Operation, _ table: String) -> Metrics.Timer {
        let key = QueryTimers.Key(operation: operation, table: table)
        if let timer = timers.made.withLock({ $0[key] }) { return timer }
        let timer = Metrics.Timer(
            label: Self.queryDuration.name, dimensions: [("operation", operation.rawValue), ("table", table)],
            factory: factory)
        timers.made.withLock { $0[key] = timer }
        return timer
    }

    func conflict(table: String) {
        Counter(label: Self.lockConflicts.name, dimensions: [("table", table)], factory: factory)
            .increment()
    }

    func poolSize(_ connections: Int) {
        Gauge(label: Self.connectionPoolSize.name, factory: factory).record(connections)
    }
}

/// The timers of one ``StoreInstruments``, shared by its copies; readers and the writer time
/// queries from several threads, hence the lock.
private final class QueryTimers: Sendable {
    struct Key: Hashable {
        var operation: StoreInstruments.Operation
        var table: String
    }

    let made = Mutex<[Key: Metrics.Timer]>([:])
}
