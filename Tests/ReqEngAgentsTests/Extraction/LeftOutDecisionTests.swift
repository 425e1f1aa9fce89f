import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A team leaving a thing out, said with the thing between "leave" and "out" or in the present
/// ("so we leave voice control out"), and a decision the next speaker agrees to. Every line is
/// written for the test (a fictional thermostat team).
@Suite struct LeftOutDecisionTests {
    @Test(arguments: [
        ("Let's leave voice control out.", "Let's leave out voice control."),
        ("So we leave the voice control out, for now.", "So we leave out the voice control, for now."),
        ("Leave it out.", "Leave it out."), ("We leave the house out of town.", "We leave the house out of town."),
        ("Leave out the display.", "Leave out the display."),
    ])
    func theThingLeftOutGoesAfterTheVerbOfLeavingOut(sentence: String, reordered: String) {
        let words = sentence.split(separator: " ").map(String.init)
        #expect(SpeechCleaner.leavingOutInOrder(words).joined(separator: " ") == reordered)
    }

    @Test func aTeamLeavingSomethingOutInThePresentIsAWont() throws {
        let said = try #require(ExtractionFixtures.extract("I'd say we leave voice control out for this version."))
        #expect(said.statement == "We leave out voice control for this version.")
        #expect(said.priority == .wont)
    }

    @Test(arguments: ["We drop the kids off at school.", "We skip breakfast.", "We leave at five."])
    func everydayErrandsAreNoDecisions(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    private static let opening: [(String, String)] = [
        ("Ann", "This meeting is about the thermostat."),
        ("Bob", "The thermostat has a phone app and big buttons."),
        ("Ann", "Okay. Voice control, anyone?"),
        ("Cat", "Young people like it, but it's a lot of money for the chip."),
    ]

    @Test func aDecisionTheNextSpeakerAgreesToIsKept() throws {
        let agreed = ExtractionFixtures.teamMeeting(
            Self.opening + [("Ann", "I'd say we leave voice control out for this version."), ("Bob", "Agreed.")])
        let left = try #require(agreed.first { $0.statement.contains("voice control") })
        #expect(left.priority == .wont)
        #expect(left.sourceRefs.map(\.turn) == [5])
        let unanswered = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Ann", "I'd say we leave voice control out for this version."), ("Bob", "Next, the colours."),
            ])
        #expect(!unanswered.contains { $0.statement.contains("voice control") })
    }

    @Test func aDecisionAboutAPointerIsNotKeptForBeingAgreedTo() {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [("Ann", "Let's make it fifteen instead."), ("Bob", "Agreed.")])
        #expect(!found.contains { $0.statement.contains("15") }, "\(found.map(\.statement))")
    }
}
