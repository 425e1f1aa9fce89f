import Foundation
import ReqEngModel
import Testing

@testable import ReqEngAgents

/// `reqeng eval --conversations`: content words, one-to-one matching, negation changes, bands.
@Suite struct ConversationEvaluationTests {
    private static func stated(
        _ id: String, _ statement: String, turns: [Int], confidence: Double = 0.7
    )
        -> Requirement
    {
        Requirement(
            id: id, title: id, statement: statement, type: .functional, priority: .should, confidence: confidence,
            sourceRefs: turns.map { SourceRef(sessionID: "c1", turn: $0, speaker: "Ola", quote: statement) })
    }

    static let gold = ConversationGold(
        conversation: "c1",
        requirements: [
            GoldRequirement(id: "G1", statement: "Members renew loans online.", type: .functional, turns: [3, 4]),
            GoldRequirement(id: "G2", statement: "The app sends no due-date reminders.", type: .functional, turns: [6]),
        ])

    /// A contested need counts for a gold conflict only when the answer its finding names is a turn
    /// of that conflict too: one objection is not every disagreement the need was part of.
    @Test func aContestedNeedFindsOnlyTheConflictItsAnswerBelongsTo() {
        let gold = ConversationGold(
            conversation: "c1", requirements: Self.gold.requirements,
            conflicts: [
                GoldConflict(turns: [3, 5], about: "online renewal against desk only", resolved: false),
                GoldConflict(turns: [3, 9], about: "renewal fee", resolved: false),
            ])
        let need = Self.stated("REQ-001", "Members renew loans online.", turns: [3])
        let finding = QualityIssue(
            id: "ISS-001", requirementID: "REQ-001", severity: .error, issueType: ContestedNeeds.issueType,
            rule: "ISO/IEC/IEEE 29148 consistent",
            message: "\"Members renew loans online.\" (Ola, c1 turn 3) met an objection from Ben (turn 5): \"But.\"",
            suggestion: "Settle it.")
        let score = ConversationScore(requirements: [need], issues: [finding], gold: gold)
        #expect(score.conflictsExpected == 2)
        #expect(score.conflictsFound == 1)
        #expect(ConversationScore.turnsNamed(in: finding.message) == [3, 5])
    }

    @Test func contentWordsDropFunctionWordsAndBoilerplateAndFoldInflections() {
        #expect(ContentWords.of("The system shall let users renew their loans") == ["renew", "loan"])
        #expect(ContentWords.of("Sorting by prices") == ContentWords.of("sort by price"))
    }

    @Test func aMatchNeedsACitedTurnAndASharedContentWord() {
        let wrongTurn = Self.stated("R1", "Members can renew loans online.", turns: [9])
        let noSharedWord = Self.stated("R2", "Opening hours are shown.", turns: [3])
        let good = Self.stated("R3", "Loans can be renewed online.", turns: [4])
        let score = ConversationScore(requirements: [wrongTurn, noSharedWord, good], gold: Self.gold)
        #expect(score.matched == 1)
        #expect(score.unmatchedStated.map(\.id) == ["R1", "R2"])
        #expect(score.missedGold.map(\.id) == ["G2"])
        #expect(score.precision == 1.0 / 3.0)
        #expect(score.recall == 0.5)
    }

    @Test func restatementsAndFragmentsEarnNothing() {
        let first = Self.stated("R1", "Members renew loans.", turns: [3])
        let again = Self.stated("R2", "Renew loans online.", turns: [4])
        let score = ConversationScore(requirements: [first, again], gold: Self.gold)
        #expect(score.matched == 1)
    }

    @Test func matchingIsMaximumNotGreedy() {
        // R1 could take G1 or G2; R2 only G1. A greedy pass giving G1 to R1 would match one.
        let both = Self.stated("R1", "Loans and reminders are online.", turns: [3, 6])
        let onlyFirst = Self.stated("R2", "Renew loans.", turns: [4])
        let score = ConversationScore(requirements: [both, onlyFirst], gold: Self.gold)
        #expect(score.matched == 2)
    }

