import GRDB

/// One call to a language model: model, tokens, cost, latency and outcome.
package struct LLMCallRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "llm_calls"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var runId: String
    package var project: String?
    package var agent: String?
    package var model: String
    package var inputTokens: Int
    package var outputTokens: Int
    package var costUsd: Double
    package var latencySeconds: Double
    /// `success` or an error kind (`timeout`, `rate_limited`, `http_5xx`, …).
    package var status: String
    package var startedAtUnixNano: Int64

    package init(
        id: Int64? = nil, runId: String, project: String?, agent: String?, model: String, inputTokens: Int,
        outputTokens: Int, costUsd: Double, latencySeconds: Double, status: String, startedAtUnixNano: Int64
    ) {
        self.id = id
        self.runId = runId
        self.project = project
        self.agent = agent
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUsd = costUsd
        self.latencySeconds = latencySeconds
        self.status = status
        self.startedAtUnixNano = startedAtUnixNano
    }
}
