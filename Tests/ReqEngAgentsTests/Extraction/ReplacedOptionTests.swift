import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A proposal refused and replaced in the same breath ("No, by distance."), and a rank said of a
/// gerund's phrase ("Sorting on price is the highest priority for us."). Every line is written for
/// the test (a fictional bike-rental app).
@Suite struct ReplacedOptionTests {
    @Test(arguments: [
        (
            "Should the rentals be sorted by price by default?", "No, by distance, then by rating.",
            "Should the rentals be sorted by distance, then by rating by default?"
        ),
        ("Should the receipt go by email?", "Hmm, no. By text message.", "Should the receipt go by text message?"),
        (
            "Should the bikes be returned at the harbour station?", "No, at any station.",
            "Should the bikes be returned at any station?"
        ),
    ])
    func theReplacementTakesThePlaceOfTheOptionOffered(question: String, reply: String, changed: String) {
        #expect(ReplacedOption.question(question, reply: reply) == changed)
    }

    @Test(arguments: [
        ("Should the receipt go by email?", "No."), ("Should the receipt go by email?", "No, not by email."),
        ("Should the receipt go by email?", "Yes, by email."), ("Should the receipt be sent?", "No, by post."),
        ("Should the receipt go by email by default?", "No, by default nothing is sent."),
    ])
    func withoutAReplacementOrAnOptionNothingIsReplaced(question: String, reply: String) {
        #expect(ReplacedOption.question(question, reply: reply) == nil)
    }

    @Test func theReplacedProposalIsTheNeedCitingBothTurns() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "Should the rentals be sorted by price by default?"),
            ("Ola", "No, by distance, then by rating."),
        ])
        let sorted = try #require(found.first { $0.statement.contains("sorted") })
        #expect(sorted.statement == "The rentals should be sorted by distance, then by rating by default.")
        #expect(sorted.priority == .should)
        #expect(sorted.sourceRefs.map(\.turn) == [6, 5])
    }

    @Test func aRankSaidOfAGerundsPhraseRanksIt() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "And the rentals, how are they sorted?"),
            ("Ola", "Now alphabetical. Sorting the rentals on price is the highest priority for us."),
        ])
        let ranked = try #require(found.first { $0.statement.contains("price") })
        #expect(ranked.statement == "Sorting the rentals on price is a must.")
        #expect(ranked.priority == .must)
    }
}

extension ReplacedOptionTests {
    @Test func peopleNamedBeforeTheQuestionAreTheTheyOfTheWholeAnswer() {
        let found = ClientWordingTests.extract([
            ("Kim", "And for the station staff, what do they need?"),
            ("Ola", "They need to see every rental of the day. And they should get an email when a bike is late."),
        ]).map(\.statement)
        #expect(found.contains("The station staff shall see every rental of the day."), "\(found)")
        #expect(found.contains("The station staff should get an email when a bike is late."), "\(found)")
        #expect(PointerResolution.frontedPeople("And for the bikes, what do they need?") == nil)
        #expect(PointerResolution.frontedPeople("For the station staff, what do they need?") == "the station staff")
        // A noun that ends as names of people do is one too.
        #expect(PointerResolution.frontedPeople("And for the tutors, what do they need?") == "the tutors")
    }

    @Test func theTurnsPlaceInTheInterviewIsNoPartOfTheTopic() {
        #expect(ConfirmedProposal.topic(of: "Okay. Last thing, the rental languages?") == "the rental languages")
        #expect(ConfirmedProposal.topic(of: "One more thing, payments?") == "payments")
        #expect(ConfirmedProposal.topic(of: "Last thing?") == nil)
    }
}
