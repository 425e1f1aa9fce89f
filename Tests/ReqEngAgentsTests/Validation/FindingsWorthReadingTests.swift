import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Findings an analyst keeps: none about words our rewrite put in, none about a pronoun whose
/// referent is the subject, none about the negation of a Won't, and quantities in words count.
@Suite struct FindingsWorthReadingTests {
    private static func requirement(
        _ statement: String, quote: String, priority: Priority = .should, type: RequirementType = .functional,
        category: NFRCategory? = nil
    ) -> Requirement {
        Requirement(
            id: "REQ-001", title: "t", statement: statement, type: type, category: category, priority: priority,
            acceptanceCriteria: ["Given a parcel, when it is packed, then a label is printed."], confidence: 0.8,
            sourceRefs: [SourceRef(sessionID: "s1", turn: 3, speaker: "Ola", quote: quote)])
    }

    private static func types(_ requirement: Requirement) -> [String] {
        ValidationAgent().validate([requirement]).map(\.issueType)
    }

    @Test func aWeakPhraseOurRewriteAddedIsNotReported() {
        let rewritten = Self.requirement(
            "Packers should be able to reprint a label.", quote: "I want to reprint a label when it smudges.")
        #expect(!Self.types(rewritten).contains("weak_phrase"))
    }

    @Test func aWeakPhraseTheSpeakerSaidIsReported() {
        let said = Self.requirement(
            "Packers should be able to reprint a label.", quote: "Packers should be able to reprint a label.")
        #expect(Self.types(said).contains("weak_phrase"))
        // A refusal is suggested as one.
        let refused = Self.requirement(
            "Other packers should not be able to reprint a label.",
            quote: "Other packers should not be able to reprint a label.")
        let finding = ValidationAgent().validate([refused]).first { $0.issueType == "weak_phrase" }
        #expect(finding?.suggestion.contains("shall not allow") == true)
        #expect(
            ValidationAgent().validate([said]).first { $0.issueType == "weak_phrase" }?.suggestion
                .contains("shall not allow") == false)
    }

    @Test func aPronounAfterANamedSubjectHasItsReferent() {
        let named = Self.requirement(
            "Every packer shall have their own login.", quote: "Every packer shall have their own login.")
        #expect(!Self.types(named).contains("ambiguous_pronoun"))
        let unnamed = Self.requirement("It shall print their labels.", quote: "It shall print their labels.")
        #expect(Self.types(unnamed).contains("ambiguous_pronoun"))
    }

    @Test func aWontIsNotANegativeStatementFinding() {
        let wont = Self.requirement("The system will not print invoices.", quote: "No invoices.", priority: .wont)
        #expect(!Self.types(wont).contains("negative_statement"))
        let mustNot = Self.requirement(
            "The system shall not print prices on labels.", quote: "The system must not print prices on labels.",
            priority: .must)
        #expect(Self.types(mustNot).contains("negative_statement"))
    }

    @Test func aQuantityInWordsIsAMeasure() {
        let words = Self.requirement(
            "A session shall not stay open for eight hours.", quote: "A session must not stay open for eight hours.",
            priority: .must, type: .nonFunctional, category: .performance)
        #expect(!Self.types(words).contains("unverifiable_nfr"))
        let none = Self.requirement(
            "Label printing shall be quick.", quote: "Label printing must be quick.", priority: .must,
            type: .nonFunctional, category: .performance)
        #expect(Self.types(none).contains("unverifiable_nfr"))
    }
}

