import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How a design team states what it decides without a need phrase of the usual kind: a design with
/// a rough value, a measure asked of the team and answered, a thing "not needed", a price without a
/// verb, a wrap-up read back, and the product the meeting designs named for "it". Every line is
/// written for the test (a fictional smart water bottle).
@Suite struct TeamDecisionWordingTests {
    private static func statements(_ lines: [(String, String)]) -> [String] {
        ExtractionFixtures.teamMeeting(opening + lines).map(\.statement)
    }

    /// Turns that make "bottle", "lid", "app" and "reminders" the meeting's words.
    private static let opening: [(String, String)] = [
        ("Priya", "Today we decide the main features of the bottle and the app."),
        ("Tom", "From the survey, people forget to drink, so reminders on the bottle matter most."),
        ("Jess", "Reminders in the app too, and the lid holds the electronics."),
    ]

    @Test func aDesignWithARoughValueIsStillADesign() {
        let found = Self.statements([
            ("Priya", "The bottle glows when you haven't had a drink for an hour, something like that."),
            ("Jess", "An hour is long."),
        ])
        #expect(found.contains("The bottle should glow when you haven't had a drink for an hour."))
    }

    @Test func aMeasureAskedOfTheTeamWithANeedPhraseIsANeed() {
        let found = Self.statements([
            ("Priya", "Battery. How long does it need to last?"),
            ("Tom", "At least two weeks between charges. Nobody charges a bottle every night."),
        ])
        #expect(found.contains("The battery needs to last at least 2 weeks."))
    }

    @Test func aMeasureOfTheMeetingItselfIsNone() {
        let found = Self.statements([
            ("Priya", "How long did the survey take?"), ("Tom", "About two weeks, with the reminders and all."),
            ("Jess", "How long is this meeting going to be?"), ("Tom", "Thirty minutes."),
        ])
        #expect(!found.contains { $0.contains("weeks") || $0.contains("minutes") })
    }

    @Test func aThingNotNeededIsRuledOut() throws {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [("Tom", "Yes. And no account needed just to use the reminders.")])
        let ruled = try #require(found.first { $0.statement.contains("account") })
        #expect(ruled.statement == "No account needed just to use the reminders.")
        #expect(ruled.priority == .wont)
    }

    @Test func aPriceWithoutAVerbIsThePricesLimit() throws {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Priya", "OK, price. Where do we want to be?"),
                ("Tom", "Under forty euros retail, otherwise it won't sell."),
            ])
        let price = try #require(found.first { $0.statement.contains("euros") })
        #expect(price.statement == "The price is under 40 euros retail.")
        #expect(price.priority == .must)
        #expect(price.type == .constraint)
    }

    @Test func aWrapUpReadBackIsReadItemByItem() {
        let found = Self.statements([
            ("Priya", "So to wrap up: adjustable reminders, a sensor in the lid, no screen on the bottle."),
            ("Jess", "Sounds right."),
        ])
        #expect(found.contains("Adjustable reminders."))
        #expect(found.contains("A sensor in the lid."))
    }

    @Test func itInAMeetingIsTheProductTheMeetingDesigns() {
        let bottle = (1...5).map { ("Tom", "The bottle needs a name, number \($0).") }
        let found = ExtractionFixtures.teamMeeting(
            bottle + [("Jess", "And it has to be dishwasher safe. The bottle goes in the dishwasher.")])
        #expect(found.contains { $0.statement == "The bottle shall be dishwasher safe." })
        // A speaker who says "system" means a system.
        let system = ExtractionFixtures.teamMeeting(
            bottle + [("Jess", "And the system has to be dishwasher safe. The bottle goes in the dishwasher.")])
        #expect(system.contains { $0.statement == "The system shall be dishwasher safe." })
    }

    @Test func theProductIsTheWordTheTeamNamesMost() {
        #expect(ConversationContext.product(["bottle": 6, "lid": 3, "app": 2]) == "bottle")
        // Too close to tell, too rare, or no product at all.
        #expect(ConversationContext.product(["bottle": 6, "lid": 5]) == nil)
        #expect(ConversationContext.product(["bottle": 4]) == nil)
        #expect(ConversationContext.product(["meeting": 9, "bottle": 2]) == nil)
    }

    /// "The design meeting for the bike lock": the thing the opening says the meeting is for is the
    /// product, though the team names a part of it (the app) more often.
    @Test func theProductIsWhatTheOpeningSaysTheMeetingIsFor() {
        let turns = { (opening: String) in
            [opening, "The lock opens with the app.", "The app shows the battery.", "The app is simple."]
                + ["The lock is steel.", "The app warns early.", "The lock is light.", "The app is free."]
        }
        let context = { (lines: [String]) in
            ConversationContext(
                Transcript(
                    id: "m1", sourcePath: "m1.json", format: .json,
                    turns: lines.enumerated().map {
                        Turn(number: $0.offset + 1, speaker: ["Ana", "Bo", "Cy"][$0.offset % 3], text: $0.element)
                    }))
        }
        #expect(
            context(turns("This is the functional design meeting for the bike lock. We have forty minutes.")).product
                == "lock")
        #expect(context(turns("Okay, the second one, for the bike lock, is about concepts.")).product == "lock")
        // No meeting said to be for a thing, or a thing named with "a", or one the team hardly names.
        #expect(context(turns("Good morning, this is the meeting.")).product == "app")
        #expect(context(turns("This meeting is for a bike lock.")).product == "app")
        #expect(context(turns("The meeting for the bike lock shop is at ten.")).product == "app")
    }

    @Test func anInterviewHasNoProductOfThisKind() {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: [Participant(name: "Kim", role: "Interviewer"), Participant(name: "Ola", role: "Owner")],
            turns: (1...8).map { Turn(number: $0, speaker: $0 % 2 == 0 ? "Ola" : "Kim", text: "The bottle is blue.") })
        #expect(ConversationContext(transcript).product == nil)
    }
}

extension TeamDecisionWordingTests {
    @Test(arguments: [
        ("Let's leave out the display on the lid.", "No display on the lid."),
        ("We can drop the display.", "No display."),
        ("We'll scrap the app reminders.", "No app reminders."),
    ])
    func aThingTheTeamLeavesOutIsAWontNamingIt(sentence: String, statement: String) {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Tom", "A display on the lid would show the water left."),
                ("Jess", "A display costs a lot, and the lid gets thick."), ("Priya", sentence), ("Jess", "Okay."),
            ])
        let wont = found.first { $0.statement == statement }
        #expect(wont?.priority == .wont)
    }

    @Test(arguments: [
        "We'll drop by the factory to see the lid.", "Let's skip the agenda.",
        "We'll drop the display and the lid light, they cost too much.",
    ])
    func aVisitTheMeetingOrALongerClauseIsNotNamedAsOneThing(sentence: String) {
        let found = Self.statements([("Tom", "A display on the lid would show the water left."), ("Priya", sentence)])
        #expect(!found.contains { $0.hasPrefix("No ") && $0.contains("factory") })
        #expect(!found.contains("No agenda."))
        #expect(!found.contains("No display and the lid light."))
    }
}
