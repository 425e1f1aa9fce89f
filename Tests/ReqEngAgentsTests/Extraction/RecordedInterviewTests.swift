import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How questions and answers go in a recorded interview, where the interviewer thinks aloud: a
/// question continued by a phrase ("… a picture? Like, of the cake?"), a topic named before the
/// question ("And opening hours, should …?"), a rule asked of whoever is meant ("Should staff be
/// able to …?"), an either-or answered by saying part of it back, a wish said without its doing
/// ("I'd want to, yeah.") and a doing the client keeps ("I'd rather do that by hand."). Every line
/// is written for the test (a fictional bakery taking cake orders).
@Suite struct RecordedInterviewTests {
    static func extract(_ lines: [(String, String)]) -> [Requirement] {
        InterviewAnswerTests.extract(opening + lines)
    }

    private static func statements(_ lines: [(String, String)]) -> [String] {
        extract(lines).map(\.statement)
    }

    /// A few turns that make "order", "cake" and "shop" the conversation's words.
    private static let opening: [(String, String)] = [
        ("Kim", "Thanks for making time. How do cake orders work in the shop today?"),
        ("Ola", "People call the shop and we write every order in a paper book. We lose orders."),
        ("Kim", "And what should the new ordering system do?"),
        ("Ola", "Customers should be able to order cakes online, and the shop sees every order."),
    ]

    @Test func aPhraseAfterTheQuestionContinuesIt() {
        let found = Self.statements([
            ("Kim", "Should customers be able to upload a picture? Like, of the cake they want?"),
            ("Ola", "Oh, that would be great. People show us pictures on their phones anyway."),
        ])
        #expect(found.contains("Customers should be able to upload a picture of the cake they want."))
        #expect(!found.contains { $0.hasPrefix("Of the") })
    }

    @Test func anExampleAfterTheQuestionIsNoContinuation() {
        let sentences = ["Would you want a report of the orders?", "Like a download?"]
        #expect(ConfirmedProposal.joiningContinuation(sentences) == sentences)
        // A second question with a verb of its own asks anew.
        let asked = ["Should the shop print the list?", "For the kitchen, do you need it?"]
        #expect(ConfirmedProposal.joiningContinuation(asked) == asked)
    }

    @Test func aTopicNamedBeforeTheQuestionIsSplitOff() {
        let found = Self.statements([
            ("Kim", "And opening hours, should the system know when you're closed?"),
            ("Ola", "Yes, on Mondays we're closed."),
        ])
        #expect(found.contains("The system should know when we're closed."))
    }

    @Test func aConditionBeforeTheQuestionIsNoTopic() {
        let sentence = "Whenever a cake is ready, should the shop send a text?"
        #expect(ConfirmedProposal.splittingTopic(sentence) == [sentence])
        // "one" would be left unnamed without its topic.
        let pointing = "Confirmation after ordering, do you want one?"
        #expect(ConfirmedProposal.splittingTopic(pointing) == [pointing])
        // One word before the comma is more often the name of whoever is asked.
        let named = "Lena, do you want to start?"
        #expect(ConfirmedProposal.splittingTopic(named) == [named])
    }

    @Test func aRuleAskedOfWhoeverIsMeantIsANeedQuestion() {
        let found = Self.statements([
            ("Kim", "Should staff be able to set the closing days?"),
            ("Ola", "Yes."),
        ])
        #expect(found.contains("Staff should be able to set the closing days."))
        #expect(ConfirmedProposal.asksForNeed("Should customers pay when they order?"))
        #expect(!ConfirmedProposal.asksForNeed("Should we take a short break?"))
        #expect(!ConfirmedProposal.asksForNeed("Should I send you the notes?"))
    }

