import ReqEngModel
import Testing

@testable import ReqEngAgents

/// An either-or question and the option the reply chose. Every line is written for the test (a
/// library kiosk).
@Suite struct ChoiceAnswerTests {
    @Test(arguments: [
        (
            "Should the reminder come by text or by email?", "By text. Nobody reads email.",
            "Should the reminder come by text?"
        ),
        ("Should the reminder come by text or by email?", "Email, please.", "Should the reminder come by email?"),
        ("Would members pay online or at the desk?", "Online, with a card.", "Would members pay online?"),
        ("And should fines be paid in cash or card?", "Card. We don't keep cash.", "Should fines be paid in card?"),
        ("Should it work on phones or tablets?", "Both.", "Should it work on phones and tablets?"),
        // One article in two spellings opens both options.
        ("Should it be an app or a website?", "A website is fine.", "Should it be a website?"),
        ("Should it be a website or an app?", "An app.", "Should it be an app?"),
    ])
    func theChosenOptionNarrowsTheQuestion(asked: String, reply: String, chosen: String) {
        #expect(ChoiceAnswer.chosenQuestion(asked, reply: reply)?.question == chosen)
    }

    @Test(arguments: [
        ("Should the reminder come by text or by email?", "No, neither. They come to the desk."),
        ("Should the reminder come by text or by email?", "Yes."),
        ("Should the reminder come by text or by email?", "Hmm, I'd have to ask the manager."),
        ("Should the reminder come by text or by email?", "Text or email, whatever they prefer."),
        ("Should the reminder come by text or by email?", "A text and an email, to be safe."),
        ("Should the reminder come by text, or something like that?", "Text."),
        ("Is it the members we are building the kiosk for, or what?", "The members, yes."),
        ("What do you print, the title or the date?", "The title."),
        ("Would members pay online or at the desk?", "It depends on the branch."),
    ])
    func noClearChoiceSettlesNothing(asked: String, reply: String) {
        #expect(ChoiceAnswer.chosenQuestion(asked, reply: reply) == nil)
    }

    @Test func aConditionBeforeTheQuestionIsKeptApart() {
        let chosen = ChoiceAnswer.chosenQuestion(
            "And if they can't come, would they cancel it themselves or ring you?",
            reply: "They can cancel it themselves, but not at the last minute.")
        #expect(chosen?.question == "would they cancel it themselves?")
        #expect(chosen?.condition == "If they can't come")
    }

    /// The requirement is the stakeholder's: it cites the reply first, then the question, and the
    /// asker's hypothetical "would" becomes the need's "should".
    @Test func theChoiceIsARequirementOfTheStakeholder() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Members reserve books at the kiosk. Would members pay fines online or at the desk?"),
            ("Ola", "Online. Members hate queueing at the desk for fines."),
            ("Kim", "And should the kiosk print receipts or send them by email?"),
            ("Ola", "Hmm, we haven't decided that yet."),
        ])
        let fines = found.first { $0.statement.contains("fines") }
        #expect(fines?.statement == "Members should pay fines online.")
        #expect(fines?.sourceRefs.map(\.turn) == [2, 1])
        #expect(!found.contains { $0.statement.contains("receipts") })
    }

    /// "Or …?" asked as a sentence of its own is the second option of the question before it.
    @Test func aSecondOptionAskedOnItsOwnIsPartOfTheChoice() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Members reserve books at the kiosk. Can members pay fines online? Or at the desk?"),
            ("Ola", "Both. Card online, cash at the desk."),
        ])
        let fines = found.first { $0.statement.contains("fines") }
        #expect(fines?.statement == "Members can pay fines online and at the desk.")
        #expect(fines?.sourceRefs.last?.quote == "Can members pay fines online? Or at the desk?")
    }

    /// A team's either-or question, argued over and settled a few turns later by a short turn that
    /// names one option ("Bluetooth then."): the need cites the settling turn and the question.
    @Test func aTeamSettlesItsOwnQuestionInAShortTurn() {
        let found = ExtractionFixtures.teamMeeting([
            ("Tobias", "The lamp gets an app for the settings."), ("Lotte", "An app for the lamp, fine."),
            ("Ravi", "The app should be simple, and the snooze button big."),
            ("Tobias", "About the app. Do we do Bluetooth or wifi? Wifi costs more for the lamp."),
            ("Lotte", "Bluetooth is enough, you stand next to the lamp anyway."),
            ("Hanna", "Bluetooth then. And should the snooze be ten minutes or nine?"),
            ("Lotte", "Nobody knows why old clocks use nine. Let's just do ten."),
            ("Hanna", "Ten minutes. Okay."),
        ])
        let bluetooth = found.first { $0.statement.contains("Bluetooth") }
        #expect(bluetooth?.statement == "We do Bluetooth.")
        #expect(bluetooth?.sourceRefs.map(\.turn) == [6, 4])
        let snooze = found.first { $0.statement.contains("snooze should") }
        #expect(snooze?.statement == "The snooze should be 10 minutes.")
        #expect(snooze?.sourceRefs.map(\.turn) == [8, 6])
        #expect(!found.contains { $0.statement.contains("wifi") || $0.statement.contains("nine") })
    }

    /// A short turn that comments, asks back or names neither option settles nothing.
    @Test func aShortCommentOrQuestionSettlesNoTeamChoice() {
        let found = ExtractionFixtures.teamMeeting([
            ("Tobias", "The lamp gets an app for the settings."), ("Lotte", "An app for the lamp, fine."),
            ("Ravi", "The app should be simple."),
            ("Tobias", "About the app. Do we do Bluetooth or wifi? Wifi costs more for the lamp."),
            ("Lotte", "Wifi, really?"), ("Hanna", "That is a hard one."), ("Ravi", "Let's ask the client."),
        ])
        #expect(!found.contains { $0.statement.contains("Bluetooth") || $0.statement.contains("wifi") })
    }
}
