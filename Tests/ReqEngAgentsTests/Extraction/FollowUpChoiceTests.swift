import ReqEngModel
import Testing

@testable import ReqEngAgents

/// An either-or asked right after a need was agreed, without saying the need again. Every line is
/// written for the test (a fictional bike-rental app).
@Suite struct FollowUpChoiceTests {
    @Test func theOptionChosenNarrowsTheNeedJustAgreed() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "So you'd want a reminder before the rental ends?"), ("Ola", "Yes, definitely."),
            ("Kim", "By text or email?"), ("Ola", "Text. Nobody reads email on a bike."),
        ])
        let reminder = try #require(found.first { $0.statement.contains("reminder before the rental ends") })
        #expect(reminder.statement == "We'd want a reminder before the rental ends, by text.")
        #expect(reminder.sourceRefs.count == 4)
    }

    @Test func noChoiceOrNoAgreedNeedNarrowsNothing() {
        #expect(ExtractionAgent.bareOptions("Should it be text or email?") == nil)
        #expect(ExtractionAgent.bareOptions("What, text or email?") == nil)
        #expect(ExtractionAgent.bareOptions("By text or email?")?.1 == "by email")
        #expect(ExtractionAgent.chosenOption(("by text", "by email"), reply: "Both, really.") == nil)
        #expect(ExtractionAgent.chosenOption(("by text", "by email"), reply: "Email, please.") == "by email")
        let refused = ClientWordingTests.extract([
            ("Kim", "So you'd want a reminder before the rental ends?"), ("Ola", "No, they have a watch."),
            ("Kim", "By text or email?"), ("Ola", "Text."),
        ])
        #expect(!refused.contains { $0.statement.hasSuffix(", by text.") })
    }
}
