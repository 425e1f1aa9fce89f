import ReqEngModel
import Testing

@testable import ReqEngAgents

/// An option a team member floats with "we can" / "you could" that the next speaker agrees to.
/// Every line is written for the test (a fictional bike-lock product).
@Suite struct AgreedOptionTests {
    private static let opening: [(String, String)] = [
        ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
        ("Manager", "The lock is charged by a small solar panel on the lock."),
        ("Marketing", "A lock with a solar panel and an alarm sells well."),
    ]

    private static func statements(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionFixtures.teamMeeting(opening + lines)
    }

    @Test func anOptionTheNextSpeakerAgreesToIsACould() throws {
        let found = Self.statements([
            ("Designer", "Right. Maybe we can still put a small light in the lock."),
            ("Manager", "Okay."),
            ("Marketing", "Yeah."),
        ])
        let option = try #require(found.first { $0.statement.contains("light") })
        #expect(option.statement == "We can put a small light in the lock.")
        #expect(option.priority == .could)
    }

    @Test(arguments: [
        // Nobody takes it up.
        [("Designer", "Maybe we can put a small light in the lock."), ("Manager", "Hm, let's see the costs first.")],
        // A "yeah" with a "but" takes it back.
        [("Designer", "Maybe we can put a small light in the lock."), ("Manager", "Yeah, but not this year.")],
        // The speaker's own "yeah" is no agreement.
        [("Designer", "Maybe we can put a small light in the lock."), ("Designer", "Yeah.")],
        // Asked, not floated.
        [("Designer", "Can we put a small light in the lock?"), ("Manager", "Yeah.")],
    ])
    func anOptionNobodyTakesUpIsNoRequirement(_ lines: [(String, String)]) {
        #expect(!Self.statements(lines).contains { $0.statement.contains("light") })
    }

    @Test func onlyAnOptionForTheProductIsRead() {
        #expect(
            AgreedOption.words("So we could also add a spare key to the lock")
                == "We could add a spare key to the lock.")
        #expect(
            AgreedOption.words("You can have the alarm louder at night.") == "You can have the alarm louder at night.")
        // A pointer, the meeting's business, a thing too vague to check, a verb of doing.
        #expect(AgreedOption.words("We can use this for the lock.") == nil)
        #expect(AgreedOption.words("Maybe we can have a look at the lock.") == nil)
        #expect(AgreedOption.words("We could have a variety of options here.") == nil)
        #expect(AgreedOption.words("We could go out of the box and make it a ball.") == nil)
        #expect(AgreedOption.words("We can't put a light in the lock.") == nil)
    }
}