    @Test func inferredRequirementsAreNotScored() {
        var inferred = Self.stated("REQ-INF-001", "Members renew loans online.", turns: [3])
        inferred.inferred = true
        let score = ConversationScore(requirements: [inferred], gold: Self.gold)
        #expect(score.stated == 0 && score.matched == 0)
    }

    @Test func negationChangesAreCounted() {
        let flipped = Requirement(
            id: "R1", title: "x", statement: "The app sends due-date reminders.", type: .functional, priority: .should,
            confidence: 0.7,
            sourceRefs: [SourceRef(sessionID: "c1", turn: 6, speaker: "Ola", quote: "We don't want reminders.")])
        let faithful = Requirement(
            id: "R2", title: "x", statement: "The app shall not send reminders.", type: .functional, priority: .should,
            confidence: 0.7,
            sourceRefs: [SourceRef(sessionID: "c1", turn: 6, speaker: "Ola", quote: "No.")])
        let score = ConversationScore(requirements: [flipped, faithful], gold: Self.gold)
        #expect(score.negationChanged == ["R1"])
    }

    @Test(arguments: [
        ("We don't want ads.", true), ("No, it should be blue.", false), ("No.", true), ("No!", true),
        ("No login is needed.", true), ("Payments are out of scope.", true), ("The app shows the map.", false),
        ("It can't go down.", true), ("no we never do that", true), ("No no, we have to change it.", false),
        ("No, no.", true), ("No no, no login.", true), ("Uh no no, I think we have to keep it.", false),
        ("Uh, no.", true), ("Well no login at all.", true), ("We should drop the bell, no?", false),
        ("We should not drop the bell, no?", true), ("Is there a bell or no?", true),
        ("\u{2014}no, no, I want the bell.", false), ("\u{2014}no bell.", true),
    ])
    func negationPolarity(_ text: String, _ negated: Bool) {
        #expect(NegationPolarity.isNegated(text) == negated)
    }

    @Test func reliabilityBandsAndTotalsAreMicroAveraged() {
        let high = Self.stated("R1", "Members renew loans online.", turns: [3], confidence: 0.85)
        let low = Self.stated("R2", "Opening hours.", turns: [3], confidence: 0.4)
        let report = ConversationEvaluationReport(conversations: [
            ConversationScore(requirements: [high, low], gold: Self.gold)
        ])
        #expect(report.precision == 0.5)
        #expect(report.recall == 0.5)
        let bands = Dictionary(uniqueKeysWithValues: report.reliability.map { ($0.lower, $0) })
        #expect(bands[0.8]?.count == 1 && bands[0.8]?.precision == 1)
        #expect(bands[0]?.count == 1 && bands[0]?.precision == 0)
        #expect(report.precision(atOrAbove: 0.8).count == 1)
        let decoded = try? JSONDecoder().decode(
            ConversationEvaluationReport.self, from: Data(report.jsonText().utf8))
        #expect(decoded == report)
    }

    @Test func goldFilesAreValidatedWithMessagesThatSayWhere() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: EvaluationError.noGold(path: directory.path)) {
            try ConversationGold.load(directory: directory.path)
        }
        try Data(#"{"conversation":"c1","requirements":[{"id":"G1","statement":"x","type":"functional"}]}"#.utf8)
            .write(to: directory.appendingPathComponent("c1.gold.json"))
        do {
            _ = try ConversationGold.load(directory: directory.path)
            Issue.record("a gold file without turns was accepted")
        } catch {
            #expect(error.description.contains("c1.gold.json"))
            #expect(error.description.contains("turns"))
        }
        #expect(throws: EvaluationError.fileNotFound(path: directory.path + "/missing")) {
            try ConversationGold.load(directory: directory.path + "/missing")
        }
    }
}
