import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A stakeholder answering "how would you like that to work?" in the present tense.
@Suite struct WantedProcessTests {
    @Test func questionsThatAskHowItShouldWork() {
        #expect(WantedProcess.asksForProcess("So how would you like that to work?"))
        #expect(WantedProcess.asksForProcess("Ola, how would you want to see the loans?"))
        #expect(WantedProcess.asksForProcess("And how should the reminder go?"))
        #expect(WantedProcess.asksForProcess("And what would you like instead?"))
        #expect(!WantedProcess.asksForProcess("How many loans a day?"))
        #expect(!WantedProcess.asksForProcess("How does it work today?"))
        #expect(!WantedProcess.asksForProcess("So how would you like that to work."))
        // The case first, then what should follow; without "then" it may ask how it goes today.
        #expect(WantedProcess.asksForProcess("And the course fills up, what happens then?"))
        #expect(!WantedProcess.asksForProcess("The member arrives at the desk, what happens?"))
    }

    @Test(arguments: [
        (
            "The librarian scans the card and the member gets a receipt by email.",
            "The librarian scans the card and the member gets a receipt by email."
        ),
        (
            "I see today's loans in a list, and each one has its due date.",
            "I see today's loans in a list, and each one has its due date."
        ),
        (
            "If somebody returns a book, the first one on the list gets the book and an email.",
            "If somebody returns a book, the first one on the list gets the book and an email."
        ),
        (
            "The reservation is cancelled after a week and the book goes back on the shelf.",
            "The reservation is cancelled after a week and the book goes back on the shelf."
        ),
    ])
    func presentTenseStepsAreTheProcess(said: String, statement: String) {
        #expect(WantedProcess.statement(said, original: said) == statement)
    }

    @Test(arguments: [
        "Waiting for approval, waiting for parts, in progress, ready.",  // no verb
        "Can the member renew it from home?",  // a question
        "I think the members would like that.",  // the speaker's mind
        "Right now the librarian writes it on a card.",  // today
        "Loans, fines, holds.",
        "It gets better every year.",  // "gets" with no thing received
        "Unless it's a magazine, that we keep in the hall.",  // a condition without its main clause
    ])
    func notAStepOfTheProcess(said: String) {
        #expect(WantedProcess.statement(said, original: said) == nil)
    }

    @Test func theAnswerCitesTheQuestion() throws {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about overdue loans at the kiosk."),
            ("Ola", "Members forget them, the kiosk shows nothing."),
            ("Kim", "So how would you like that to work?"),
            ("Ola", "The kiosk shows the overdue loans first and the member gets a reminder by email."),
        ])
        let process = try #require(found.first { $0.statement.hasPrefix("The kiosk shows the overdue loans first") })
        #expect(process.sourceRefs.map(\.turn) == [4, 3])
        // Without the question, the same words describe and are not read as a need.
        let described = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about overdue loans at the kiosk."),
            ("Ola", "The kiosk shows the overdue loans first and the member gets a reminder by email."),
        ])
        #expect(!described.contains { $0.statement.hasPrefix("The kiosk shows the overdue loans first") })
    }
}

extension WantedProcessTests {
    @Test func whatShouldHappenAndTheNewSystemAskForTheProcess() {
        #expect(WantedProcess.asksForProcess("So what should happen in the new system?"))
        #expect(WantedProcess.asksForProcess("And in the new system?"))
        #expect(!WantedProcess.asksForProcess("And what happened with the old system last year, when it broke down?"))
    }

    @Test func aSentenceThatNamesTheProductToBeIsReadWithoutAQuestion() {
        #expect(WantedProcess.describesNewProduct("In the new system members pick their slot on the map."))
        #expect(WantedProcess.describesNewProduct("The fine goes to the member's card automatically."))
        #expect(!WantedProcess.describesNewProduct("The old system sends letters."))
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about the kiosk and loans."),
            ("Ola", "Today the kiosk prints a slip. In the new system the kiosk emails the receipt to the member."),
            ("Kim", "Okay."), ("Ola", "Right now the kiosk automatically prints a slip for every loan."),
        ])
        #expect(found.contains { $0.statement.hasPrefix("In the new system the kiosk emails the receipt") })
        // What happens automatically today is no wish.
        #expect(!found.contains { $0.statement.contains("prints a slip") })
    }
}

extension WantedProcessTests {
    /// "And when a book isn't there?" asks what is to happen then; "When do you open?" asks a time.
    @Test func aConditionAskedAboutAsksForTheProcess() {
        #expect(WantedProcess.asksForProcess("And when a book isn't on the shelf?"))
        #expect(WantedProcess.asksForProcess("What happens if the card is blocked?"))
        #expect(WantedProcess.asksForProcess(inTurn: ["And when a book isn't on the shelf?", "A missing book?"]))
        #expect(!WantedProcess.asksForProcess("When do you open?"))
        #expect(!WantedProcess.asksForProcess("When they return books, the receipt, do they print it?"))
        #expect(
            !WantedProcess.asksForProcess(inTurn: ["And when a book isn't on the shelf?", "Who do you call then?"]))
    }

    /// A short step, and the phrases after it that say how it goes.
    @Test func aShortStepTakesThePhrasesAfterIt() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Members return books at the kiosk. And when a book is damaged?"),
            ("Ola", "They mark it damaged. With a photo. Then the kiosk prints a slip for the desk."),
        ])
        #expect(found.contains { $0.statement == "They mark it damaged, with a photo." })
        #expect(WantedProcess.details(["With a photo.", "Torn, wet, stained."]) == "with a photo: torn, wet, stained")
        #expect(WantedProcess.details(["Then the kiosk prints a slip."]) == nil)
    }
}

/// A need whose object runs on into the next sentence of the same turn.
@Suite struct ContinuedNeedTests {
    @Test(arguments: [
        ("And whether they signed the waiver.", "whether they signed the waiver"),
        ("And who paid already.", "who paid already"),
    ])
    func aClauseThatOnlyContinuesAnObject(sentence: String, clause: String) {
        #expect(ExtractionAgent.continuation(sentence) == clause)
    }

    @Test(arguments: [
        "And whether we want that, I don't know.",  // a comma: more than an object
        "And what we need is a printer.",  // a need of its own
        "And if it rains, we close.",  // a condition
        "And whether they paid?",  // a question
        "And whether.",
    ])
    func aSentenceThatSaysMore(sentence: String) {
        #expect(ExtractionAgent.continuation(sentence) == nil)
    }

    @Test func theObjectIsReadWithTheNeedBeforeIt() throws {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Does the librarian need to see anything?"),
            ("Ola", "The librarian should see who borrowed the book. And whether they paid the fine."),
        ])
        let need = try #require(found.first { $0.statement.contains("who borrowed the book") })
        #expect(need.statement == "The librarian should see who borrowed the book, and whether they paid the fine.")
        #expect(need.sourceRefs.first?.quote.hasSuffix("And whether they paid the fine.") == true)
    }
}
