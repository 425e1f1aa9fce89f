import Testing

@testable import ReqEngAgents

/// How a stakeholder's reply answers the proposal before it. Lines written for the test.
@Suite struct ConfirmedProposalReplyTests {
    @Test(arguments: [
        ("Yes, exactly.", "Should members renew online?"),
        ("Obviously. That's the whole point.", "And no member may borrow more than ten books?"),
        ("Three a week, yes.", "Three reservations a week?"),
        ("Half an hour is fine, yeah.", "Half an hour?"),
        ("Both.", "On the kiosk and the app both?"),
    ])
    func agreementIsAConfirmation(reply: String, question: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: question) == .confirms)
    }

    @Test(arguments: [
        ("Their own.", "Only at their own branch, or at any branch?"),
        ("Three a week, but not now.", "Three reservations a week?"),
        ("Weekends.", "On the kiosk and the app both?"),
        ("Hmm, let me think about that.", "Should members renew online?"),
        ("[sighs] Yeah.", "Members share one card today."),
    ])
    func choicesHedgesAndNewTopicsAreNoConfirmation(reply: String, question: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: question) == .neither)
    }

    @Test func aNoIsARefusal() {
        #expect(ConfirmedProposal.reading(of: "No, we don't want that.", to: "Should it track members?") == .rejects)
    }
}
