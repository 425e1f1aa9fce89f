import Synchronization

/// Counts failed input files against `--max-failures`, so the batch stops starting projects once
/// the limit is reached (what is already written is kept).
final class FailureBudget: Sendable {
    private let count: Mutex<Int>
    private let limit: Int?

    init(limit: Int?, alreadyFailed: Int) {
        self.limit = limit
        count = Mutex(alreadyFailed)
    }

    var failed: Int { count.withLock { $0 } }

    /// Whether the limit has been reached; never true without a limit.
    var exhausted: Bool {
        guard let limit else { return false }
        return failed >= limit
    }

    func add(_ failures: Int) {
        count.withLock { $0 += failures }
    }
}