/// A statement kept in the speaker's words gets one finding asking to reword it, not findings on
/// how its words are put.
@Suite struct SpokenStatementFindingsTests {
    @Test func wordingOfASpokenStatementIsNotJudgedTwice() {
        var spoken = Requirement(
            id: "REQ-001", title: "t", statement: "We'd want all loans, not the reserved ones, may go back online.",
            type: .functional, priority: .should, confidence: 0.6,
            sourceRefs: [
                SourceRef(
                    sessionID: "s1", turn: 3, speaker: "Ola",
                    quote: "We'd want all loans, not the reserved ones, may go back online.")
            ])
        spoken.rationale = Requirement.speakerWordingNote + ": reword as one requirement statement before sign-off."
        let types = Set(ValidationAgent().validate([spoken]).map(\.issueType))
        #expect(types.contains("speaker_wording"))
        #expect(types.isDisjoint(with: ["negative_statement", "universal_quantifier", "optional_term"]))
        var rewritten = spoken
        rewritten.rationale = nil
        let judged = Set(ValidationAgent().validate([rewritten]).map(\.issueType))
        #expect(judged.isSuperset(of: ["negative_statement", "universal_quantifier", "optional_term"]))
    }

    @Test func everyStatementToRewordIsListedInOneFinding() throws {
        func spoken(_ id: String, _ words: String) -> Requirement {
            var requirement = Requirement(
                id: id, title: "t", statement: words, type: .functional, priority: .should, confidence: 0.5,
                sourceRefs: [SourceRef(sessionID: "s1", turn: 3, speaker: "Ola", quote: words)])
            requirement.rationale = Requirement.speakerWordingNote + ": reword before sign-off."
            return requirement
        }
        let two = ValidationAgent().validate([
            spoken("REQ-001", "We'd want the loans to go back online."),
            spoken("REQ-002", "I think they can change the order."),
        ]).filter { $0.issueType == SpeakerWordingRule.issueType }
        let summary = try #require(two.first)
        #expect(two.count == 1 && summary.requirementID == nil && summary.severity == .warning)
        #expect(summary.message.hasPrefix("2 requirements are kept in the speaker's words (REQ-001, REQ-002)"))
        let one = ValidationAgent().validate([spoken("REQ-007", "We'd want the loans to go back online.")])
        #expect(
            one.filter { $0.issueType == SpeakerWordingRule.issueType }.map(\.message) == [
                "REQ-007 is kept in the speaker's words: its statement could not be rewritten with confidence."
            ])
    }

    @Test(arguments: [
        "Trial loans are deleted after a month.", "The catalogue calculates the waiting time.",
        "Members never renew a reserved book.", "No fines or late fees on children's books.",
    ])
    func keptWordsThatReadAsAStatementNeedNoRewording(statement: String) {
        #expect(SpeakerWordingRule.readsAsStatement(statement))
    }

    @Test(arguments: [
        "We don't want fines.", "They can change the order: by title, by date.", "A normalised loan period.",
        "A late book, should the app warn.", "Only for members: uh, yes, only members.", "No fines, just a warning.",
        "Login only through the library card, no passwords.",
    ])
    func keptWordsThatDoNotReadAsAStatementAskForRewording(statement: String) {
        #expect(!SpeakerWordingRule.readsAsStatement(statement))
    }
}

/// "Never" in a business rule is the rule, not an unreachable quality; "a second" is a measure.
@Suite struct AbsolutesAndMeasuresTests {
    private static func types(
        _ statement: String, type: RequirementType = .functional, category: NFRCategory? = nil
    )
        -> [String]
    {
        let requirement = Requirement(
            id: "REQ-001", title: "t", statement: statement, type: type, category: category, priority: .must,
            acceptanceCriteria: ["Given a loan, when it is checked, then the rule holds."], confidence: 0.8,
            sourceRefs: [SourceRef(sessionID: "s1", turn: 3, speaker: "Ola", quote: statement)])
        return ValidationAgent().validate([requirement]).map(\.issueType)
    }

