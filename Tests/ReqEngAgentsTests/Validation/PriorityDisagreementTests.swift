import ReqEngModel
import Testing

@testable import ReqEngAgents

/// One need given two priorities in words is an open disagreement; a speaker correcting themselves
/// is not.
@Suite struct PriorityDisagreementTests {
    private static func requirement(_ refs: [(String, Int, String)]) -> Requirement {
        Requirement(
            id: "REQ-004", title: "t", statement: "Users shall be able to sort results by price.", type: .functional,
            priority: .must, acceptanceCriteria: ["Given results, when sorted by price, then the cheapest is first."],
            confidence: 0.8,
            sourceRefs: refs.map { SourceRef(sessionID: "s1", turn: $0.1, speaker: $0.0, quote: $0.2) })
    }

    private static func findings(_ requirement: Requirement) -> [QualityIssue] {
        ValidationAgent().validate([requirement]).filter { $0.issueType == PriorityDisagreementRule.issueType }
    }

    @Test func twoPrioritiesInWordsAreAnErrorWithBothQuotes() throws {
        let found = Self.findings(
            Self.requirement([
                ("Tomasz", 12, "Sorting on the price is the highest priority."),
                ("Maya", 30, "Sorting by price is nice to have, honestly."),
            ]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("highest priority") && finding.message.contains("nice to have"))
        #expect(finding.message.contains("Tomasz") && finding.message.contains("Maya"))
    }

    @Test func aCorrectionOrOnePriorityIsNoDisagreement() {
        let corrected = Self.requirement([
            ("Tomasz", 12, "Sorting on the price is the highest priority."),
            ("Tomasz", 30, "Actually, sorting by price is nice to have."),
        ])
        #expect(Self.findings(corrected).isEmpty)
        let agreed = Self.requirement([
            ("Tomasz", 12, "Sorting on the price is the highest priority."),
            ("Maya", 30, "Yes, sorting by price is a must have."),
        ])
        #expect(Self.findings(agreed).isEmpty)
        let onlyOnce = Self.requirement([
            ("Tomasz", 12, "Sorting on the price is the highest priority."),
            ("Maya", 30, "We should sort by price."),
        ])
        #expect(Self.findings(onlyOnce).isEmpty)
    }

    @Test func theDisagreementIsAskedFirst() throws {
        let requirement = Self.requirement([
            ("Tomasz", 12, "Sorting on the price is the highest priority."),
            ("Maya", 30, "Sorting by price is nice to have, honestly."),
        ])
        let issues = ValidationAgent().validate([requirement])
        let questions = ClarificationAgent().questions(issues: issues, requirements: [requirement], transcripts: [])
        let first = try #require(questions.first)
        #expect(first.text.contains("two priorities"))
        #expect(first.text.contains("highest priority") && first.text.contains("nice to have"))
    }
}

@Suite struct PriorityCorrectionTests {
    @Test func aSpeakerWhoCorrectsThePriorityRestatesTheNeedWithIt() {
        let earlier = Requirement(
            id: "REQ-001", title: "t", statement: "Users shall be able to sort results by price.", type: .functional,
            priority: .must, confidence: 0.7,
            sourceRefs: [
                SourceRef(sessionID: "s1", turn: 4, speaker: "Tomasz", quote: "Sorting by price is a must have.")
            ])
        var later = earlier
        later.priority = .should
        later.sourceRefs = [
            SourceRef(
                sessionID: "s1", turn: 9, speaker: "Tomasz", quote: "Actually, sorting by price is nice to have.")
        ]
        #expect(RequirementMerger.fold(later, into: earlier).priority == .could)
        var other = later
        other.sourceRefs = [
            SourceRef(sessionID: "s1", turn: 9, speaker: "Maya", quote: "Actually, sorting by price is nice to have.")
        ]
        #expect(RequirementMerger.fold(other, into: earlier).priority == .must)
    }
}
