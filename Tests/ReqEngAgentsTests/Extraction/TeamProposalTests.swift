import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A design team member's "can we also …?" put to the others, and how a colleague turns it down.
/// Every line is written for the test (a fictional wake-up lamp).
@Suite struct TeamProposalTests {
    private static let opening: [(String, String)] = [
        ("Tobias", "The lamp plays a sound to wake you."), ("Lotte", "Five nature sounds for the lamp."),
        ("Hanna", "Nature sounds, fine, the lamp stays simple."),
    ]

    @Test(arguments: [
        "That's a lot more memory. I'd say no, not in the first version.",
        "That's too expensive for the lamp. No.",
        "I'd say no, not in the first version.",
    ])
    func aReasonThenNoRefuses(reply: String) {
        #expect(ConfirmedProposal.reading(of: reply) == .rejects)
    }

    @Test(arguments: [
        "That's a good idea. Yes, let's do it.", "That's a lot more memory. But fine.",
        "That's a lot more memory, and no budget. Hmm.",
    ])
    func aReasonWithoutARefusalRefusesNothing(reply: String) {
        #expect(ConfirmedProposal.reading(of: reply) != .rejects)
    }

    /// The proposal is the question before an example of it, and the refusal a Won't citing both
    /// turns, without the "also".
    @Test func aProposalTurnedDownAfterAReasonIsAWont() {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Ravi", "Actually, can we also let people use their own sound? Like a song from their phone?"),
                ("Tobias", "That's a lot more memory. I'd say no, not in the first version."),
                ("Ravi", "Okay, fair enough."),
            ])
        let own = found.first { $0.statement.contains("own sound") }
        #expect(own?.statement == "We cannot let people use their own sound for now.")
        #expect(own?.priority == .wont)
        #expect(own?.sourceRefs.map(\.turn) == [5, 4])
    }

    /// Without an answer that says yes or no, a "can we also" stays a question.
    @Test func anUnansweredProposalIsNoNeed() {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Ravi", "Can we also let people use their own sound?"),
                ("Tobias", "Hmm, let me look at the memory first."),
            ])
        #expect(!found.contains { $0.statement.contains("own sound") })
        #expect(
            ConfirmedProposal.withoutExample(["Can we add a light?", "Like a blue one?"]) == ["Can we add a light?"])
        #expect(
            ConfirmedProposal.withoutExample(["Can we add a light?", "Who would pay for it?"]).count == 2)
    }
}