    @Test func aRuleWithNeverIsNoAbsoluteButAQualityIs() {
        #expect(!Self.types("Staff shall never approve their own loans.").contains("absolute_term"))
        #expect(Self.types("The kiosk shall never go down.").contains("absolute_term"))
        #expect(
            Self.types("The kiosk shall always be available.", type: .nonFunctional, category: .availability)
                .contains("absolute_term"))
    }

    @Test func aSecondIsAMeasure() {
        let types = Self.types(
            "Search shall answer within a second.", type: .nonFunctional, category: .performance)
        #expect(!types.contains("unverifiable_nfr"))
        #expect(
            !Self.types("Search should be fast: within a second.", type: .nonFunctional, category: .performance)
                .contains("vague_term"))
        // "fast" is said once, by the finding that the requirement has no measure.
        let fast = Self.types("Search should be fast.", type: .nonFunctional, category: .performance)
        #expect(fast.contains("unverifiable_nfr"))
        #expect(!fast.contains("vague_term"))
        #expect(!fast.contains("missing_acceptance_criteria"))
    }

    @Test func aNamedStandardIsTheCriterion() {
        func needs(_ statement: String) -> Bool {
            MissingAcceptanceCriteriaRule.needsCriteria(
                StatementAnalysis(
                    Requirement(
                        id: "REQ-001", title: "t", statement: statement, type: .nonFunctional, category: .usability,
                        priority: .must, confidence: 0.8)))
        }
        #expect(!needs("The site shall meet the accessibility rules, WCAG 2.2 AA."))
        #expect(!needs("The portal shall conform to EN 301 549."))
        #expect(needs("The site shall be accessible to everyone."))
    }

    @Test func aVagueWordTheMeasureFindingDoesNotNameIsStillReported() {
        let findings = [
            Finding(
                severity: .warning, issueType: "unverifiable_nfr", rule: "r", message: "m", suggestion: "s",
                terms: ["fast"]),
            Finding(
                severity: .warning, issueType: "vague_term", rule: "r", message: "m", suggestion: "s", terms: ["fast"]),
            Finding(
                severity: .warning, issueType: "vague_term", rule: "r", message: "m", suggestion: "s",
                terms: ["several"]),
            Finding(
                severity: .info, issueType: "missing_acceptance_criteria", rule: "r", message: "m", suggestion: "s"),
        ]
        let kept = ValidationAgent.withoutRepeats(findings)
        #expect(kept.map(\.issueType) == ["unverifiable_nfr", "vague_term"])
        #expect(kept.last?.terms == ["several"])
    }
}

extension FindingsWorthReadingTests {
    @Test func aWishRankedNiceIsNoTaste() {
        let ranked = Self.requirement(
            "An email the day before would be nice.", quote: "An email the day before would be nice.")
        #expect(!Self.types(ranked).contains("subjective_language"))
        let taste = Self.requirement("The screen should look nice.", quote: "The screen should look nice.")
        #expect(Self.types(taste).contains("subjective_language"))
    }

    @Test func aPassiveInWhatAMessageSaysHidesNoActor() {
        let told = Self.requirement(
            "Members shall get an email saying the booking was cancelled.",
            quote: "They must get an email saying the booking was cancelled.")
        #expect(!Self.types(told).contains("passive_voice"))
        let hidden = Self.requirement("The booking shall be cancelled.", quote: "The booking has to be cancelled.")
        #expect(Self.types(hidden).contains("passive_voice"))
    }

    @Test func someoneAsksWhoMayNotWhatItPointsAt() {
        let issue = QualityIssue(
            id: "ISS-001", requirementID: "REQ-001", severity: .warning, issueType: "ambiguous_pronoun",
            rule: "INCOSE R24", message: "Pronoun(s) \"someone\" whose referent is not stated in the requirement.",
            suggestion: "")
        let requirement = Self.requirement("Someone can book a room.", quote: "Someone can book a room.")
        let question = QuestionWriter.text(for: issue, requirement: requirement, related: nil, relatedSpeaker: nil)
        #expect(question.contains("who exactly is “someone”"))
        #expect(!question.contains("refer to"))
    }
}
