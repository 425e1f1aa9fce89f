/// Why a model call produced no usable answer.
package enum ChatFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// No new call may start: a budget is exhausted or the circuit breaker is open. The run should
    /// stop and keep what it finished; the run ends as a temporary failure.
    case stopped(String)
    /// The endpoint refused the request with a non-retryable status (400, 401, 404, …).
    case rejected(status: Int, message: String)
    /// Transient failures outlasted the retries.
    case unavailable(String)
    /// The answer was not JSON conforming to the schema, twice.
    case invalidAnswer(String)

    package var description: String {
        switch self {
        case .stopped(let reason): "LLM calls stopped: \(reason)"
        case .rejected(let status, let message): "the LLM endpoint refused the request (HTTP \(status)): \(message)"
        case .unavailable(let reason): "the LLM endpoint is unavailable: \(reason)"
        case .invalidAnswer(let reason): "the model's answer did not match the schema: \(reason)"
        }
    }

    /// Whether the run must stop calling the model (as opposed to falling back for one node).
    package var stopsRun: Bool {
        if case .stopped = self { return true }
        return false
    }
}