    @Test func anEitherOrAnsweredWithItsFirstWordsSaidBack() {
        let found = Self.statements([
            ("Kim", "Should the ordering be part of the shop's website, or separate?"),
            ("Ola", "Part of it, I think. People know the address."),
        ])
        #expect(found.contains("The ordering should be part of the shop's website."))
        // Which words the first option starts at is a guess: the second, chosen, stays unsaid
        // rather than read as "part of the separate".
        #expect(
            ChoiceAnswer.chosenQuestion("Should the ordering be part of the website, or separate?", reply: "Separate.")
                == nil)
        #expect(
            ChoiceAnswer.chosenQuestion("Should the shop get a tablet or laptop?", reply: "Laptop.")?.question
                == "Should the shop get a laptop?")
    }

    @Test func aWishSaidWithoutItsDoingAgrees() {
        #expect(ConfirmedProposal.reading(of: "I'd want to, yeah.") == .confirms)
        #expect(ConfirmedProposal.reading(of: "We would like to.") == .confirms)
        #expect(ConfirmedProposal.reading(of: "I'd want to know more first.") == .neither)
    }

    @Test func aDoingTheClientKeepsIsRefused() throws {
        let found = Self.extract([
            ("Kim", "Should the system calculate the delivery cost?"),
            ("Ola", "Um, I'd rather do that by hand, honestly. Every wedding is different."),
        ])
        let refused = try #require(found.first { $0.statement.contains("delivery cost") })
        #expect(refused.statement == "The system will not calculate the delivery cost.")
        #expect(refused.priority == .wont)
    }

    @Test(arguments: [
        "We do it by hand today.", "Well, we do that by hand now.", "I'd rather talk about the orders first.",
        "Yes, but I'd rather check it by hand.",
    ])
    func describingTheManualWayRefusesNothing(reply: String) {
        #expect(ConfirmedProposal.reading(of: reply) != .rejects)
    }

    @Test func theyAfterAQuestionNamingPeopleAreThosePeople() {
        let found = Self.statements([
            ("Kim", "Do you want customers to get a confirmation?"),
            ("Ola", "They need an email when they order, yes."),
        ])
        #expect(found.contains("Customers shall receive an email when they order."))
        #expect(PointerResolution.onlyPeopleNamed(in: "Should staff or customers see the list?") == nil)
        #expect(PointerResolution.onlyPeopleNamed(in: "Do you want a customer to get one?") == nil)
    }

    @Test func peopleReceiveMessagesAndHaveOtherThings() {
        #expect(StatementBuilder.namesMessage("an email when they order"))
        #expect(StatementBuilder.namesMessage("a reminder the day before"))
        #expect(!StatementBuilder.namesMessage("a badge of their own"))
    }

    @Test func thatPointingBackIsNoProduct() throws {
        let found = Self.statements([
            ("Kim", "And cancelling a wedding cake?"),
            ("Ola", "We keep the deposit. That has to be clear to them when they order."),
        ])
        #expect(!found.contains { $0.hasPrefix("The system") })
    }

    @Test func theMainThingBeforeANeedRanksIt() {
        let found = Self.statements([
            ("Kim", "What would you like the new system to do?"),
            ("Ola", "I mean, the main thing is customers should be able to pay online. Cards mostly."),
        ])
        #expect(found.contains("Customers should be able to pay online."))
        #expect(!found.contains { $0.contains("main thing") })
    }

    @Test func aDoingTheClientWasAskedToWantIsOneTheyCanDo() {
        let found = Self.statements([
            ("Kim", "One list per day, okay. Would you want to print that list?"),
            ("Ola", "Yeah, yeah. The kitchen doesn't have a computer."),
        ])
        #expect(found.contains("The owner should be able to print that list."))
        #expect(ConfirmedProposal.wantedAbility("We don't want to print it") == "We don't want to print it")
    }

    @Test func aThingAddedAfterANeedIsNeededTheSameWay() throws {
        let found = Self.extract([
            ("Kim", "Do you want customers to get a confirmation?"),
            ("Ola", "They need an email when they order, yes. And maybe a reminder the day before pick-up."),
        ])
        let added = try #require(found.first { $0.statement.contains("reminder") })
        #expect(added.statement == "Customers may receive a reminder the day before pick-up.")
        #expect(added.priority == .could)
        let plain = Self.statements([
            ("Kim", "What should the order page show?"),
            ("Ola", "It should show the price. And the pick-up date, too. And then we bake."),
        ])
        #expect(plain.contains("The system should show the pick-up date."))
    }

    @Test(arguments: [
        ("And the shop?", "It should show the price."), ("And then we bake.", "It should show the price."),
        ("And a reminder would be nice.", "It should show the price."),
        ("And a reminder.", "We open at eight, so that is fine."),
        // A verb in "s" after the noun makes a clause of its own.
        ("The pick-up slot uses the shop hours.", "It should have a pick-up slot."),
    ])
    func aPhraseAddsNothingWithoutANeedOrWithAVerb(fragment: String, previous: String) {
        #expect(AddedItem.expanded(fragment, after: previous) == nil)
    }

    @Test func aPluralNounIsNoVerb() {
        #expect(
            AddedItem.expanded("And the dates of the orders.", after: "It should show the price.")?.sentence
                == "It should show the dates of the orders.")
    }

    @Test func aThingJudgedNiceIsACould() {
        #expect(AddedItem.judgedNice("That would be nice but it's not a must."))
        #expect(AddedItem.judgedNice("It'd be nice to have."))
        #expect(!AddedItem.judgedNice("The shop would be nice and quiet then."))
    }

    @Test func aNeedAskedOfPeopleIsANeedQuestion() {
        let found = Self.statements([("Kim", "Do customers need reminders?"), ("Ola", "Yes.")])
        #expect(found.contains("Customers shall receive reminders."))
        #expect(!ConfirmedProposal.asksForNeed("Do you know the shop?"))
    }

    @Test(arguments: ["Some of them, yes.", "For version one, yeah.", "Once a day, yes."])
    func aShortLimitThenAYesAgrees(reply: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: "Do customers need reminders?") == .confirms)
    }

    @Test(arguments: ["They should, yes.", "Looks like it, yeah.", "Maybe later, yes.", "I guess, yeah."])
    func aGuessThenAYesDoesNot(reply: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: "Do customers need reminders?") != .confirms)
    }

    @Test func aYesOnItsOwnThenAButAddsAPoint() {
        let found = Self.statements([
            ("Kim", "Do customers need reminders?"),
            ("Ola", "Some of them, yes. But they should be able to turn reminders off."),
        ])
        #expect(found.contains("Customers shall receive reminders."))
        #expect(found.contains("Customers should be able to turn reminders off."))
        #expect(ConfirmedProposal.reading(of: "Yes. But they should be able to turn reminders off.") == .confirms)
        #expect(ConfirmedProposal.reading(of: "Yes. But not now.") != .confirms)
        #expect(ConfirmedProposal.reading(of: "Yes, but I'm not sure.") != .confirms)
    }
}
