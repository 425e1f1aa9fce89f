/// One HTTP request to the model endpoint, as accounted (metrics, span, log, store row).
package struct LLMCallReport: Sendable, Hashable {
    package var project: String?
    package var agent: String?
    package var model: String
    /// `usage.prompt_tokens` of the response; 0 when there was none.
    package var inputTokens: Int
    /// `usage.completion_tokens` of the response; 0 when there was none.
    package var outputTokens: Int
    package var costUSD: Double
    package var latencySeconds: Double
    /// `success`, `timeout`, `rate_limited`, `http_4xx`, `http_5xx`, `connection_error`, `invalid_response`,
    /// `invalid_usage` (token counts that cannot be true), `invalid_answer` (content failing the
    /// schema), `response_too_large` (over the size reqeng reads), `cancelled` (reqeng stopped
    /// waiting, e.g. on SIGTERM).
    package var status: String
    /// HTTP status, when a response arrived.
    package var httpStatus: Int?
    /// Wall-clock start, nanoseconds since 1970 (UTC).
    package var startedAtUnixNano: Int64
    /// 1 for the first attempt of a call, 2 for its first retry, …
    package var attempt: Int
    /// The model the response named (`model` of the answer), when one arrived.
    package var responseModel: String? = nil
    /// `finish_reason` of every choice of the answer, in order.
    package var finishReasons: [String] = []

    /// The `status` label of `llm_requests_total`: `success`, `timeout`, `invalid` (an answer that
    /// arrived but could not be used), `cancelled` (reqeng itself gave up on it) or `error`.
    package var metricStatus: String {
        switch status {
        case "success": "success"
        case "timeout": "timeout"
        case "invalid_usage", "invalid_answer", "response_too_large": "invalid"
        case "cancelled": "cancelled"
        default: "error"
        }
    }
}
