/// One language-model call as an LLM engine reports it, for the run store and the report.
package struct LLMCall: Sendable, Hashable, Codable {
    package var project: String?
    package var agent: String?
    package var model: String
    package var inputTokens: Int
    package var outputTokens: Int
    package var costUSD: Double
    package var latencySeconds: Double
    /// `success`, or an error kind such as `timeout`, `rate_limited`, `http_5xx`.
    package var status: String
    /// Wall-clock start, nanoseconds since 1970 (UTC).
    package var startedAtUnixNano: Int64

    package init(
        project: String?, agent: String?, model: String, inputTokens: Int, outputTokens: Int, costUSD: Double,
        latencySeconds: Double, status: String, startedAtUnixNano: Int64
    ) {
        self.project = project
        self.agent = agent
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.latencySeconds = latencySeconds
        self.status = status
        self.startedAtUnixNano = startedAtUnixNano
    }
}
