import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Said in a chat, as people type: a second doing added to a need, and a question that only asks
/// leave to ask. Every line is written for the test (a fictional bike-rental app).
@Suite struct ChatWordingTests {
    @Test func aDoingAddedToANeedIsNeededTheSameWay() {
        let found = ClientWordingTests.extract([
            ("Kim", "Do mechanics need anything in the app?"),
            ("Ola", "They need to see which bikes are broken. And mark which ones are repaired."),
        ])
        #expect(found.contains { $0.statement == "Mechanics shall mark which ones are repaired." })
        #expect(
            AddedItem.addedAction(
                ["And", "the", "helmets."], lower: ["and", "the", "helmets"], after: "They need to see the bikes.")
                == nil)
    }

    @Test func askingLeaveToAskIsNoTopic() {
        let found = ClientWordingTests.extract([
            ("Kim", "hi Ola! few questions about the rental app, ok?"), ("Ola", "sure go ahead"),
        ])
        #expect(!found.contains { $0.statement.lowercased().contains("questions") })
        #expect(
            ConfirmedProposal.declarative("Like the bike list loads in 2 seconds?", rejected: false)?.hasPrefix("Like")
                == false)
    }
}
