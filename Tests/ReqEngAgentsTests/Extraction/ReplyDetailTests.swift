import ReqEngModel
import Testing

@testable import ReqEngAgents

/// What a short reply adds to the question it answers: the one wanted of a kind asked for ("Do you
/// need any reports?" "Yes, a weekly overview."), the means ("By email, yes."), and the speaker's
/// "our own" kept. Every line is written for the test (a fictional physiotherapy practice's
/// exercise app).
@Suite struct ReplyDetailTests {
    private static func statements(_ lines: [(String, String)]) -> [String] {
        InterviewAnswerTests.extract(opening + lines).map(\.statement)
    }

    /// Turns that make "patients", "exercises", "reports" and "app" the conversation's words.
    static let opening: [(String, String)] = [
        ("Kim", "Thanks. Tell me about the practice and the exercises patients do at home."),
        ("Ola", "We give patients exercises on paper, and patients lose the paper."),
        ("Kim", "And what should the app do?"),
        ("Ola", "Patients should see videos of the exercises in the app, and the app shows the exercises per day."),
    ]

    @Test func theOneOfTheKindAskedForIsPartOfTheNeed() {
        let found = Self.statements([
            ("Kim", "Do you need any reports on the exercises?"),
            ("Ola", "Yes, a weekly overview per patient."),
        ])
        #expect(found.contains("We need reports on the exercises: a weekly overview per patient."))
    }

    @Test(arguments: ["Yes, a good idea.", "Yes, a must.", "Yes, a weekly overview would be great."])
    func aVerdictOrAClauseNamesNoneOfTheKind(reply: String) {
        let found = Self.statements([("Kim", "Do you want any reminders for the exercises?"), ("Ola", reply)])
        #expect(found.contains { $0.hasPrefix("We want reminders for the exercises") })
        #expect(!found.contains { $0.contains(": a") })
    }

    @Test func aRefusalRulesTheKindOut() {
        let found = Self.statements([("Kim", "Do you need any reports on the exercises?"), ("Ola", "No.")])
        #expect(found.contains("No reports on the exercises."))
        #expect(!found.contains { $0.hasPrefix("We need") })
    }

    @Test func ourOwnStaysTheSpeakersOwn() {
        let found = Self.statements([
            ("Kim", "Where should the app's data be kept?"),
            ("Ola", "The app has to run on our own servers."),
        ])
        #expect(found.contains("The app shall run on our own servers."))
        #expect(
            StatementPolisher.replacingFirstPerson(in: "run on our own servers", actorIsPerson: false, people: "users")
                == "run on our own servers")
        #expect(
            StatementPolisher.replacingFirstPerson(in: "keep our records", actorIsPerson: false, people: "users")
                == "keep the records")
        #expect(
            StatementPolisher.replacingFirstPerson(in: "bring our own device", actorIsPerson: true, people: "users")
                == "bring their own device")
        // Whom a price is charged to is no user the speaker named.
        #expect(
            StatementPolisher.replacingFirstPerson(
                in: "cost us less than 50 euros a month", actorIsPerson: false, people: "users")
                == "cost less than 50 euros a month")
        #expect(
            ExtractionFixtures.extract("And it should cost us less than fifty euros a month.")?.statement
                == "The system should cost less than fifty euros a month.")
    }
}

extension ReplyDetailTests {
    @Test(arguments: [
        ("By email, yes. Not on paper.", "Patients should get a reminder, by email."),
        ("Yes, via the app.", "Patients should get a reminder, via the app."),
    ])
    func theMeansAReplyNamesIsPartOfTheNeed(reply: String, statement: String) {
        let found = Self.statements([("Kim", "Should patients get a reminder?"), ("Ola", reply)])
        #expect(found.contains(statement))
    }

    @Test func aYesAfterTheDetailIsNoPartOfIt() {
        #expect(ConfirmedProposal.detail(of: "By email, yes.") == "by email")
        #expect(ConfirmedProposal.detail(of: "Email, yes.") == nil)
    }
}

