import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How spoken needs are rewritten into statements: reported speech, first person, rationale, grammar.
@Suite struct StatementRewriteTests {
    private func statement(_ sentence: String, role: String? = nil) -> String? {
        ExtractionFixtures.extract(sentence, role: role)?.statement
    }

    /// "Can never" forbids as "can't" does; "honestly" opens a refusal as "so" does.
    @Test func canNeverForbidsAndHonestlyOpensARefusal() {
        #expect(
            ExtractionFixtures.extract("Whether they buy online or at the desk, a seat can never be sold twice.")?
                .statement == "A seat shall not be sold twice.")
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about the accounts on the website."),
            ("Ola", "Honestly, no accounts. Members forget passwords at the kiosk."),
        ])
        #expect(found.contains { $0.statement == "No accounts." && $0.priority == .wont })
    }

    /// "So that stays: a member keeps the same locker.": the rule after a short frame and its colon.
    @Test func theRuleAfterAColonFrameIsTheNeed() {
        #expect(
            ReportedClause.afterRuleFrame("So that stays: a member keeps the same locker all year.")
                == "A member keeps the same locker all year.")
        #expect(
            ReportedClause.afterRuleFrame("The rule is: nobody borrows more than ten books.")
                == "Nobody borrows more than ten books.")
        // A frame of the speaker's, a question after the colon, and no ranking word.
        #expect(ReportedClause.afterRuleFrame("I must say: the old kiosk was slow.") == nil)
        #expect(ReportedClause.afterRuleFrame("That stays: do members keep the locker?") == nil)
        #expect(ReportedClause.afterRuleFrame("Two things: the screen and the printer.") == nil)
    }

    /// "Let's say a cargo bike counts as two.": a settling "let's say" before a clause about a
    /// thing states a decision; one that imagines a case or names a value does not.
    @Test func aSettlingLetsSayStatesTheDecision() {
        #expect(ReportedClause.afterLetsSay("Let's say a cargo bike counts as two.") == "A cargo bike counts as two.")
        #expect(
            ReportedClause.afterLetsSay("Okay, let's say for this version the reminders go to the parents.")
                == "For this version the reminders go to the parents.")
        #expect(ReportedClause.afterLetsSay("Let's say you press play on the player.") == nil)
        #expect(ReportedClause.afterLetsSay("Let's say a customer forgets the code at the door.") == nil)
        #expect(ReportedClause.afterLetsSay("Let's say that something like that works.") == nil)
        #expect(ReportedClause.afterLetsSay("Let's say 7 days, after which the money goes back.") == nil)
        #expect(ReportedClause.afterLetsSay("Let's say mid-April, so we have two weeks to practise.") == nil)
        #expect(ReportedClause.afterLetsSay("Let's say the shop closes early, what then?") == nil)
    }

    /// "If I could …, that would be nice to have.": the wish is the whole sentence, ranked by
    /// its verdict.
    @Test func aWishSaidAsAConditionAndAVerdict() {
        let nice = ReportedClause.conditionalWish(
            "If I could send the accountant one file a month, that would be nice to have.")
        #expect(nice?.words == "If I could send the accountant one file a month, that would be nice to have.")
        #expect(nice?.priority == .could)
        #expect(ReportedClause.conditionalWish("If the lamp dimmed at night, it would be useful.")?.priority == .should)
        // A consequence, a verdict that goes on, and a question.
        #expect(ReportedClause.conditionalWish("If it rains, the tags would be wet.") == nil)
        #expect(ReportedClause.conditionalWish("If it dims, that would be nice for the kids too.") == nil)
        #expect(ReportedClause.conditionalWish("If it dims, would that be nice?") == nil)
    }

    /// "It has to be up": running, available; "…, people report things early" is the reason.
    @Test func upIsAStateAndPeoplesClauseIsTheReason() {
        #expect(
            ExtractionFixtures.extract("During the day it has to be up, people book rooms before work.")?.statement
                == "The system shall be up during the day.")
        #expect(
            StatementPolisher.trimmingRationale("be intuitive, people get an hour of training")
                == "be intuitive")
        // A subject of its own, opened by a quantifier or a possessive, and its verb.
        #expect(
            StatementPolisher.trimmingRationale("work on a phone, most people book from the train")
                == "work on a phone")
        #expect(StatementPolisher.trimmingRationale("be quick, my hands are cold") == "be quick")
        #expect(
            StatementPolisher.trimmingRationale("show the loans, some of them overdue")
                == "show the loans, some of them overdue")
        // People named in a list or with what they are is no clause of their own.
        #expect(
            StatementPolisher.trimmingRationale("show the name to staff, people with a badge and guests")
                == "show the name to staff, people with a badge and guests")
    }

    /// A reason said after the need ("…, otherwise it's not a lock") may hold a negation of its
    /// own: dropping it keeps the need's polarity, so the need is rewritten, not kept whole.
    @Test func aNegationInTheReasonIsNotTheNeeds() {
        #expect(
            ExtractionFixtures.extract("The kiosk should be fast, otherwise it's not a kiosk, people leave.")?.statement
                == "The kiosk should be fast.")
        #expect(StatementPolisher.beforeReason("Be fast because nobody waits.") == "Be fast")
        #expect(StatementPolisher.beforeReason("Not slow, or else.") == "Not slow, or else.")
        // A negation of the need itself still keeps the whole sentence for the reviewer.
        #expect(
            ExtractionFixtures.extract("The kiosk should print receipts, not email them.")?.statement
                != "The kiosk should print receipts.")
    }

    /// A leading condition said without its comma ends before the main clause's "it".
    @Test func aConditionWithoutItsCommaIsStillACondition() {
        #expect(
            ExtractionFixtures.extract("So when it senses a fall it should buzz first.")?.statement
                == "The system should buzz first when it senses a fall.")
        #expect(
            StatementBuilder.commaAfterLeadingCondition("When it overheats it must stop the motor.")
                == "When it overheats, it must stop the motor.")
        // People, the noun a leading condition names, a comma already said and no condition at all.
        #expect(StatementBuilder.commaAfterLeadingCondition("If they cancel late they have to call us.") == nil)
        #expect(
            StatementBuilder.commaAfterLeadingCondition("Once a payment has settled it must not be reversible.")
                == nil)
        #expect(StatementBuilder.commaAfterLeadingCondition("When the lid is open, it must stop the motor.") == nil)
        #expect(StatementBuilder.commaAfterLeadingCondition("It must stop the motor when it is open.") == nil)
    }

    @Test func aTurnBrokenOffAfterAPrepositionLosesIt() {
        #expect(statement("I'd like large print receipts with") == "The system should provide large print receipts.")
        #expect(statement("I'd like large print receipts in the") == "The system should provide large print receipts.")
        // A full stop ends a finished sentence: its last preposition stays ("the languages we print in").
        #expect(statement("The kiosk must print in the languages members read in.")?.hasSuffix("read in.") == true)
    }

    @Test func makeSureReadsThroughToWhatTheThingIsToBe() {
        #expect(
            statement("So make sure the kiosk screen is readable in sunlight.")
                == "The kiosk screen shall be readable in sunlight.")
        #expect(
            statement("Make sure that the receipts are printed in large type.")
                == "The receipts shall be printed in large type.")
        // The clause before "so" is the speaker's reasoning, not the requirement's subject.
        #expect(
            statement("You can always add a printer later, so make sure it's expandable.")
                == "The system shall be expandable.")
        // No copula: nothing the thing is to be, so nothing to state.
        #expect(statement("Make sure you press it twice.") == nil)
    }

    @Test func aRecapReadsTheReportedClause() {
        #expect(
            statement("Ola presented a plan of the hall on the board that the kiosk should print receipts.")
                == "The kiosk should print receipts.")
        #expect(
            statement("The survey found that members want to renew books at the kiosk.")
                == "Members should renew books at the kiosk.")
        #expect(
            statement("The second finding was that the kiosk should be quiet.") == "The kiosk should be quiet.")
        // A relative "that" after a noun is no report: the kiosk is what they need.
        #expect(ReportedClause.after("It is the kiosk that we need to replace first.") == nil)
        // The clause subject must be short, and the report must come before it.
        #expect(ReportedClause.after("The plan that the board of the library and the members need is here.") == nil)
    }

    /// A clause reported after a comma keeps its words, without the "that" that joined it.
    @Test func aReportedClauseAfterACommaLosesItsThat() {
        #expect(
            ExtractionAgent.droppingFrame(
                "that they don't want a bell on the kiosk".split(separator: " ").map(String.init))
                == ["they", "don't", "want", "a", "bell", "on", "the", "kiosk"])
        // A fronted object keeps its "that": without it the verb would lose its object.
        #expect(
            ExtractionAgent.droppingFrame(["that", "we", "need", "to", "fix"]) == ["that", "we", "need", "to", "fix"])
        #expect(
            statement("I have a note from the library, that they don't want a bell on the kiosk.")
                == "They don't want a bell on the kiosk.")
    }

    @Test func aNoAnsweringSomeoneDoesNotOpenTheStatement() {
        #expect(SpeechCleaner().clean("No no, we have to print receipts.").text == "We have to print receipts.")
        #expect(SpeechCleaner().clean("No receipts on paper.").text == "No receipts on paper.")
    }

    @Test func anEmphaticDoIsNoVerbOfItsOwn() {
        #expect(SpeechCleaner().clean("Members do prefer paper receipts.").text == "Members prefer paper receipts.")
        #expect(SpeechCleaner().clean("Do members need paper receipts?").text == "Do members need paper receipts?")
        #expect(SpeechCleaner().clean("We do not need paper receipts.").text == "We do not need paper receipts.")
    }

    @Test func whatPeopleLikeTodayIsATrendNotANeed() {
        #expect(statement("People prefer bright kiosks these days.") == nil)
        #expect(statement("Consumers want colourful things these days.") == nil)
        #expect(statement("Members want to renew books at the kiosk.") != nil)
    }

    @Test func theComplementiserOfARemovedHedgeIsDropped() {
        #expect(statement("I think that the kiosk should print receipts.") == "The kiosk should print receipts.")
        #expect(SpeechCleaner().clean("I think that it should print receipts.").text == "It should print receipts.")
        // "That we need" fronts an object: the pointer stays.
        #expect(SpeechCleaner().clean("That we need to keep.").text == "That we need to keep.")
    }

    @Test func aDenialBrokenOffAfterAnArticleIsNoStatement() {
        #expect(statement("We want to have a no, I don't know if that works.") == nil)
        #expect(statement("We want to have a kiosk, I don't know where yet.") != nil)
    }

    @Test func aReplacedSubjectAndATrailingAssentAreNoPartOfTheStatement() {
        let cleaned = SpeechCleaner().clean("So you we have to print the receipts in large type yeah.").text
        #expect(cleaned == "We have to print the receipts in large type.")
        #expect(SpeechCleaner().clean("It has to print receipts too, right?").text == "It has to print receipts too.")
        #expect(SpeechCleaner().clean("It has to print on the right").text == "It has to print on the right")
        #expect(
            SpeechCleaner().clean("We we're supposed to print receipts.").text == "We're supposed to print receipts.")
        #expect(SpeechCleaner().clean("It it's supposed to print receipts.").text == "It's supposed to print receipts.")
        // "you and we" is one subject, not a replaced one.
        #expect(SpeechCleaner().clean("You and we print the receipts, okay.").text == "You and we print the receipts.")
    }

    @Test func reportedSpeechKeepsTheEmbeddedNeed() {
        #expect(
            statement("Priya said the invoices need to reach the ledger by noon.")
                == "The invoices shall reach the ledger by noon.")
        #expect(statement("Legal says card numbers can't be stored.") == "Card numbers shall not be stored.")
        #expect(
            statement("Tom said he'd want to stay signed in all day.")
                == "Users should be able to stay signed in all day.")
    }

    @Test func firstPersonBecomesTheActorsOrTheUsers() {
        #expect(
            statement("I need to be able to block time in my diary.", role: "Dentist")
                == "The dentist shall be able to block time in their diary.")
        #expect(
            statement("We can't have the system logging us out every few minutes.")
                == "The system shall not log users out every few minutes.")
        #expect(
            statement("We can't have customers thinking an order is lost.")
                == "The system shall not let customers think an order is lost.")
    }

    @Test func rationaleAndAsidesAreDropped() {
        #expect(
            statement("The depot app has to sync every 10 minutes, otherwise we double-book vans.")
                == "The depot app shall sync every 10 minutes.")
        // An aside that carries a negation stays: the statement may not lose the negation its quote has.
        #expect(
            statement("Teachers must be able to update the register remotely, I can't walk to every room.")
                == "Teachers must be able to update the register remotely, I can't walk to every room.")
        #expect(
            StatementPolisher.trimmingRationale("the kiosk should print receipts, which would be great for members")
                == "the kiosk should print receipts")
        // A relative clause that says more about the thing stays.
        #expect(
            StatementPolisher.trimmingRationale("a lock with an alarm, which is loud enough to hear outside")
                == "a lock with an alarm, which is loud enough to hear outside")
        // After a condition, the clause that follows its comma is its main clause, not an aside.
        #expect(
            StatementPolisher.trimmingRationale(
                "block eight seats per show, and if I haven't sold them two days before, they go back on sale")
                == "block eight seats per show, and if I haven't sold them two days before, they go back on sale")
        // "…, but it's doable": a verdict on the need; "but" with more to say stays.
        #expect(
            StatementPolisher.trimmingRationale("the power supply needs a minimum load, but it's doable")
                == "the power supply needs a minimum load")
        #expect(
            StatementPolisher.trimmingRationale("the lock opens by phone, but it's also got a key")
                == "the lock opens by phone, but it's also got a key")
        // "…, but that's less important": the need's priority, which the statement does not carry.
        #expect(
            StatementPolisher.trimmingRationale("the lock opens by phone, but that's nice to have")
                == "the lock opens by phone")
        #expect(
            StatementPolisher.trimmingRationale("the lock opens by phone, but that's what the old one did")
                == "the lock opens by phone, but that's what the old one did")
    }

    /// "Speed and reliability are important": a quality ranked after it keeps both names of its
    /// subject; an "and" that joins two clauses still ends the first.
    @Test func twoNamesRankedTogetherStayTogether() {
        #expect(
            ExtractionFixtures.extract("Speed and reliability are important.")?.statement
                == "Speed and reliability are important.")
        #expect(
            ExtractionFixtures.extract("Um, light and waterproof is key.")?.statement == "Light and waterproof is key.")
        #expect(
            ExtractionFixtures.extract("We talked and the price is important.")?.statement == "The price is important.")
        #expect(StatementBuilder.lastClauseBoundary(["speed", "and", "reliability"], keepingPairs: true) == 0)
        #expect(StatementBuilder.lastClauseBoundary(["speed", "and", "reliability"]) == 2)
    }

    @Test func thingsRequireWhatTheyNeedAndPeopleHaveIt() {
        #expect(
            statement("Any refund over 100 euros needs a manager's approval.")
                == "Any refund over 100 euros shall require a manager's approval.")
        #expect(statement("Each courier needs their own badge.") == "Each courier shall have their own badge.")
    }

    @Test func aWishForAThingKeepsAVerb() {
        #expect(statement("We'd like English and Polish too.") == "The system should provide English and Polish.")
        #expect(statement("We'd like to print the receipt.")?.contains("provide to") == false)
    }

    @Test func opinionFramesAndLeadingConditionsAreReadThrough() {
        #expect(
            statement("I'd say a room should be bookable up to 1 day before.")
                == "A room should be bookable up to 1 day before.")
        #expect(
            statement("Once an order has shipped it must not be editable by the buyer.")
                == "The order shall not be editable by the buyer once it has shipped.")
        #expect(
            statement("It would be nice if the app warned us about low stock.")
                == "The app may warn users about low stock.")
    }

    /// First person is the speaker's side, never an actor to invent: a wish without an ability
    /// keeps the speaker's words (and its negation), and says so in the rationale.
    @Test func firstPersonWishesKeepTheSpeakersWords() throws {
        let wish = try #require(ExtractionFixtures.extract("I don't want to run a second database."))
        #expect(wish.statement == "I don't want to run a second database.")
        #expect(wish.isInSpeakersWords)
        #expect(wish.actor == nil)
        let ability = try #require(
            ExtractionFixtures.extract("We need to be able to export the bookings.", role: "Receptionist"))
        #expect(ability.statement == "The receptionist shall be able to export the bookings.")
        #expect(!ability.isInSpeakersWords)
        // "we need the app to ..." is about the app, whoever asks.
        #expect(statement("We need the app to archive closed cases.") == "The app shall archive closed cases.")
    }

    /// A rewrite never gains or loses a negation, not even one in an aside it would drop.
    @Test func rewritesKeepThePolarityOfWhatWasSaid() {
        #expect(
            statement("Teachers must be able to update the register remotely, I can't walk to every room.")
                == "Teachers must be able to update the register remotely, I can't walk to every room.")
        #expect(
            statement("We don't really want the price to be too high.")
                == "We don't really want the price to be too high.")
        #expect(statement("Online payments are out of scope for this release.")?.contains("not") == true)
    }

    /// A modal is set between subject and verb only where English allows one; elsewhere the
    /// speaker's words stay.
    @Test func aModalGoesOnlyWhereItReads() {
        #expect(ExtractionAgent.modalFits(subject: "The app", action: "archive closed cases"))
        #expect(ExtractionAgent.modalFits(subject: "Users", action: "not see the price"))
        #expect(!ExtractionAgent.modalFits(subject: "It wouldn't", action: "be curved"))
        #expect(!ExtractionAgent.modalFits(subject: "There's no", action: "have a bell"))
        #expect(!ExtractionAgent.modalFits(subject: "The parts that", action: "go into the lock"))
        #expect(ExtractionAgent.modalFits(subject: "A lock like that", action: "be done in a day"))
        #expect(!ExtractionAgent.modalFits(subject: "The system", action: "something into which it fits"))
        #expect(!ExtractionAgent.modalFits(subject: "Users", action: "not it to be heavy"))
        #expect(statement("The lock wouldn't have to be round.") == "The lock wouldn't have to be round.")
    }

    @Test func thePronounIKeepsItsCapitalMidSentence() {
        #expect(TextCleanup.lowercasedFirst("I'd want a receipt") == "I'd want a receipt")
        #expect(TextCleanup.lowercasedFirst("I, for one, want a receipt") == "I, for one, want a receipt")
        #expect(TextCleanup.lowercasedFirst("Ideally a receipt") == "ideally a receipt")
        #expect(TextCleanup.lowercasedFirst("PDF receipts") == "PDF receipts")
    }

    @Test func aSpokenTailIsNoPartOfTheStatement() {
        #expect(
            StatementBuilder.droppingTrailingNoise("show the opening hours on the kiosk, then")
                == "show the opening hours on the kiosk")
        #expect(
            StatementBuilder.droppingTrailingNoise("print a receipt for each loan though")
                == "print a receipt for each loan")
        #expect(
            StatementBuilder.droppingTrailingNoise("renew a loan at the kiosk really, I think")
                == "renew a loan at the kiosk")
        #expect(
            StatementBuilder.droppingTrailingNoise("We don't need many buttons if the screen shows it so")
                == "We don't need many buttons if the screen shows it")
        // "or so" and "say so" end on "so" for a reason.
        #expect(
            StatementBuilder.droppingTrailingNoise("a loan should take ten seconds or so")
                == "a loan should take ten seconds or so")
        #expect(
            StatementBuilder.droppingTrailingNoise("the kiosk prints a receipt if members say so")
                == "the kiosk prints a receipt if members say so")
        // A word that only ends like a tail, and a statement that would be left too short, stay.
        #expect(StatementBuilder.droppingTrailingNoise("show the kiosk's menu") == "show the kiosk's menu")
        #expect(StatementBuilder.droppingTrailingNoise("be fast really") == "be fast really")
    }

    @Test func aWishSaidInTheNegativeIsAWont() throws {
        let refused = try #require(ExtractionFixtures.extract("We don't really want ads on the kiosk screen."))
        #expect(refused.priority == .wont)
        #expect(refused.statement == "We don't really want advertisements on the kiosk screen.")
        // The wish itself, and a negation that is not the wish's, keep their priority.
        #expect(ExtractionFixtures.extract("We want the kiosk screen to show no ads.")?.priority == .should)
        // A priority the speaker says wins over the negation.
        #expect(ExtractionFixtures.extract("We don't want ads on the kiosk, that's essential.")?.priority != .wont)
    }

    @Test func noNeedIsAWont() throws {
        let found = try #require(ExtractionFixtures.extract("There's no need to have a bell on the bike."))
        #expect(found.priority == .wont)
        #expect(found.statement == "There's no need to have a bell on the bike.")
        #expect(ExtractionFixtures.extract("There's a need to have a bell on the bike.")?.priority != .wont)
    }

    @Test(arguments: [
        ("logging", "log"), ("thinking", "think"), ("warned", "warn"), ("stored", "store"), ("copied", "copy"),
        ("sent", "send"), ("adding", "add"), ("send", "send"),
    ])
    func baseFormsOfVerbs(_ word: String, _ base: String) {
        #expect(StatementPolisher.baseForm(word) == base)
    }
}

