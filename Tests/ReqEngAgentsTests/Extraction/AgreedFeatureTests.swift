import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A feature a team member names in a few words without a verb, which someone else agrees to.
/// Every line is written for the test (a fictional bike-lock product).
@Suite struct AgreedFeatureTests {
    private static let opening: [(String, String)] = [
        ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
        ("Manager", "The lock is charged by a small solar panel on the lock."),
        ("Marketing", "A lock with a solar panel and an alarm sells well, and the case matters."),
        ("Designer", "The case of the lock could be steel or rubber."),
    ]

    private static func statements(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionFixtures.teamMeeting(opening + lines)
    }

    @Test func aFeatureNamedAloneAndAgreedToIsACould() throws {
        let found = Self.statements([
            ("Marketing", "Um, a soft rubber case."),
            ("Manager", "Mm."),
            ("Designer", "Yeah."),
        ])
        let feature = try #require(found.first { $0.statement.contains("rubber case") })
        #expect(feature.statement == "A soft rubber case.")
        #expect(feature.priority == .could)
    }

    @Test(arguments: [
        // Nobody agrees.
        [("Marketing", "A soft rubber case."), ("Manager", "Hm, and the price of that?")],
        // A gloss on the sentence before it, in the same turn.
        [("Marketing", "The lock needs a case for winter. A soft rubber case."), ("Manager", "Yeah.")],
        // The speaker's own "yeah".
        [("Marketing", "A soft rubber case."), ("Marketing", "Yeah.")],
    ])
    func aFeatureNotAgreedToOrNotAloneIsNoCould(_ lines: [(String, String)]) {
        #expect(!Self.statements(lines).contains { $0.statement == "A soft rubber case." })
    }

    @Test func onlyWordsThatDescribeAThingAreAFeature() {
        #expect(AgreedFeature.words("So fewer buttons on the lock") == "Fewer buttons on the lock.")
        #expect(AgreedFeature.words("Steel inside.") == "Steel inside.")
        // A clause, a refusal, a question, a contraction, a word of size with nothing it sizes.
        #expect(AgreedFeature.words("We want a rubber case.") == nil)
        #expect(AgreedFeature.words("No rubber case.") == nil)
        #expect(AgreedFeature.words("A rubber case?") == nil)
        #expect(AgreedFeature.words("The little red light's on.") == nil)
        #expect(AgreedFeature.words("Big, mm-hmm.") == nil)
        #expect(AgreedFeature.words("Press and hold for a few.") == nil)
    }
}
