import Logging
import ReqEngAgents
import ReqEngIngest
import ReqEngModel

/// `reqeng eval --conversations DIR --gold DIR`: runs an engine over labelled conversations, as
/// `reqeng run` would (the same graph, refinement included, without rendering), and scores its
/// stated requirements against the gold (``ConversationScore``).
///
/// Each project of the conversations directory (as ``InputDiscovery`` sees it) runs on its own;
/// a transcript is scored when a gold file carries its session id, and requirements are credited
/// to the session their first source is in.
package struct ConversationEvaluation: Sendable {
    package var engine: EngineAgents
    package var maxRefinements: Int

    package init(engine: EngineAgents, maxRefinements: Int = 2) {
        self.engine = engine
        self.maxRefinements = maxRefinements
    }

    /// The report, and remarks for standard error (files that failed, transcripts without gold,
    /// gold without a transcript).
    package struct Outcome: Sendable {
        package var report: ConversationEvaluationReport
        package var remarks: [String]
        /// The requirements of every scored conversation, by session id (for `--show-errors`).
        package var requirements: [String: [Requirement]]
    }

    /// Scores every set of (conversations directory, gold directory) and reports them together.
    package func evaluate(_ sets: [(conversations: String, gold: String)]) async throws -> Outcome {
        var scores: [ConversationScore] = []
        var remarks: [String] = []
        var requirements: [String: [Requirement]] = [:]
        for set in sets {
            let outcome = try await evaluate(conversations: set.conversations, gold: set.gold)
            scores += outcome.report.conversations
            remarks += outcome.remarks
            requirements.merge(outcome.requirements) { first, _ in first }
        }
        return Outcome(
            report: ConversationEvaluationReport(conversations: scores), remarks: remarks, requirements: requirements)
    }

    package func evaluate(conversations: String, gold: String) async throws -> Outcome {
        let golds = try ConversationGold.load(directory: gold)
        let goldByID = Dictionary(golds.map { ($0.conversation, $0) }, uniquingKeysWith: { first, _ in first })
        let discovered = try InputDiscovery().discover([conversations])
        var remarks = discovered.failures.map { "\($0.path): \($0.reason)" }
        var scores: [ConversationScore] = []
        var requirementsByID: [String: [Requirement]] = [:]
        let graph = AgentGraph.standard(
            ingest: engine.ingest, extraction: engine.extraction, inference: engine.inference,
            validation: engine.validation, clarification: engine.clarification, synthesis: engine.synthesis,
            render: nil, maxRefinements: maxRefinements)
        let context = AgentContext(
            engine: EngineSettings(maxRefinements: maxRefinements),
            logger: Logger(label: "reqeng.eval", factory: { _ in SwiftLogNoOpLogHandler() }))
        for project in discovered.projects {
            let state = try await graph.run(GraphState(project: project), context: context, instruments: .none)
            remarks += state.failures.map { "\($0.path): \($0.reason)" }
            for transcript in state.transcripts {
                guard let gold = goldByID[transcript.id] else {
                    remarks.append("\(transcript.sourcePath): no gold file for session '\(transcript.id)'; not scored")
                    continue
                }
                let own = state.allRequirements.filter { $0.sourceRefs.first?.sessionID == transcript.id }
                requirementsByID[transcript.id] = own.filter { !$0.inferred }
                scores.append(ConversationScore(requirements: own, issues: state.issues, gold: gold))
            }
        }
        for gold in golds where requirementsByID[gold.conversation] == nil {
            remarks.append("gold for '\(gold.conversation)' has no transcript in \(conversations); not scored")
        }
        guard !scores.isEmpty else { throw EvaluationError.nothingToScore(conversations: conversations, gold: gold) }
        scores.sort { $0.conversation < $1.conversation }
        return Outcome(
            report: ConversationEvaluationReport(conversations: scores), remarks: remarks,
            requirements: requirementsByID)
    }
}
