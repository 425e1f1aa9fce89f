/// One node execution, as the run store and the HTML report record it.
package struct AgentExecution: Sendable, Hashable, Codable {
    package enum Status: String, Sendable, Hashable, Codable {
        case success
        case error
    }

    package var project: String
    package var agent: String
    package var status: Status
    /// Wall-clock start, nanoseconds since 1970 (UTC).
    package var startedAtUnixNano: Int64
    package var durationNanoseconds: Int64
    package var confidence: Double?
    package var requirementsAdded: Int
    package var errorMessage: String?

    package init(
        project: String, agent: String, status: Status, startedAtUnixNano: Int64, durationNanoseconds: Int64,
        confidence: Double?, requirementsAdded: Int, errorMessage: String?
    ) {
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
