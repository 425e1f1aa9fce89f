import ReqEngModel
import Testing

@testable import ReqEngAgents

/// More of a recorded interview's replies: a reason spliced on with a comma, a question about how
/// things are today, "Not again.", a proposal judged nice and put off, and "they" after "How should
/// patients …?". Every line is written for the test (a fictional physiotherapy practice's exercise
/// app).
@Suite struct RecordedInterviewReplyTests {
    private static func statements(_ lines: [(String, String)]) -> [String] {
        InterviewAnswerTests.extract(opening + lines).map(\.statement)
    }

    /// Turns that make "patients", "exercises", "videos" and "app" the conversation's words.
    private static let opening: [(String, String)] = [
        ("Kim", "Thanks. Tell me about the practice and the exercises patients do at home."),
        ("Ola", "We give patients exercises on paper, and patients lose the paper."),
        ("Kim", "And what should the app do?"),
        ("Ola", "Patients should see videos of the exercises in the app, and the app shows the exercises per day."),
    ]

    @Test func aReasonSplicedOnWithACommaIsLeftToTheQuote() {
        #expect(
            SplicedReason.withoutReason("Patients should not need a password, half of them will forget it.")
                == "Patients should not need a password.")
        #expect(
            SplicedReason.withoutReason("The screen should not show names big, other people are standing behind.")
                == "The screen should not show names big.")
    }

    @Test(arguments: [
        // A negation of its own: the statement may not lose it.
        "It has to show up big on the list, we can't miss that.",
        // A second need, and a condition.
        "Staff should only see the orders, they shouldn't be able to change prices.",
        "Patients should get a reminder, when they have an exercise due.",
        // No need before the comma.
        "We give them paper, half of them lose it.",
    ])
    func aClauseThatIsNoSplicedReasonStays(sentence: String) {
        #expect(SplicedReason.withoutReason(sentence) == nil)
    }

    @Test func aQuestionAboutHowThingsAreTodayProposesNothing() {
        #expect(
            ConfirmedProposal.declarative("So, you run the practice with three other physios?", rejected: false) == nil)
        #expect(ConfirmedProposal.declarative("So you use paper for the exercises?", rejected: false) == nil)
        // "you have to" is a need, and "you'd" a wish.
        #expect(
            ConfirmedProposal.declarative("So you have to see the results before the appointment?", rejected: false)
                != nil)
        let found = Self.statements([
            ("Kim", "So you run the practice with three other physios?"), ("Ola", "Yes, four of us."),
        ])
        #expect(!found.contains { $0.contains("practice with") })
    }

    @Test func notAgainRefusesWhatWasTried() {
        let found = Self.statements([
            ("Kim", "And video calls with patients?"),
            ("Ola", "We tried that during the lockdown. Not again."),
        ])
        #expect(found.contains("No video calls with patients."))
        #expect(ConfirmedProposal.reading(of: "Not again.") == .rejects)
    }

    @Test(arguments: [
        "It would be nice. But that one can wait.", "It would be nice, but not for the first version.",
        "It would be nice, but it's not a requirement for the first version.",
    ])
    func aProposalJudgedNiceAndPutOffIsAWont(reply: String) {
        let found = Self.statements([
            ("Kim", "Should the app send the results to the patient records?"), ("Ola", reply),
        ])
        #expect(found.contains("The app will not send the results to the patient records for now."))
    }

    @Test func aYesThenSomethingElsePutOffKeepsTheYes() {
        let found = Self.statements([
            ("Kim", "Should the app send the results to the patient records?"),
            ("Ola", "Yes, definitely. The reporting can wait, though."),
        ])
        #expect(found.contains("The app should send the results to the patient records."))
    }

    @Test func theyAfterHowShouldPeopleAreThosePeople() {
        let found = Self.statements([
            ("Kim", "How should patients log in to the app?"),
            ("Ola", "I don't know, with a code we give them? They shouldn't need a password, half of them forget it."),
        ])
        #expect(found.contains("Patients should not need a password."))
    }

    @Test func aRecapSharingOnlyThePeopleTakesNoNeedIn() {
        let found = Self.statements([
            ("Kim", "How should patients log in to the app?"),
            ("Ola", "Patients should not need a password for the app."),
            ("Kim", "A code per patient, from the practice."),
            ("Ola", "Exactly."),
        ])
        #expect(found.contains("Patients should not need a password for the app."))
    }

    @Test(arguments: [
        "Today people have to call the practice to change an exercise.",
        "Right now patients need to call us for every change.", "Currently the staff must print every sheet.",
    ])
    func whatPeopleHaveToDoTodayIsNoNeed(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    @Test func aNeedThatMentionsTodayIsStillANeed() {
        #expect(ExtractionFixtures.extract("Patients need to see today's exercises on the first screen.") != nil)
    }

    @Test func theListenerAsObjectIsUs() {
        #expect(
            ConfirmedProposal.inSpeakersVoice(
                "A warning that doesn't stop you handing it out".split(separator: " ").map(String.init)
            )
            .joined(separator: " ") == "A warning that doesn't stop us handing it out")
        #expect(
            ConfirmedProposal.summary("So the app reminds you, and you confirm the time?")
                == "The app reminds us, and we confirm the time.")
        #expect(
            ConfirmedProposal.summary("So when you open it, your list is there?")
                == "When we open it, our list is there.")
    }

    @Test func aDoingInTheProductToBeIsAnAbility() {
        let found = Self.statements([
            ("Kim", "And you'd pick the exercises per patient?"), ("Ola", "Yes, per patient, with the sets."),
        ])
        #expect(found.contains("The owner should be able to pick the exercises per patient."))
        #expect(ConfirmedProposal.wantedAbility("We'd probably lose the paper") == "We'd probably lose the paper")
        #expect(ConfirmedProposal.wantedAbility("We would be fine with that") == "We would be fine with that")
    }
}
