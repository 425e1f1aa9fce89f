import GRDB

/// One node execution of the agent graph: timing, status and confidence.
package struct AgentInvocationRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "agent_invocations"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var runId: String
    package var project: String
    package var agent: String
    /// `success` or `error`.
    package var status: String
    /// Wall-clock start, nanoseconds since 1970 (UTC).
    package var startedAtUnixNano: Int64
    package var durationNanoseconds: Int64
    package var confidence: Double?
    package var requirementsAdded: Int
    package var errorMessage: String?

    package init(
        id: Int64? = nil, runId: String, project: String, agent: String, status: String, startedAtUnixNano: Int64,
        durationNanoseconds: Int64, confidence: Double?, requirementsAdded: Int, errorMessage: String?
    ) {
        self.id = id
        self.runId = runId
        self.project = project
        self.agent = agent
        self.status = status
        self.startedAtUnixNano = startedAtUnixNano
        self.durationNanoseconds = durationNanoseconds
        self.confidence = confidence
        self.requirementsAdded = requirementsAdded
        self.errorMessage = errorMessage
    }
}
