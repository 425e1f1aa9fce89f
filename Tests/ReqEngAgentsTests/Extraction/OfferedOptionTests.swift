import ReqEngModel
import Testing

@testable import ReqEngAgents

/// An option the interviewer offers for a verdict ("Would a login link by email be okay?") and the
/// stakeholder agrees to is the need, in the interviewer's words. Every line is written for the
/// test (a fictional bike-rental app).
@Suite struct OfferedOptionTests {
    @Test(arguments: [
        ("Would a login link by email be okay, instead of a password?", "A login link by email instead of a password."),
        ("A few days before, so would a warning three days before work?", "A warning three days before."),
        ("So, is a weekly list enough?", "A weekly list."), ("Does a text message work for you?", "A text message."),
        ("How about a reminder the evening before?", "A reminder the evening before."),
    ])
    func theOptionOffered(question: String, option: String) {
        #expect(OfferedOption.option(in: question) == option)
    }

    @Test(arguments: [
        "Would you be okay with that?", "Is that enough?", "Would it work?", "Is the station open on Sunday?",
        "Would that be fine for you?", "Would a login link by email be okay.", "How are the bikes returned?",
    ])
    func noOptionIsOffered(question: String) {
        #expect(OfferedOption.option(in: question) == nil)
    }

    @Test func anOptionAgreedToIsTheNeedCitingBothTurns() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "Would a rental code by text message be okay, instead of a card?"),
            ("Ola", "Oh, that would be perfect, yes."),
        ])
        let agreed = try #require(found.first { $0.statement.contains("rental code") })
        #expect(agreed.statement == "A rental code by text message instead of a card.")
        #expect(agreed.sourceRefs.map(\.turn) == [6, 5])
    }

    @Test func anOptionCorrectedInTheReplyTakesTheCorrection() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "A reminder before the rental ends, so would a reminder three hours before work?"),
            ("Ola", "Yeah, three hours is good. Actually, no, make it two hours. Three is too early."),
        ])
        let reminder = try #require(found.first { $0.statement.contains("reminder") })
        #expect(reminder.statement == "A reminder 2 hours before.")
    }

    @Test func anOptionRefusedIsNoNeed() {
        let found = ClientWordingTests.extract([
            ("Kim", "Would a rental code by text message be okay, instead of a card?"),
            ("Ola", "Hmm, not really. People lose their phones."),
        ])
        #expect(!found.contains { $0.statement.hasPrefix("A rental code") })
    }
}

extension OfferedOptionTests {
    @Test(arguments: [
        ("Yes, but it has to be really simple.", ConfirmedProposal.Reply.confirms),
        ("Yeah, but it should be cheap.", .confirms), ("Yeah but we don't need it.", .neither),
        ("Yes, but not now.", .neither), ("Yeah, but we won't need it for now.", .neither),
    ])
    func aYesWithANeedAddedAfterButAgrees(reply: String, reading: ConfirmedProposal.Reply) {
        #expect(ConfirmedProposal.reading(of: reply) == reading)
    }
}
