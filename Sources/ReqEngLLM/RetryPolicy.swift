import Foundation

/// When and how long to wait before retrying a request.
///
/// Retries connection errors, timeouts and HTTP 408, 409, 429 and 5xx; never other 4xx. The wait
/// is exponential backoff with full jitter (uniform in `0 ... min(maxDelay, baseDelay · 2^attempt)`),
/// or the server's `Retry-After` when it sends one, capped at ``retryAfterCap``.
package struct RetryPolicy: Sendable, Hashable {
    /// Retries after the first attempt (`--retries`, default 2).
    package var maxRetries: Int
    package var baseDelay: Duration
    package var maxDelay: Duration
    package var retryAfterCap: Duration

    package init(
        maxRetries: Int = 2, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
        retryAfterCap: Duration = .seconds(30)
    ) {
        self.maxRetries = max(0, maxRetries)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryAfterCap = retryAfterCap
    }

    /// Whether an HTTP status is worth another attempt.
    package static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 409 || status == 429 || (500...599).contains(status)
    }

    /// The wait before retry number `retry` (0 for the first retry).
    package func delay(beforeRetry retry: Int, retryAfter: Duration?, random: any RandomSource) -> Duration {
        if let retryAfter {
            return min(max(retryAfter, .zero), retryAfterCap)
        }
        let exponent = min(retry, 30)
        let ceiling = min(maxDelay, baseDelay * (1 << exponent))
        let unit = min(max(random.nextUnit(), 0), 1)
        return ceiling * unit
    }

    /// `Retry-After` as seconds (`"3"`, `"1.5"`); HTTP dates are ignored (backoff applies).
    package static func parseRetryAfter(_ value: String?) -> Duration? {
        guard let value, let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds >= 0,
            seconds.isFinite
        else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }
}
