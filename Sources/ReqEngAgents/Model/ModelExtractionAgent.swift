import Foundation
import ReqEngBase
import ReqEngModel

/// Graph node `extraction` on a language model: requirement statements with source references.
///
/// References the model returns are checked against the transcript (``SourceRefChecker``); those
/// that do not point at a real turn quoting the text are dropped, and so is a requirement left with
/// none. Refinement passes (`refinementPasses > 0`) are the built-in agent's, which repairs the
/// flagged requirements in place.
package struct ModelExtractionAgent: Agent {
    package let name = "extraction"
    package var client: any ModelClient
    package var prompts: PromptLibrary
    package var fallback: any Agent

    package init(client: any ModelClient, prompts: PromptLibrary, fallback: any Agent = ExtractionAgent()) {
        self.client = client
        self.prompts = prompts
        self.fallback = fallback
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        if state.refinementPasses > 0 && !state.requirements.isEmpty {
            let report = try await fallback.run(&state, context: context)
            // Requirements the built-in refiner adds are its own; repaired ones keep their engine.
            ModelNode.stamp(&state.requirements, engine: ModelNode.builtinEngine)
            return report
        }
        return try await ModelNode.run(
            name, fallback: fallback, state: &state, context: context, produces: \.requirements
        ) {
            (input) throws(ChatFailure) in
            let request = prompts.request(
                agent: name, project: input.project.name,
                data: ["transcript": PromptData.transcripts(input.transcripts)], schema: ModelSchemas.extraction)
            let answer = try ModelNode.decode(ExtractionAnswer.self, from: try await client.answer(request))
            let checker = SourceRefChecker(transcripts: input.transcripts)
            var output = input
            var requirements: [Requirement] = []
            var droppedRefs = 0
            for item in answer.requirements {
                let refs = item.sourceRefs.compactMap {
                    checker.check(sessionID: $0.sessionId, turn: $0.turn, quote: $0.quote)
                }
                droppedRefs += item.sourceRefs.count - refs.count
                let statement = item.statement.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !refs.isEmpty, !statement.isEmpty else { continue }
                requirements.append(
                    Requirement(
                        id: String(format: "REQ-%03d", requirements.count + 1),
                        title: item.title.trimmingCharacters(in: .whitespacesAndNewlines),
                        statement: statement, type: item.type,
                        category: item.type == .nonFunctional ? item.category : nil, priority: item.priority,
                        actor: item.actor, action: item.action, condition: item.condition,
                        acceptanceCriteria: item.acceptanceCriteria, confidence: min(max(item.confidence, 0), 1),
                        sourceRefs: refs))
            }
            output.requirements = requirements
            let dropped = answer.requirements.count - requirements.count
            let confidence =
                requirements.isEmpty ? nil : requirements.map(\.confidence).reduce(0, +) / Double(requirements.count)
            return (
                output,
                AgentReport(
                    confidence: confidence, requirementsAdded: requirements.count,
                    details: ["requirements_dropped": dropped, "source_refs_dropped": droppedRefs])
            )
        }
    }
}
