import Foundation
import ReqEngBase
import ReqEngModel

/// Graph node `inference` on a language model: implied requirements (`REQ-INF-nnn`, `inferred`),
/// each following from stated ones whose source references it inherits. An implied requirement
/// naming no existing stated requirement is dropped.
package struct ModelInferenceAgent: Agent {
    package let name = "inference"
    package var client: any ModelClient
    package var prompts: PromptLibrary
    package var fallback: any Agent

    package init(client: any ModelClient, prompts: PromptLibrary, fallback: any Agent) {
        self.client = client
        self.prompts = prompts
        self.fallback = fallback
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        try await ModelNode.run(name, fallback: fallback, state: &state, context: context, produces: \.inferred) {
            (input) throws(ChatFailure) in
            var output = input
            guard !input.requirements.isEmpty else {
                output.inferred = []
                return (output, AgentReport())
            }
            let request = prompts.request(
                agent: name, project: input.project.name,
                data: ["requirements": PromptData.requirements(input.requirements)], schema: ModelSchemas.inference)
            let answer = try ModelNode.decode(InferenceAnswer.self, from: try await client.answer(request))
            let stated = Dictionary(input.requirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var inferred: [Requirement] = []
            for item in answer.requirements {
                let basis = item.basedOn.compactMap { stated[$0] }
                guard !basis.isEmpty else { continue }
                var refs: [SourceRef] = []
                for ref in basis.flatMap(\.sourceRefs) where !refs.contains(ref) { refs.append(ref) }
                inferred.append(
                    Requirement(
                        id: String(format: "REQ-INF-%03d", inferred.count + 1), title: item.title,
                        statement: item.statement, type: item.type,
                        category: item.type == .nonFunctional ? item.category : nil, priority: item.priority,
                        confidence: min(max(item.confidence, 0), 1), inferred: true,
                        rationale: item.rationale + " (from \(basis.map(\.id).joined(separator: ", ")))",
                        sourceRefs: refs))
            }
            output.inferred = inferred
            let confidence =
                inferred.isEmpty ? nil : inferred.map(\.confidence).reduce(0, +) / Double(inferred.count)
            return (
                output,
                AgentReport(
                    confidence: confidence, requirementsAdded: inferred.count,
                    details: ["inferred_dropped": answer.requirements.count - inferred.count])
            )
        }
    }
}