extension StatementRewriteTests {
    @Test func whatIsWishedOfAThingIsSaidOfTheThing() {
        #expect(
            ExtractionFixtures.extract("I'd like the fines to go up when a book is late.")?.statement
                == "The fines should go up when a book is late.")
        // Whoever "we" are, what they want of the thing is said of it.
        #expect(
            ExtractionFixtures.extract("We want the lamp to dim at night.")?.statement
                == "The lamp should dim at night.")
        #expect(
            ExtractionFixtures.extract("We need the case to survive a fall.")?.statement
                == "The case shall survive a fall.")
        // Not wanted stays as said: the rewrite would lose what was ruled out.
        #expect(
            ExtractionFixtures.extract("We don't want the lamp to blink.")?.statement.lowercased()
                .contains("don't want") == true)
        #expect(StatementBuilder.wishedOfAThing("the kiosk to print receipts") != nil)
        // A number, or a list, after "to" is no verb; nor is a thing without a determiner.
        #expect(StatementBuilder.wishedOfAThing("the loan period to 21 days") == nil)
        #expect(StatementBuilder.wishedOfAThing("receipts to print") == nil)
    }

    @Test func aThatAfterItsVerbIsTheObjectNotABrokenClause() {
        #expect(
            SpeechCleaner().clean("So the new kiosk has to survive that.").text == "The new kiosk has to survive that.")
        #expect(ExtractionFixtures.extract("So the new kiosk has to survive that.") == nil)
        // After a preposition too, even with a comma before: no "filter for" left standing.
        let filter = "One room has a ramp, people should be able to filter for that."
        #expect(SpeechCleaner().clean(filter).text.hasSuffix("filter for that."))
        #expect(ExtractionFixtures.extract(filter)?.statement.hasSuffix("for.") != true)
        // A clause broken off after a comma is still cut.
        #expect(
            SpeechCleaner().clean("We need a solar panel for the kiosk, which is easy to").text
                == "We need a solar panel for the kiosk")
    }
}

extension StatementRewriteTests {
    @Test func aNegationDroppedWithATrailingClauseKeepsTheWholeSentence() {
        let said = "The kiosk should print receipts, I'm not sure about email."
        let found = ExtractionFixtures.extract(said)
        #expect(found?.statement == "The kiosk should print receipts, I'm not sure about email.")
        #expect(found.map { NegationPolarity.differs(statement: $0.statement, quotes: [said]) } == false)
        // Without a negation to lose, the trailing clause still goes.
        #expect(
            ExtractionFixtures.extract("The kiosk should print receipts, because members like paper.")?.statement
                == "The kiosk should print receipts.")
    }

    @Test func aTranscribersNoteBeforeAnAnsweringNoNegatesNothing() {
        #expect(!NegationPolarity.isNegated("(laughs) No, it's got to be a web page."))
        #expect(NegationPolarity.isNegated("(laughs) No app, please."))
    }
}

extension StatementRewriteTests {
    @Test func aGroupWithAQuantifierKeepsTheSpeakersWords() {
        #expect(
            ExtractionFixtures.extract("They all want numbers from the kiosk every month.")?.statement
                == "They all want numbers from the kiosk every month.")
    }
}
