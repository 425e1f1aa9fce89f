import ReqEngModel
import Testing

@testable import ReqEngAgents

/// "It should still work if the internet is down": working, running or going on is a need when a
/// condition says under what it must; the verb alone says nothing. And a need a team member adds a
/// short remark to is still the one the others endorse. Every line is written for the test (a
/// fictional thermostat team).
@Suite struct WorkingUnderConditionTests {
    @Test(arguments: [
        ("It should still work if the internet is down.", "The system should still work if the internet is down."),
        ("The app has to keep working during a power cut.", "The app shall keep working during a power cut."),
    ])
    func workingUnderAConditionIsANeed(sentence: String, statement: String) throws {
        #expect(try #require(ExtractionFixtures.extract(sentence)).statement == statement)
    }

    @Test(arguments: [
        "It should work if it can.", "It should work when you want.",
        "It should work, because otherwise nobody buys it.",
        "You first have to shake it before it starts to work.", "It should work.",
    ])
    func workingWithoutAConditionOfSubstanceIsNoNeed(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    @Test func operatingUnderNeedsAVerbOfWorkingAndAConditionThatSaysWhen() {
        #expect(CandidateFilter.operatesUnder("still work", "if the internet is down"))
        #expect(!CandidateFilter.operatesUnder("still work", nil))
        #expect(!CandidateFilter.operatesUnder("go", "until midnight"))
        #expect(!CandidateFilter.operatesUnder("work", "because nobody is there"))
        #expect(!CandidateFilter.operatesUnder("shake it well", "before it starts"))
    }

    @Test func aNeedEndorsedPastAShortRemarkAfterItIsKept() {
        let opening: [(String, String)] = [
            ("Manager", "This meeting is about the thermostat and its schedule."),
            ("Designer", "The thermostat has two buttons and the schedule is set in the app."),
        ]
        let endorsed = ExtractionFixtures.teamMeeting(
            opening + [
                ("Interface", "And it should still work if the internet is down. The heating can't just stop."),
                ("Manager", "Right, that's important."),
            ])
        #expect(endorsed.contains { $0.statement.contains("internet is down") }, "\(endorsed.map(\.statement))")
        // Without the endorsement, a bare "it" about a word said once is too weakly anchored.
        let alone = ExtractionFixtures.teamMeeting(
            opening + [
                ("Interface", "And it should still work if the internet is down. The heating can't just stop."),
                ("Manager", "Next point, the colours."),
            ])
        #expect(!alone.contains { $0.statement.contains("internet is down") })
    }
}

extension WorkingUnderConditionTests {
    @Test(arguments: [
        ("But then the ring light has to be really clear.", "The ring light shall be really clear."),
        ("But then the battery has to be bigger.", "The battery shall be bigger."),
    ])
    func whatAnOptionAsksOfAPartAfterButThenIsANeed(sentence: String, statement: String) throws {
        #expect(try #require(ExtractionFixtures.extract(sentence)).statement == statement)
    }

    @Test(arguments: [
        "But then people need a hub.", "But then the users have to change it every year.",
        "But then you have to charge it.",
    ])
    func aDrawbackPeopleBearAfterButThenIsNoNeed(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }
}
