import ReqEngModel
import Testing

@testable import ReqEngAgents

/// An interviewer's open "what" question answered with phrases: the need is the question's topic
/// and the answer together. Lines written for the test (a fictional library kiosk).
@Suite struct OpenAnswerTests {
    @Test func theTopicOfAWhatQuestion() {
        #expect(OpenAnswer.topic(of: "And what do you print on the slip?") == "we print on the slip")
        // "instead" of today goes without saying in the answer.
        #expect(OpenAnswer.topic(of: "And what would you like instead?") == "we would like")
        #expect(OpenAnswer.topic(of: "So the members at the kiosk, what should they see?") == "they should see")
        // How many, what the listener thinks, a choice, and a statement are no open question.
        #expect(OpenAnswer.topic(of: "How many slips a day?") == nil)
        #expect(OpenAnswer.topic(of: "What do you think of the slip?") == nil)
        #expect(OpenAnswer.topic(of: "What do you print, the title or the author?") == nil)
        #expect(OpenAnswer.topic(of: "What do you print on the slip.") == nil)
        #expect(OpenAnswer.topic(of: "Ola, from the desk side, what do you need?") == nil)
        #expect(
            OpenAnswer.topic(of: "Is there anything that would make the kiosk easier for them?")
                == "to make the kiosk easier for them")
        #expect(OpenAnswer.topic(of: "Anything else?") == nil)
        #expect(OpenAnswer.topic(of: "Is there anything you think we missed?") == nil)
        // What the product is to do: its answer is what the product offers.
        #expect(OpenAnswer.topic(of: "What do you want the new kiosk to do first?") == "the new kiosk should offer")
    }

    @Test func aKindOfThingAskedForNamesTheAnswer() {
        #expect(OpenAnswer.topic(of: "What payment methods do you need?") == "Payment methods:")
        #expect(OpenAnswer.topic(of: "What colour do you like?") == nil)
        #expect(OpenAnswer.topic(of: "What do you think they need?") == nil)
        let found = ClientWordingTests.extract([
            ("Kim", "What rental reports do you need?"), ("Ola", "Rentals per station, per week."),
        ])
        #expect(found.contains { $0.statement == "Rental reports: rentals per station, per week." })
    }

    @Test func whatTheProductIsToDoIsWhatItOffers() {
        let found = ClientWordingTests.extract([
            ("Kim", "What do you want the new app to do first?"), ("Ola", "Online booking. And a map of free bikes."),
        ])
        #expect(found.contains { $0.statement == "The new app should offer online booking, and a map of free bikes." })
    }

    @Test func thePhrasesAnAnswerOpensWith() {
        #expect(
            OpenAnswer.phrases(of: "The title. Just the title and the due date. We never print names.")
                == "The title, just the title and the due date")
        // The same phrase again for emphasis is said once; a "not" further down the list is an item.
        #expect(
            OpenAnswer.phrases(of: "Big print. Big, big print. And not too many steps. Members squint.")
                == "Big print, and not too many steps")
        #expect(OpenAnswer.phrases(of: "Not too many steps.") == nil)
        // A clause, a yes, a hedge.
        #expect(OpenAnswer.phrases(of: "We print the title.") == nil)
        #expect(OpenAnswer.phrases(of: "Yes, the title.") == nil)
        #expect(OpenAnswer.phrases(of: "Hmm. Good question.") == nil)
    }

    /// "Is there anything that would …?" asks for wishes outright: the answer need not repeat
    /// what the conversation is about.
    @Test func anAnswerToAnAskedForWishIsANeed() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Some members are older. Is there anything that would make it easier for them?"),
            ("Ola", "Large print. And fewer steps. My mother gives up after two screens."),
        ])
        #expect(found.map(\.statement) == ["To make it easier for them: large print, and fewer steps."])
        #expect(found.first?.sourceRefs.map(\.turn) == [2, 1])
    }

    @Test func aQuestionAndItsAnswerStateOneNeed() throws {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Let's talk about the slip from the kiosk. Is the slip printed today?"),
            ("Ola", "The slip is printed at the desk, the due date slip."),
            ("Kim", "And what do you print on the slip?"),
            ("Ola", "The title, the due date. And the branch. Members lose the slip anyway."),
        ])
        let slip = try #require(found.first { $0.statement.hasPrefix("We print on the slip") })
        #expect(slip.statement == "We print on the slip: the title, the due date, and the branch.")
        #expect(slip.sourceRefs.map(\.turn) == [4, 3])
    }
}
