import ReqEngModel
import Testing

@testable import ReqEngAgents

/// The money a product is held to, said without a need phrase. Every sentence is written for the
/// test (a fictional bike lock made and sold by the team, and a booking tool for a client).
@Suite struct PriceStatementTests {
    private static func team(_ sentence: String) -> String? {
        PriceStatement.words(SpeechCleaner().clean(sentence).text, original: sentence, amongTeam: true)
    }

    @Test(arguments: [
        ("We can sell the lock at thirty nine euros.", "We can sell the lock at thirty nine euros."),
        ("As agreed, eight point five dollars per unit.", "Eight point five dollars per unit."),
        (
            "We want a margin, so we're building it at seven and a half pounds apiece.",
            "We're building it at seven and a half pounds apiece."
        ),
        ("Each lock is sold for €45.", "Each lock is sold for €45."),
        ("Um the production cost is ten euros at most.", "The production cost is ten euros at most."),
        // Once the currency is named, a selling price is often a bare number.
        ("And we hope to sell them for thirty nine.", "We hope to sell them for thirty nine."),
        ("And we sell it for forty-five.", "We sell it for forty-five."),
        // A comment after the price, even one with an "if", is not part of it.
        (
            "We can sell it at forty euros, which may seem high but if it looks good people pay it.",
            "We can sell it at forty euros."
        ),
    ])
    func aPriceOrCostOfTheProductIsKept(said: String, kept: String) {
        #expect(Self.team(said) == kept)
    }

    @Test(arguments: [
        "Can we sell the lock at thirty nine euros?",
        "If we make ten euros on each lock, we need a lot of buyers.",
        "Their locks cost forty euros in the shop.",
        "The aim is to sell the locks for fifty million euros in total.",
        "Last year we paid twelve euros for each lock.",
        "Currently the lock costs twenty euros.",
        "We sell many locks to students.",
        "The lock weighs twelve hundred grams.",
        // A bare number is a price only as the last word after "sell … for".
        "We could sell it for twenty years.",
        "We sell them at 9 in the morning.",
        // What a feature adds to the price is no price.
        "It's about two euros more per unit.",
    ])
    func questionsConditionsOtherPricesAndTurnoverAreNot(sentence: String) {
        #expect(Self.team(sentence) == nil)
    }

