import Foundation
import Synchronization

/// Source of uniform random numbers in `0..<1`; injected so backoff is testable.
package protocol RandomSource: Sendable {
    func nextUnit() -> Double
}

/// The system generator.
package struct SystemRandomSource: RandomSource {
    package init() {}

    package func nextUnit() -> Double { Double.random(in: 0..<1) }
}

/// Waits between attempts; injected so tests neither sleep nor race a clock.
package protocol Sleeper: Sendable {
    func sleep(for duration: Duration) async throws
}

/// Sleeps on the continuous clock (cancellable).
package struct TaskSleeper: Sleeper {
    package init() {}

    package func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}

/// Opens after `threshold` consecutive transient failures (connection errors, timeouts, 408/409/429/5xx);
/// a success closes the count again. Once open it stays open for the rest of the run.
package final class CircuitBreaker: Sendable {
    package let threshold: Int
    private let state = Mutex<(consecutive: Int, open: Bool)>((0, false))

    package init(threshold: Int) {
        self.threshold = max(1, threshold)
    }

    package var isOpen: Bool { state.withLock { $0.open } }

    package func recordSuccess() {
        state.withLock { $0.consecutive = 0 }
    }

    package func recordTransientFailure() {
        state.withLock { value in
            value.consecutive += 1
            if value.consecutive >= threshold { value.open = true }
        }
    }
}

/// Token and cost budgets of a run. Checked before each request and charged after it, so a limit
/// is overshot at most by the requests already in flight when it was reached.
package final class RunBudget: Sendable {
    package let maxTokens: Int?
    package let maxCostUSD: Double?
    private let spent = Mutex<(tokens: Int, cost: Double)>((0, 0))

    package init(maxTokens: Int? = nil, maxCostUSD: Double? = nil) {
        self.maxTokens = maxTokens
        self.maxCostUSD = maxCostUSD
    }

    /// Charges one response.
    package func charge(tokens: Int, costUSD: Double) {
        spent.withLock { value in
            let (sum, overflow) = value.tokens.addingReportingOverflow(max(0, tokens))
            value.tokens = overflow ? Int.max : sum
            value.cost += max(0, costUSD)
        }
    }

    package var tokensSpent: Int { spent.withLock { $0.tokens } }
    package var costSpentUSD: Double { spent.withLock { $0.cost } }

    /// Why no new request may start, or `nil` while both budgets have room.
    package var exhaustion: String? {
        let (tokens, cost) = spent.withLock { ($0.tokens, $0.cost) }
        if let maxTokens, tokens >= maxTokens {
            return "token budget exhausted: \(tokens) of --max-tokens \(maxTokens) used"
        }
        if let maxCostUSD, cost >= maxCostUSD {
            return "cost budget exhausted: $\(String(format: "%.6f", cost)) of --max-cost $\(maxCostUSD) used"
        }
        return nil
    }
}

/// Bounds the requests in flight (`--max-concurrency`): an async counting semaphore, FIFO.
package actor ConcurrencyGate {
    private let limit: Int
    private var inFlight = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `body` once a slot is free.
    package func withSlot<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        if inFlight < limit {
            inFlight += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            inFlight -= 1
        } else {
            // The slot passes straight to the next waiter.
            waiters.removeFirst().resume()
        }
    }
}
