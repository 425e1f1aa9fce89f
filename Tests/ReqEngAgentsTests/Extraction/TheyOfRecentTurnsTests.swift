import ReqEngModel
import Testing

@testable import ReqEngAgents

/// "They" that opens a turn after no question about people stands for the one kind of people the
/// turns just before name. Every line is written for the test (a fictional bike-rental app).
@Suite struct TheyOfRecentTurnsTests {
    @Test func theyAfterANodIsThePeopleNamedBefore() throws {
        let found = ClientWordingTests.extract([
            ("Ola", "For us the main thing is that mechanics see the broken bikes of the day in the morning."),
            ("Kim", "Okay."),
            ("Ola", "And they need to be able to mark a bike as repaired."),
        ])
        let mark = try #require(found.first { $0.statement.contains("mark a bike") })
        #expect(mark.statement.hasPrefix("Mechanics "))
    }

    @Test func theyAfterMoreAboutThemIsStillThem() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "How do the mechanics get into the app?"),
            ("Ola", "They log in with their staff number and a PIN."),
            ("Ola", "And they should stay logged in for the whole shift."),
        ])
        let stay = try #require(found.first { $0.statement.contains("logged in for the whole shift") })
        #expect(stay.statement.hasPrefix("Mechanics "))
    }

    @Test func aQuestionLinkedByAndStillNamesItsPeople() {
        #expect(PointerResolution.onlyPeopleNamed(in: "And should teachers be able to block slots?") == "teachers")
        #expect(PointerResolution.onlyPeopleNamed(in: "So do parents pay online?") == "parents")
        #expect(PointerResolution.onlyPeopleNamed(in: "And the slots, how long are they?") == nil)
    }

    @Test(arguments: [
        // Two kinds of people named, or a turn about something else in between: "they" stays.
        "For us the main thing is that mechanics and customers see the broken bikes.",
        "Mechanics see the broken bikes. The repair list is printed every morning at the depot.",
    ])
    func theyWithNoOneKindOfPeopleBeforeStays(before: String) throws {
        let lines = before.components(separatedBy: ". ").map { ("Ola", $0) }
        let found = ClientWordingTests.extract(
            lines + [("Kim", "Okay."), ("Ola", "And they need to mark bikes as repaired.")])
        #expect(
            !found.contains { $0.statement.hasPrefix("Mechanics need") || $0.statement.hasPrefix("Customers need") })
    }
}

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
