import ReqEngModel
import Testing

@testable import ReqEngRender

/// Each distinct suggestion once, with the findings it answers, in order of first use.
@Suite struct FindingAdviceTests {
    static func issue(_ id: String, _ suggestion: String) -> QualityIssue {
        QualityIssue(
            id: id, requirementID: "REQ-001", severity: .warning, issueType: "speaker_wording", rule: "R",
            message: "m", suggestion: suggestion)
    }

    @Test func aRepeatedSuggestionIsGivenOnceWithAllItsFindings() {
        let advice = FindingAdvice.grouped([
            Self.issue("ISS-001", "Reword it."), Self.issue("ISS-002", "Name the actor."),
            Self.issue("ISS-003", "Reword it."), Self.issue("ISS-004", ""),
        ])
        #expect(
            advice == [
                FindingAdvice(findingIDs: ["ISS-001", "ISS-003"], suggestion: "Reword it."),
                FindingAdvice(findingIDs: ["ISS-002"], suggestion: "Name the actor."),
            ])
        #expect(FindingAdvice.grouped([]).isEmpty)
    }
}