extension ReplyDetailTests {
    @Test func whenAReplyNamesItIsPartOfTheNeed() {
        let found = Self.statements([
            ("Kim", "Should the app send reminders?"),
            ("Ola", "Yes, every morning, to patients who haven't exercised."),
        ])
        #expect(found.contains("The app should send reminders, every morning, to patients who haven't exercised."))
    }

    @Test func aReasonAfterTheOneAskedForIsLeftToTheQuote() {
        let found = Self.statements([
            ("Kim", "Do you need any reports on the exercises?"),
            ("Ola", "Yes, a weekly list per patient, so I can call the ones who stopped."),
        ])
        #expect(found.contains("We need reports on the exercises: a weekly list per patient."))
    }

    @Test(arguments: ["Yes, at least for now.", "Yes, on the other hand it costs.", "Yes, at all times."])
    func wordsOfDegreeOrPlaceAreNoTime(reply: String) {
        let found = Self.statements([("Kim", "Should the app send reminders?"), ("Ola", reply)])
        #expect(!found.contains { $0.hasPrefix("The app should send reminders,") })
    }

    @Test func aTopicAnswerKeepsHowItIsDone() {
        let found = Self.statements([
            ("Kim", "What about payment?"), ("Ola", "Patients pay per month, by direct debit."),
        ])
        #expect(found.contains("Payment: patients pay per month, by direct debit."))
    }

    @Test func aClosingThenIsTheTimeTheSentenceBeforeNamed() {
        let found = Self.statements([
            ("Kim", "How many patients use the app at the same time?"),
            ("Ola", "On Monday morning, maybe two hundred. It must not go down then."),
        ])
        #expect(found.contains { $0.hasSuffix("shall not go down on Monday morning.") })
        #expect(
            PointerResolution.namingThen(in: "It must not go down then.", after: "Some of them, yes.") == nil)
        #expect(PointerResolution.namingThen(in: "Then it must work.", after: "On Monday, yes.") == nil)
    }

    @Test func goingDownIsFailing() {
        #expect(ExtractionFixtures.extract("The app must not go down.")?.statement == "The app shall not go down.")
        #expect(ExtractionFixtures.extract("We have to go down to the shop.") == nil)
    }
}

extension ReplyDetailTests {
    @Test func whatNobodyWantsIsLeftOut() {
        let found = InterviewAnswerTests.extract(
            Self.opening + [("Kim", "What about the app?"), ("Ola", "Nobody wants another app on their phone.")])
        #expect(found.first { $0.statement.hasPrefix("Nobody wants another app") }?.priority == .wont)
        let wanted = InterviewAnswerTests.extract(
            Self.opening + [("Kim", "What about the app?"), ("Ola", "Everybody wants the app on their phone.")])
        #expect(!wanted.contains { $0.priority == .wont })
    }
}

extension ReplyDetailTests {
    @Test func aSubjectOfTwoNounsStaysWhole() {
        let found = Self.statements([("Kim", "How long should the exercise videos be kept?"), ("Ola", "Two years.")])
        #expect(found.contains("The exercise videos should be kept for 2 years."))
        #expect(ConfirmedProposal.shortSubjectLength(["the", "staff", "see", "the", "rentals"]) == 2)
        #expect(ConfirmedProposal.shortSubjectLength(["the", "rental", "link", "stay", "valid"]) == 3)
    }
}

extension ReplyDetailTests {
    @Test(arguments: ["The older ones, maybe later. Not now.", "Not now.", "Not right now, no."])
    func notNowPutsTheNeedOff(reply: String) {
        let found = InterviewAnswerTests.extract(
            Self.opening + [("Kim", "Would you like patients to book exercises in the app too?"), ("Ola", reply)])
        let putOff = found.filter { $0.statement.contains("book exercises") }
        #expect(!putOff.isEmpty)
        #expect(putOff.allSatisfy { $0.priority == .wont })
    }

    @Test func aNeedSaidForNowIsNoDeferral() {
        let found = Self.statements([
            ("Kim", "And the videos?"), ("Ola", "Patients need the videos now, not next year."),
        ])
        #expect(found.contains { $0.contains("videos") })
        #expect(
            !InterviewAnswerTests.extract(Self.opening + [("Ola", "Patients need the videos now, not next year.")])
                .contains { $0.priority == .wont })
    }
}
