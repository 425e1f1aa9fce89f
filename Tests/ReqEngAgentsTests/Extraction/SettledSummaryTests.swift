import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A team member summing up as the meeting goes, and the next member agreeing: "Okay. Big buttons,
/// wheelchair height." "Fine by me." Every line is written for the test (a fictional check-in
/// kiosk for a clinic).
@Suite struct SettledSummaryTests {
    private static func statements(_ lines: [(String, String)]) -> [String] {
        ExtractionFixtures.teamMeeting(opening + lines).map(\.statement)
    }

    /// Turns that make "kiosk", "buttons", "screen", "patients" and "wheelchair" the meeting's words.
    private static let opening: [(String, String)] = [
        ("Priya", "We need to decide what goes on the kiosk, the buttons and the screen for patients."),
        ("Lisa", "Patients in a wheelchair need the kiosk screen low, and the buttons big."),
        ("Tom", "Older patients too. Big buttons on the screen, and a kiosk at wheelchair height."),
    ]

    @Test func aSummaryAgreedToIsADecision() throws {
        let found = Self.statements([
            ("Priya", "Okay. Big buttons, wheelchair height for the kiosk."),
            ("Lisa", "Fine by me."),
        ])
        #expect(found.contains("Big buttons, wheelchair height for the kiosk."))
    }

    @Test func aSummaryNobodyAgreesToDecidesNothing() {
        let found = Self.statements([
            ("Priya", "Okay. Big buttons, wheelchair height for the kiosk."),
            ("Lisa", "Hmm, I'm not sure about the height, there are standards for that."),
        ])
        #expect(!found.contains("Big buttons, wheelchair height for the kiosk."))
    }

    @Test(arguments: [
        "Okay, the kiosk screen.", "So, what about the buttons on the kiosk?",
        "Right, so we have ten minutes for the kiosk.", "Okay, hi, welcome patients and kiosk people.",
    ])
    func aHeadingOrTalkIsNoSummary(sentence: String) {
        // Nothing beyond what the opening turns state.
        let before = Self.statements([("Priya", "Okay."), ("Tom", "Yeah.")])
        #expect(Self.statements([("Priya", sentence), ("Tom", "Yeah.")]) == before)
    }

    @Test func anotherOptionOfferedIsNoSummary() {
        let summaries = { (sentence: String) -> [Requirement] in
            let lines = Self.opening + [("Priya", sentence), ("Tom", "Yeah.")]
            let transcript = Transcript(
                id: "m", sourcePath: "m.json", format: .json,
                turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) }
            )
            return ExtractionAgent().settledSummaries(
                at: Self.opening.count, in: transcript, conversation: ConversationContext(transcript))
        }
        #expect(summaries("Okay, or bigger kiosk buttons for older patients.").isEmpty)
        #expect(
            summaries("Okay, bigger kiosk buttons for older patients.").map(\.statement) == [
                "Bigger kiosk buttons for older patients."
            ])
    }

    @Test func aThingYouCanHoldIsNoApp() throws {
        let glass = try #require(ExtractionFixtures.extract("It should be tempered glass on top."))
        let steps = try #require(ExtractionFixtures.extract("It should show the recipe steps."))
        let named = ExtractionAgent.namingProduct(
            [glass, steps].map { need in
                var copy = need
                copy.sourceRefs = copy.sourceRefs.map {
                    SourceRef(sessionID: "m", turn: $0.turn, speaker: $0.speaker, quote: $0.quote)
                }
                return copy
            }, products: ["m": "app"])
        #expect(
            named.map(\.statement) == [
                "The system should be tempered glass on top.", "The app should show the recipe steps.",
            ])
    }
}

extension SettledSummaryTests {
    @Test func aSummingUpAgreedToIsSplitIntoItsItems() {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Lisa", "We could add a card reader, but it costs a lot."),
                (
                    "Priya",
                    "Okay, so to sum up. Big buttons, a low screen, no card reader, a white case. Everyone okay?"
                ),
                ("Tom", "Yep."),
            ])
        let statements = found.map(\.statement)
        #expect(!statements.contains { $0.contains("Big buttons, a low screen") })
        let left = found.first { $0.statement.lowercased().contains("no card reader") }
        #expect(left?.priority == .wont)
        // Each item cites the summing-up once, and the agreement.
        for item in found where item.sourceRefs.contains(where: { $0.turn == 5 }) {
            #expect(Set(item.sourceRefs.map(\.turn)).count == item.sourceRefs.count, "\(item.statement)")
        }
    }

    @Test func whatAThingIsIsNoDesignGivenToIt() {
        #expect(
            DesignDescription.asNeed(
                "It's a check-in kiosk, it stands in the hall.", original: "It's a check-in kiosk.") == nil)
        #expect(DesignDescription.asNeed("It's white.", original: "It's white.") == "It should be white.")
    }
}
