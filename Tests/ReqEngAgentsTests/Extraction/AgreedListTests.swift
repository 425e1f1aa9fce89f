import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A design team's recap of what it agreed, in one list: split into what the product has and what
/// it is. Every line is written for the test (a fictional bike-lock product).
@Suite struct AgreedListTests {
    @Test func aRecappedListSplitsIntoWhatTheProductHasAndWhatItIs() {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
            ("Manager", "The lock is charged by a small solar panel on the lock."),
            ("Marketing", "People lose the key, so a spare key and a good fingerprint sensor matter."),
            ("Designer", "The sensor sits under the alarm."),
            (
                "Manager",
                "Last time the features we agreed on were the alarm, the fingerprint sensor, a spare key, waterproof and easy to fit."
            ),
            ("Designer", "Yes."),
        ])
        let things = found.first { $0.statement.hasSuffix(" have the alarm, the fingerprint sensor and a spare key.") }
        // The things named are functions, whatever the qualities beside them in the recap.
        #expect(things?.type == .functional)
        #expect(found.first { $0.statement.hasSuffix(" be easy to fit.") }?.category == .usability)
        #expect(found.first { $0.statement.hasSuffix(" be waterproof.") }?.type != .functional)
        let statements = found.map(\.statement)
        #expect(statements.contains { $0.hasSuffix(" have the alarm, the fingerprint sensor and a spare key.") })
        #expect(statements.contains { $0.hasSuffix(" be waterproof.") })
        #expect(statements.contains { $0.hasSuffix(" be easy to fit.") })
        #expect(!statements.contains { $0.contains("we agreed") })
    }

    @Test(arguments: [
        "We agreed that Sam would check the price, the supplier and the colours.",
        "The features we agreed on were fine.",
        "We agreed on the alarm and the key.",
        "The thing we agreed was that we should check the alarm, the key and the sensor.",
    ])
    func anythingButAListOfThingsAgreedIsNoList(statement: String) {
        #expect(ExtractionAgent.agreedList(statement) == nil)
    }

    @Test(arguments: [
        ("easy to use", true), ("hand-held", true), ("waterproof", true), ("volume", false),
        ("a way to move between channels", false), ("numbers", false),
    ])
    func qualitiesAreSaidWithBeAndThingsWithHave(item: String, quality: Bool) {
        #expect(ExtractionAgent.isQuality(item) == quality)
    }
}

/// A requirement named as such, with its content in a "that" clause, in the subjunctive or with a
/// modal. Every line is written for the test.
@Suite struct NamedRequirementTests {
    @Test func eachThatClauseANamedRequirementHoldsIsANeed() {
        #expect(
            CoordinatedNeeds.namedRequirements(
                "The new requirements are that it be for bikes only and that it include the company logo.")
                == ["It shall be for bikes only.", "It shall include the company logo."])
        #expect(
            CoordinatedNeeds.namedRequirements("The requirement is that the lock should open in two seconds.")
                == ["The lock should open in two seconds."])
        #expect(
            CoordinatedNeeds.namedRequirements("The requirement is that the new lock be light.")
                == ["The new lock shall be light."])
    }

    @Test(arguments: [
        "So is that one of our requirements, that it needs a screen?",
        "The requirements document is on the shared drive.",
        "The requirement is that it opened too slowly.",
        "Our requirements say nothing about colour.",
        "The requirement is that the new remote something.",
    ])
    func aSentenceThatStatesNoRequirementInAThatClauseNamesNone(sentence: String) {
        #expect(CoordinatedNeeds.namedRequirements(sentence) == nil)
    }

    @Test func aNamedRequirementIsReadInAMeeting() {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
            ("Manager", "The lock is charged by a small solar panel on the lock."),
            ("Marketing", "Most bikes in town are city bikes, and our logo is on every bike rack."),
            ("Designer", "The logo could go on the alarm."),
            (
                "Manager",
                "Management sent new requirements that it be for bikes only and that it include the company logo."
            ),
            ("Designer", "Okay, the bikes and the logo."),
        ]).map(\.statement)
        #expect(found.contains { $0.hasSuffix(" shall be for bikes only.") })
        #expect(found.contains { $0.hasSuffix(" shall include the company logo.") })
    }
}
