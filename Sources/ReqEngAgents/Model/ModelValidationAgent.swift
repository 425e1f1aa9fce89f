import Foundation
import ReqEngBase
import ReqEngModel

/// Graph node `validation` on a language model: quality findings (`ISS-nnn`) on the stated and
/// inferred requirements. A finding about a requirement id that does not exist is dropped.
package struct ModelValidationAgent: Agent {
    package let name = "validation"
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
            let all = input.allRequirements
            guard !all.isEmpty else {
                output.issues = []
                return (output, AgentReport())
            }
            let request = prompts.request(
                agent: name, project: input.project.name, data: ["requirements": PromptData.requirements(all)],
                schema: ModelSchemas.validation)
            let answer = try ModelNode.decode(ValidationAnswer.self, from: try await client.answer(request))
            let known = Set(all.map(\.id))
            var issues: [QualityIssue] = []
            for item in answer.issues {
                if let id = item.requirementId, !known.contains(id) { continue }
                let type = item.issueType.trimmingCharacters(in: .whitespaces).lowercased()
                    .replacingOccurrences(of: " ", with: "_")
                issues.append(
                    QualityIssue(
                        id: String(format: "ISS-%03d", issues.count + 1), requirementID: item.requirementId,
                        severity: item.severity, issueType: type.isEmpty ? "quality" : type, rule: item.rule,
                        message: item.message, suggestion: item.suggestion))
            }
            output.issues = issues
            return (
                output,
                AgentReport(
                    details: [
                        "issues_found": issues.count, "issues_dropped": answer.issues.count - issues.count,
                    ])
            )
        }
    }
}
