import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A workshop: a facilitator asks, and several stakeholders answer and settle things among
/// themselves. Every line is written for the test (a fictional shift-rota app for a ward).
@Suite struct WorkshopReadingTests {
    private static func transcript(_ lines: [(String, String)]) -> Transcript {
        Transcript(
            id: "rota", sourcePath: "rota.md", format: .markdown,
            participants: [
                Participant(name: "Dana", role: "Facilitator"), Participant(name: "Lena", role: "Nurse"),
                Participant(name: "Otto", role: "Ward manager"), Participant(name: "Farid", role: "Product owner"),
            ],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
    }

    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionAgent().extract(from: [transcript(opening + lines)]).requirements
    }

    /// Turns that make "shift", "swap", "rota" and "app" the workshop's words.
    private static let opening: [(String, String)] = [
        ("Dana", "Welcome. Today we agree what the rota app must do for the ward's shifts."),
        ("Farid", "Right now the rota is a spreadsheet, and people swap a shift without telling anyone."),
        ("Lena", "A swap takes days. I want to offer a shift in the app and a colleague takes it."),
    ]

    @Test func aLooseQualityMeasuredInTheNextSentence() {
        let found = Self.extract([
            ("Lena", "OK, but then the approval of a swap has to be fast. Within a day, at most.")
        ])
        #expect(found.contains { $0.statement == "The approval of a swap shall be fast: within a day, at most." })
    }

    @Test(arguments: [
        ("Within a day, at most.", "The approval shall be fast.", "within a day, at most"),
        ("Under two seconds.", "The search shall be quick.", "under two seconds"),
        ("Within a day, at most.", "The approval shall take 2 days.", nil),
        ("We said a day.", "The approval shall be fast.", nil),
    ])
    func whatMeasuresALooseQuality(sentence: String, statement: String, measure: String?) {
        #expect(ExtractionAgent.measure(sentence, after: statement) == measure)
    }

    @Test func anInlineSummaryIsSplitAndItsItemsShareTheSubject() {
        let found = Self.extract([
            (
                "Otto",
                "I approve every swap, and the app should block a swap that leaves a night shift without a senior nurse."
            ),
            (
                "Dana",
                "So: swaps are offered in the app, taken by a colleague, approved by the ward manager within a day. Agreed?"
            ),
            ("Otto", "Agreed."),
        ]).map(\.statement)
        #expect(found.contains("Swaps are taken by a colleague."), "\(found)")
        #expect(found.contains("Swaps are approved by the ward manager within a day."), "\(found)")
    }

    @Test func whatAnInlineSummaryAnnounces() {
        #expect(ReadBack.announces("So: swaps are offered in the app, taken by a colleague, approved by Otto."))
        #expect(!ReadBack.announces("Note: swaps are offered in the app, taken by a colleague."))
        #expect(
            ExtractionAgent.sharingSubject(["swaps are offered in the app", "taken by a colleague", "a log"])
                == ["swaps are offered in the app", "swaps are taken by a colleague", "a log"])
    }

    @Test(arguments: [
        (["see", "how", "many", "days"], true), (["see", "the", "whole", "rota"], true),
        (["see", "what", "happens"], false), (["see", "how", "it", "goes"], false), (["see", "how", "much"], false),
    ])
    func seeingDataIsNoWaiting(words: [String], data: Bool) {
        #expect(NeedDetector.seesData(words[...]) == data)
    }

    @Test func weShouldSeeDataIsANeed() {
        #expect(ExtractionFixtures.extract("We should see how many holiday days we have left.") != nil)
        #expect(ExtractionFixtures.extract("We should see what happens with the rota.") == nil)
    }

    @Test func aNeedPutOffInTheNextTurnIsAWontCitingBoth() throws {
        let found = Self.extract([
            ("Lena", "And we should see how many holiday days we have left in the app."),
            ("Farid", "That comes from HR, we'd need an interface. Let's put it in phase two."),
            ("Otto", "Agreed, phase two."),
        ])
        let deferred = try #require(found.first { $0.statement.contains("holiday days") })
        #expect(deferred.priority == .wont)
        #expect(deferred.sourceRefs.map(\.turn) == [4, 5])
    }

    @Test(arguments: [
        ("Let's put it in phase two.", true), ("That can wait.", true), ("Phase two has other things.", false),
        ("It's not for now, it's not phase two.", false),
    ])
    func whatPutsANeedOff(text: String, defers: Bool) {
        #expect((ExtractionAgent.deferral(in: text) != nil) == defers)
    }

    @Test func agreeingThenRulingOutIsAWont() throws {
        let found = Self.extract([
            ("Otto", "As long as patient data never goes on the phones."),
            ("Farid", "Correct, no patient data at all in this app."),
        ])
        let ruled = try #require(found.first { $0.statement.hasPrefix("No patient data") })
        #expect(ruled.priority == .wont)
    }

    @Test func whoMayAndWhoMayNotInTwoSentences() {
        let found = Self.extract([
            ("Dana", "Last thing, who else can see the rota?"),
            ("Otto", "Everyone on the ward can see the whole rota. Other wards can't."),
        ]).map(\.statement)
        #expect(found.contains("Everyone on the ward can see the whole rota, but other wards can't."), "\(found)")
    }

    @Test(arguments: [
        ("Other wards can't.", "Everyone can see the rota.", "other wards can't"),
        ("They can't.", "Everyone can see the rota.", nil), ("Other wards can.", "Everyone can see the rota.", nil),
        ("Other wards can't.", "The rota is blue.", nil),
    ])
    func whoMayNot(sentence: String, statement: String, ellipsis: String?) {
        #expect(ExtractionAgent.ellipsis(sentence, after: statement) == ellipsis)
    }
}
