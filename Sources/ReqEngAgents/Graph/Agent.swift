import Logging

/// One node of the agent graph: reads the typed state, changes it, and says what it did.
///
/// Agents are values with no hidden state; everything they need beyond the state comes in through
/// the ``AgentContext`` (engine settings, logger, model client), so a test can run one exactly.
package protocol Agent: Sendable {
    /// Node name in the graph; also the `agent_name` label, the `agent.<name>` span and the log `agent`.
    var name: String { get }

    /// Runs the node over `state`. Throws only for what stops the project (not for findings).
    func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport
}

/// What a node reports about one execution, for logs, spans and metrics.
package struct AgentReport: Sendable, Hashable {
    /// Mean confidence of what the node produced or judged, when it has one.
    package var confidence: Double?
    /// Requirements the node added to the state.
    package var requirementsAdded: Int
    /// Free-form counters for the log line (e.g. `issues_found`).
    package var details: [String: Int]

    package init(confidence: Double? = nil, requirementsAdded: Int = 0, details: [String: Int] = [:]) {
        self.confidence = confidence
        self.requirementsAdded = requirementsAdded
        self.details = details
    }
}

/// What an agent may use besides the state: settings and a logger carrying the run's context.
package struct AgentContext: Sendable {
    package var engine: EngineSettings
    package var logger: Logger
    /// ISO 8601 UTC time the document says it was generated (deterministic, see `DocumentRunInfo`).
    package var generatedAt: String
    /// reqeng version recorded in the document.
    package var toolVersion: String

    package init(
        engine: EngineSettings, logger: Logger, generatedAt: String = "1970-01-01T00:00:00Z",
        toolVersion: String = "0.0.0"
    ) {
        self.engine = engine
        self.logger = logger
        self.generatedAt = generatedAt
        self.toolVersion = toolVersion
    }
}

/// Engine choice and the knobs agents read.
package struct EngineSettings: Sendable, Hashable, Codable {
    /// `builtin` or `openai`.
    package var name: String
    package var model: String?
    /// Maximum refinement passes (validation → extraction) per project.
    package var maxRefinements: Int

    package init(name: String = "builtin", model: String? = nil, maxRefinements: Int = 1) {
        self.name = name
        self.model = model
        self.maxRefinements = maxRefinements
    }
}
