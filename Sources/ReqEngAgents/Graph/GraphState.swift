import ReqEngIngest
import ReqEngModel

/// The typed state that flows through the agent graph for one project.
///
/// Every node reads and writes this one value; the runtime checkpoints it after each node, so it is
/// `Codable` and holds only values.
package struct GraphState: Sendable, Codable, Hashable {
    /// The project's files, as discovered.
    package var project: ProjectInput
    /// Sessions parsed by the ingest node, in file order.
    package var transcripts: [Transcript] = []
    /// Files of the project that could not be used.
    package var failures: [InputFailure] = []
    /// Repairs and remarks about files that were used.
    package var notices: [InputNotice] = []
    /// Stated requirements (`REQ-nnn`).
    package var requirements: [Requirement] = []
    /// Inferred requirements (`REQ-INF-nnn`).
    package var inferred: [Requirement] = []
    /// Inference rules a stated requirement rules out although other turns suggest them; `nil`
    /// when there are none (and in checkpoints written before the field existed).
    package var ruleDisagreements: [RuleDisagreement]?
    /// Quality findings of the last validation pass.
    package var issues: [QualityIssue] = []
    /// Follow-up questions, grouped later by addressee.
    package var questions: [Question] = []
    /// Completed validation → extraction refinement passes.
    package var refinementPasses: Int = 0
    /// The synthesised document; set by the synthesis node.
    package var document: RequirementsDocument?
    /// Nodes of a model-backed engine that fell back to the built-in agent, in the order they did;
    /// `nil` when none did (so checkpoints written before the field existed still decode).
    package var fallbackNodes: [String]?

    package init(project: ProjectInput) {
        self.project = project
    }

    /// Stated and inferred requirements together, in document order.
    package var allRequirements: [Requirement] { requirements + inferred }
}
