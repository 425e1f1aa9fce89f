import Foundation
import ReqEngBase
import ReqEngModel

/// Graph node `clarification` on a language model: the model words one question per finding that
/// needs a person; reqeng decides who is asked (the speaker the requirement came from, else
/// ``fallbackAddressee``) and numbers them `Q-nnn` by addressee. Questions about unknown findings
/// are dropped.
package struct ModelClarificationAgent: Agent {
    package let name = "clarification"
    /// Addressee of questions about inferred requirements or requirements without a named speaker.
    package static let fallbackAddressee = "Product owner"
    package var client: any ModelClient
    package var prompts: PromptLibrary
    package var fallback: any Agent

    package init(client: any ModelClient, prompts: PromptLibrary, fallback: any Agent) {
        self.client = client
        self.prompts = prompts
        self.fallback = fallback
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        try await ModelNode.run(name, fallback: fallback, state: &state, context: context) {
            (input) throws(ChatFailure) in
            var output = input
            let open = input.issues.filter { $0.severity != .info }
            guard !open.isEmpty else {
                output.questions = []
                return (output, AgentReport(details: ["questions": 0]))
            }
            let request = prompts.request(
                agent: name, project: input.project.name,
                data: ["issues": PromptData.issues(open, requirements: input.allRequirements)],
                schema: ModelSchemas.clarification)
            let answer = try ModelNode.decode(ClarificationAnswer.self, from: try await client.answer(request))
            let issues = Dictionary(open.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let requirements = Dictionary(
                input.allRequirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var drafts: [Question] = []
            var asked = Set<String>()
            for item in answer.questions {
                guard let issue = issues[item.issueId], asked.insert(issue.id).inserted else { continue }
                let requirement = issue.requirementID.flatMap { requirements[$0] }
                let speaker = requirement.flatMap { $0.inferred ? nil : $0.sourceRefs.first?.speaker }
                let addressee = speaker.flatMap { $0.isEmpty || $0 == "Unknown" ? nil : $0 } ?? Self.fallbackAddressee
                drafts.append(
                    Question(
                        id: "", addressee: addressee, text: item.text, requirementID: issue.requirementID,
                        issueID: issue.id))
            }
            let ordered = drafts.enumerated().sorted { lhs, rhs in
                let left = lhs.element.addressee.lowercased()
                let right = rhs.element.addressee.lowercased()
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            output.questions = ordered.enumerated().map { number, entry in
                var question = entry.element
                question.id = String(format: "Q-%03d", number + 1)
                return question
            }
            let addressees = Set(output.questions.map(\.addressee)).count
            return (output, AgentReport(details: ["questions": output.questions.count, "addressees": addressees]))
        }
    }
}
