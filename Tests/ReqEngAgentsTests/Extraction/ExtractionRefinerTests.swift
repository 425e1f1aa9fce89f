import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct ExtractionRefinerTests {
    private func issue(_ id: String, _ type: String) -> QualityIssue {
        QualityIssue(
            id: "ISS-001", requirementID: id, severity: .error, issueType: type, rule: "test", message: "m",
            suggestion: "s")
    }

    private func requirements(_ sentences: [String]) -> [Requirement] {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.txt", format: .text,
            turns: sentences.enumerated().map { Turn(number: $0.offset + 1, speaker: "Ana", text: $0.element) })
        return ExtractionAgent().extract(from: [transcript]).requirements
    }

    @Test func splitsACompoundRequirementAndKeepsOtherIDs() async throws {
        var state = ExtractionFixtures.state([])
        state.requirements = requirements([
            "The system must print invoices.",
            "The system must export invoices as CSV and must also email them to the accountant.",
            "The system should archive paid invoices.",
        ])
        #expect(state.requirements.map(\.id) == ["REQ-001", "REQ-002", "REQ-003"])
        state.issues = [issue("REQ-002", "compound_requirement")]
        state.refinementPasses = 1
        let report = try await ExtractionAgent().run(&state, context: ExtractionFixtures.context)

        #expect(state.requirements.map(\.id) == ["REQ-001", "REQ-002", "REQ-004", "REQ-003"])
        #expect(state.requirements[1].statement == "The system shall export invoices as CSV.")
        #expect(state.requirements[2].statement == "The system shall email them to the accountant.")
        #expect(state.requirements[2].sourceRefs == state.requirements[1].sourceRefs)
        #expect(report.requirementsAdded == 1)
        #expect(report.details["requirements_split"] == 1)
    }

    @Test func splitsOnAndAlsoWithoutAModal() {
        let clauses = ExtractionRefiner.clauses(of: "keep an audit log and also notify the owner")
        #expect(clauses.map(\.text) == ["keep an audit log", "notify the owner"])
        #expect(ExtractionRefiner.clauses(of: "print names and addresses").count == 1)
    }

    @Test func attachesTheSystemAsActorOfAPassiveStatement() {
        let passive = requirements(["All exports must be signed."])
        #expect(passive.first?.actor == nil)
        let refined = ExtractionRefiner().refine(passive, issues: [issue("REQ-001", "missing_actor")])
        #expect(refined.requirements.first?.actor == "system")
        #expect(refined.requirements.first?.statement == "The system shall ensure that all exports are signed.")
        #expect(refined.actorsAttached == 1)
    }

    @Test func dropsACandidateWithoutAnAction() {
        var candidates = requirements(["The system must print invoices.", "The app should archive invoices."])
        candidates[1].action = nil
        candidates[1].statement = "The app should."
        let refined = ExtractionRefiner().refine(candidates, issues: [issue("REQ-002", "missing_action")])
        #expect(refined.requirements.map(\.id) == ["REQ-001"])
        #expect(refined.dropped == 1)
    }

    @Test func unflaggedRequirementsAreUntouched() {
        let original = requirements(["The system must print invoices and must email receipts."])
        let refined = ExtractionRefiner().refine(original, issues: [issue("REQ-009", "compound_requirement")])
        #expect(refined.requirements == original)
    }
}