    /// A concession ("even if …, even then") leaves the price it grants as said.
    @Test func aPriceGrantedDespiteAConcessionIsKept() {
        #expect(
            Self.team("So even if shops sell locks for less, even then we can sell it at forty euros.")
                == "We can sell it at forty euros.")
        #expect(Self.team("If shops sell locks for less then we can sell it at forty euros.") == nil)
    }

    /// A negation in another clause of the sentence is no part of the price: the price is quoted
    /// from its own clause, so its statement and its quote agree.
    @Test func aPriceAfterANegatedRemarkIsQuotedFromItsOwnClause() {
        let sentence = "That's not a lot, and we hope to sell them for thirty nine euros."
        let said = PriceStatement.said(SpeechCleaner().clean(sentence).text, original: sentence, amongTeam: true)
        #expect(said?.text == "We hope to sell them for thirty nine euros.")
        #expect(said?.quote == "We hope to sell them for thirty nine euros.")
        let found = Self.meeting([
            ("Designer", "The lock opens with a fingerprint."), ("Manager", sentence), ("Designer", "Okay."),
        ])
        let price = found.first { $0.type == .constraint }
        #expect(price?.sourceRefs.first?.quote == "We hope to sell them for thirty nine euros.")
        // Said in the clause of the price, the negation stays with it, quoted with the sentence.
        let negated = "That's a lot, and we can't sell them for thirty nine euros."
        let kept = PriceStatement.said(SpeechCleaner().clean(negated).text, original: negated, amongTeam: true)
        #expect(kept?.text == "We can't sell them for thirty nine euros.")
        #expect(kept != nil && kept?.quote == nil)
    }

    /// "The board said at most fifty euros a month": the limit, not who reported it; a reporter
    /// before anything but a limit, or the speaker's own "I said", stays.
    @Test func whoReportedALimitIsNoPartOfIt() {
        let said = { (text: String) in ExtractionAgent.droppingReporter(text.split(separator: " ").map(String.init)) }
        #expect(said("The board said at most 50 euros a month.").joined(separator: " ") == "at most 50 euros a month.")
        #expect(said("Management says under 12 euros per unit.").first == "under")
        #expect(said("The board said we could ask again.").first == "The")
        #expect(said("I said at most 50 euros a month.").first == "I")
    }

    @Test func awayFromATeamOnlyABudgetIsAConstraint() {
        let budget = "Our budget is two thousand euros a year."
        let domainPrice = "A lesson is sold for fifty euros."
        #expect(PriceStatement.words(budget, original: budget, amongTeam: false) != nil)
        #expect(PriceStatement.words(domainPrice, original: domainPrice, amongTeam: false) == nil)
    }

    /// An amount said in answer to the interviewer's question about the budget is the budget,
    /// however it is framed; the same words answering another question are a price of the domain.
    @Test func anAmountAnsweringABudgetQuestionIsTheBudget() {
        let said = "The board said I can have three hundred pounds a year for the whole thing."
        #expect(PriceStatement.words(said, original: said, amongTeam: false, budgetAsked: true) != nil)
        #expect(PriceStatement.words(said, original: said, amongTeam: false) == nil)
        let asked = ExtractionFixtures.kioskInterview([
            ("Kim", "And is there a budget for running the kiosk? The hosting costs a little."),
            ("Ola", "The board said I can have three hundred pounds a year for the whole thing."),
        ])
        #expect(asked.map(\.type) == [.constraint])
        #expect(asked.first?.sourceRefs.first?.turn == 2)
        let other = ExtractionFixtures.kioskInterview([
            ("Kim", "What do members pay for a lost card today?"),
            ("Ola", "The board said I can have three hundred pounds a year for the whole thing."),
        ])
        #expect(other.isEmpty)
    }

    @Test func aLimitIsAMust() {
        #expect(PriceStatement.isLimit("The production cost is ten euros at most."))
        #expect(PriceStatement.isLimit("No more than eight euros per unit."))
        #expect(!PriceStatement.isLimit("We can sell the lock at thirty nine euros."))
    }

    /// The requirements of a team meeting about the lock, its lines numbered from 1.
    private static func meeting(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionFixtures.teamMeeting(lines)
    }

    @Test func whoSaidTheLimitIsNoPartOfIt() {
        let found = Self.meeting([
            ("Designer", "Does the lock open with a fingerprint?"),
            ("Designer", "In the first meeting you said that we shouldn't go over nine euros per unit."),
        ])
        #expect(found.map(\.statement) == ["We shouldn't go over 9 euros per unit."])
    }

    @Test func aTeamsPriceBecomesARequirementCitingItsTurn() {
        let found = Self.meeting([
            ("Designer", "The lock opens with a fingerprint."),
            ("Manager", "Right. As agreed, eight point five dollars per unit."), ("Designer", "Okay."),
        ])
        let price = found.first { $0.statement == "8.5 dollars per unit." }
        #expect(price?.sourceRefs.map(\.turn) == [2])
        #expect(price?.priority == .should)
        #expect(price?.type == .constraint)
    }
}

extension PriceStatementTests {
    @Test(arguments: [
        ("The selling price is forty-nine euros.", "The selling price is forty-nine euros."),
        ("The lock is forty-nine euros in the shops.", "The lock is forty-nine euros in the shops."),
    ])
    func aNumberWithAHyphenAndAShopPriceAreRead(sentence: String, price: String) {
        #expect(Self.team(sentence) == price)
    }

    @Test func aHyphenatedNumberIsOne() {
        #expect(TextTokens.isNumber("forty-nine"))
        #expect(!TextTokens.isNumber("forty-ish"))
        #expect(SpokenNumbers.digits(in: "It costs forty-nine euros.") == "It costs 49 euros.")
        #expect(SpokenNumbers.digits(in: "A well-known brand.") == "A well-known brand.")
    }
}
