import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Needs said as what must be possible, as what people are looking for, and as a choice between
/// two ways of doing one thing. Every line is written for the test (a fictional bike-rental app).
@Suite struct PossibleAndSoughtTests {
    @Test func whatShouldBePossibleIsTheNeed() throws {
        let said = try #require(
            ExtractionFixtures.extract("It should be possible to cancel a rental up to an hour before."))
        #expect(said.statement == "It should be possible to cancel a rental up to an hour before.")
        #expect(said.priority == .should)
    }

    @Test func whomItIsPossibleForIsTheActor() throws {
        let said = try #require(
            ExtractionFixtures.extract("It must be possible for station staff to see every rental."))
        #expect(said.statement == "Station staff shall be able to see every rental.")
        #expect(said.priority == .must)
    }

    @Test(arguments: [
        "That should be possible.", "It should be possible, yes.", "Is it possible to pay by card?",
        "That should be possible to do.",
    ])
    func aVerdictOnWhetherSomethingIsPossibleStatesNothing(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    @Test func whatPeopleAreLookingForIsWhatTheyWant() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "What are you hoping to get out of this?"),
            ("Ola", "Basically we're looking for a simple booking system for the stations."),
        ])
        let sought = try #require(found.first { $0.statement.contains("booking") })
        #expect(sought.statement == "We want a simple booking system for the stations.")
        #expect(sought.sourceRefs.map(\.turn) == [6])
    }

    @Test(arguments: [
        "We're looking for people to test it.", "I'm looking for it.", "We're looking for ways to grow.",
        "Are we looking for a booking system?",
    ])
    func lookingForPeopleOrPointersIsNoNeed(sentence: String) {
        #expect(PseudoCleft.unfolded(sentence) == nil)
    }

    @Test func aChoiceBetweenTwoWaysAfterOnePrepositionNarrowsTheQuestion() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "Should the rental receipt go by email or text message?"),
            ("Ola", "Text message. Nobody reads their email."),
        ])
        let chosen = try #require(found.first { $0.statement.contains("receipt") })
        #expect(chosen.statement == "The rental receipt should go by text message.")
        #expect(chosen.sourceRefs.map(\.turn) == [6, 5])
    }

    @Test func aReplyThatChoosesNeitherNarrowsNothing() {
        #expect(
            ChoiceAnswer.chosenQuestion("Should the rental receipt go by email or text message?", reply: "Neither.")
                == nil)
        #expect(
            ChoiceAnswer.chosenQuestion(
                "Should the rental receipt go by email or text message?", reply: "Email.")?.question
                == "Should the rental receipt go by email?")
    }

    @Test func aVerbEndingAsANameOfPeopleDoesNotJoinTheSubject() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "Should customers enter the bike number themselves?"),
            ("Ola", "No, the station staff enter it."),
        ])
        let refused = try #require(found.first { $0.statement.contains("bike number") })
        #expect(refused.statement == "Customers will not enter the bike number themselves.")
        #expect(StatementBuilder.isPersonNoun("station") == false)
        #expect(StatementBuilder.isPersonNoun("enter") == false)
        #expect(StatementBuilder.isPersonNoun("dispatcher"))
    }
}

extension PossibleAndSoughtTests {
    @Test(arguments: [
        ("Parents don't need an account to search.", "Parents will not need an account to search."),
        ("Customers don't need a receipt.", "Customers will not need a receipt."),
        ("Each courier needs their own badge.", "Each courier shall have their own badge."),
    ])
    func whatPeopleDoNotNeedTheyNeedNotHave(sentence: String, statement: String) throws {
        // "Will not have an account" would forbid one; the speaker only said it is not needed.
        #expect(try #require(ExtractionFixtures.extract(sentence)).statement == statement)
    }
}
