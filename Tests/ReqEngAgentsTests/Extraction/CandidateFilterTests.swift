import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Each rejection rule of ``CandidateFilter`` with sentences it must drop and look-alikes it must keep.
@Suite struct CandidateFilterTests {
    /// Sentences that read like needs but state nothing buildable, with the rule expected to drop them.
    @Test(arguments: [
        ("That has to stop.", "empty action"),
        ("We really need it.", "pronoun only"),
        ("And the portal should handle that.", "generic verb with pronoun"),
        ("It must not fall over then.", "generic intransitive verb"),
        ("The dashboard should be fine.", "no content"),
        ("I want to be able to show that, behind a PIN.", "verb with pronoun object"),
        ("Users should be able to do it, honestly.", "adverb for object"),
    ])
    func dropsContentlessActions(_ sentence: String, _ why: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil, "\(why)")
    }

    @Test func dropsPointsPutOffInTheMeeting() {
        #expect(ExtractionFixtures.extract("Something that should be addressed later, the loan periods.") == nil)
        #expect(ExtractionFixtures.extract("The loan period should be discussed later with the board.") == nil)
        #expect(ExtractionFixtures.extract("The kiosk should print a receipt later in the day.") != nil)
    }

    @Test func dropsAnIdeaReferredToThePeopleWhoDecide() {
        #expect(ExtractionFixtures.extract("Maybe that idea needs to go back to the board first.") == nil)
        #expect(ExtractionFixtures.extract("I think this proposal should be taken to management.") == nil)
        #expect(ExtractionFixtures.extract("The colour question has to be checked with the client.") == nil)
        // A workflow of the product that sends something back is a need.
        #expect(ExtractionFixtures.extract("A rejected claim should go back to the manager.") != nil)
        #expect(ExtractionFixtures.extract("The kiosk idea screen should go back to the start page.") != nil)
    }

    @Test func dropsTheOtherWayAndTheMeetingItself() {
        #expect(ExtractionFixtures.extract("Otherwise we need a second kiosk at the entrance.") == nil)
        #expect(ExtractionFixtures.extract("The agenda has to start with the kiosk.") == nil)
        #expect(ExtractionFixtures.extract("The presentation has to show the kiosk receipts.") == nil)
        #expect(ExtractionFixtures.extract("The kiosk has to print receipts, otherwise nobody trusts it.") != nil)
        #expect(ExtractionFixtures.extract("We'll have an easier task with only the kiosk.") == nil)
        // How the team works together is no need of the kiosk; how the kiosk talks to the library is.
        #expect(ExtractionFixtures.extract("But we need good communication about the kiosk stuff.") == nil)
        #expect(
            ExtractionFixtures.extract("The kiosk needs a secure communication with the library server.") != nil)
    }

    @Test func dropsWhatTheMeetingNeedsWhoTheProductIsForAndDifficultiesDescribed() {
        #expect(ExtractionFixtures.extract("The whole team needs the questionnaire by Friday.") == nil)
        #expect(ExtractionFixtures.extract("We're gonna have three phases, the design and the build.") == nil)
        #expect(ExtractionFixtures.extract("The target group would be students under thirty.") == nil)
        #expect(ExtractionFixtures.extract("There is one problem, then members have to learn every button.") == nil)
        #expect(ExtractionFixtures.extract("The problem is members have to queue twice.") == nil)
        // The same shapes about the product are kept.
        #expect(ExtractionFixtures.extract("Everybody needs a receipt from the kiosk.") != nil)
        #expect(ExtractionFixtures.extract("Students under thirty have to be able to renew at the kiosk.") != nil)
        #expect(ExtractionFixtures.extract("Members have to learn only one button at the kiosk.") != nil)
    }

    @Test func dropsConsequencesPointersAndTheNextProject() {
        #expect(ExtractionFixtures.extract("That means we need a second kiosk at the entrance.") == nil)
        #expect(ExtractionFixtures.extract("Which means members have to queue twice.") == nil)
        #expect(ExtractionFixtures.extract("This is what we should aim for.") == nil)
        #expect(ExtractionFixtures.extract("The next project should design a better kiosk.") == nil)
        #expect(ExtractionFixtures.extract("So we agreed that the target group would be students.") == nil)
        // A need that follows its reason is kept, and so is one naming a project of the product.
        #expect(ExtractionFixtures.extract("Members queue, so we need a second kiosk at the entrance.") != nil)
        #expect(ExtractionFixtures.extract("The kiosk should show the project rooms.") != nil)
    }

    @Test func requirementsNamedInALaterClauseAreNoMeetingTalk() {
        #expect(
            ExtractionFixtures.extract("We should bring card payments to the kiosk, as the requirements say.") != nil)
        #expect(ExtractionFixtures.extract("We need to get the requirements into shape before Friday.") == nil)
        #expect(ExtractionFixtures.extract("We should print receipts, and then we discuss the agenda.") == nil)
    }

    @Test(arguments: [
        "If they can't, they just leave the queue.",
        "Invoices if they should want them.",
        "Because we have to, nobody reads the manual.",
    ])
    func dropsNeedsInsideASubordinateClause(_ sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    @Test(arguments: [
        "In March we can't breathe at the help desk.",
        "The drivers can't read small print in the cab.",
        "They cannot reach the top shelf.",
    ])
    func dropsStatementsOfAbility(_ sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    @Test(arguments: [
        "They'd have to phone the depot instead.",
        "I need to double-check the tariff with finance first.",
        "I have to push back there.",
        "I want to get the invoicing requirements into shape before the workshop.",
        "I'm not sure the nurses would like it.",
        "Half the calls are \"I need to change my delivery slot\" anyway.",
        "That's a shall for me.",
        "Delivery: ASAP, ideally before the autumn term.",
        // The drawback of an option, said against it.
        "But then people need a hub for the lamp.", "Sorry. But then every rider has to charge it daily.",
        // Who wants something, named as a topic: no need is said of it.
        "Next. Schools that don't want the parent payments.",
    ])
    func dropsHypotheticalsMeetingTalkDoubtQuotesAndModalsWithoutVerb(_ sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    /// Look-alikes that are real needs and must survive the same rules.
    @Test(arguments: [
        "The kiosk must not crash when the printer runs out of paper.",
        "We can't have the portal logging drivers out during a delivery.",
        "Drivers must be able to reset their PIN from the app.",
        "The tablets have to work offline in the workshop.",
        "If the network is down, the till must queue payments.",
        "It would be better if every courier had their own login.",
        "Once a refund has been issued it must not be editable.",
        "So I'd need to be able to book a delivery slot for him myself.",
        "We'd need to be able to see every courier on the map.",
        "I'd want the till to print the receipt with the VAT on a separate line.",
        // "It's got to" is "it has got to", and "work on" is no meeting's task when "it" must.
        "It's got to work on old phones.",
        "But then again, the lamp must stay under forty euros.",
    ])
    func keepsRealNeeds(_ sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) != nil)
    }

    @Test func aWishInARelativeClauseSaysWhoNotWhat() throws {
        let letter = try #require(ExtractionFixtures.extract("Customers that don't want email should get a letter."))
        #expect(letter.priority == .should)
        #expect(letter.statement.contains("letter"))
        // A need said of a thing "like that" is no relative clause.
        #expect(ExtractionFixtures.extract("A loan of a stack like that should be done in under 10 seconds.") != nil)
        #expect(ExtractionFixtures.extract("We don't want the parent payments.")?.priority == .wont)
    }

    @Test func isEmptyJudgesTheMainClauseOnly() {
        let filter = CandidateFilter()
        #expect(filter.isEmpty(action: "use it, it's no good"))
        #expect(filter.isEmpty(action: "be able to provide something"))
        #expect(!filter.isEmpty(action: "time out after 15 minutes of inactivity"))
        // Degree words and adverbs are no content: "do quite easily", "come up both".
        #expect(filter.isEmpty(action: "be able to do quite easily"))
        #expect(filter.isEmpty(action: "come up both"))
        #expect(!filter.isEmpty(action: "be able to renew both loans online"))
        #expect(!filter.isEmpty(action: "be quick"))
        #expect(!filter.isEmpty(action: "reset it from the admin page"))
    }
}

/// What people say of people: survey shares, stories of what someone could not do, and the
/// drawback an option brings.
extension CandidateFilterTests {
    @Test func dropsSurveySharesStoriesAndDrawbacks() {
        #expect(ExtractionFixtures.extract("Sixty-eight percent want to renew loans at the kiosk.") == nil)
        #expect(ExtractionFixtures.extract("The majority need a bigger kiosk screen.") == nil)
        #expect(ExtractionFixtures.extract("Not everybody wants to install an app for the kiosk.") == nil)
        #expect(ExtractionFixtures.extract("Not all members want a receipt from the kiosk.") == nil)
        #expect(ExtractionFixtures.extract("Like, somebody comes in late and can't find the kiosk.") == nil)
        #expect(ExtractionFixtures.extract("It's cheap, but then members have to queue at the kiosk.") == nil)
        // Members' needs said of members, and a prohibition on the product, stay.
        #expect(ExtractionFixtures.extract("Members want to renew loans at the kiosk.") != nil)
        #expect(ExtractionFixtures.extract("All members want a receipt from the kiosk.") != nil)
        #expect(ExtractionFixtures.extract("The kiosk can't show other members' loans.") != nil)
        #expect(ExtractionFixtures.extract("The kiosk has to print receipts, but then it needs paper.") != nil)
    }

    @Test func aCapabilityNeedsAnObjectOfItsOwn() {
        let nephew = "My nephew can set it up, he likes that kind of thing."
        #expect(ProductStatement.capability(nephew, original: nephew) == nil)
        let members = "Members can renew their loans at the kiosk."
        #expect(ProductStatement.capability(members, original: members) == members)
    }

    @Test func aVerbWhoseObjectPointsBackIsKeptInTheSpeakersWords() {
        let said = ExtractionFixtures.extract("Yeah, I need to be able to set it myself.")
        #expect(said?.statement == "I need to be able to set it myself.")
        // A pointer after a preposition, or an object of its own, leaves the rewrite alone.
        #expect(
            ExtractionFixtures.extract("Online payments are out of scope for this release.")?.statement
                == "The system will not provide online payments.")
        #expect(
            ExtractionFixtures.extract("I need to be able to renew loans at the kiosk.")?.statement.hasPrefix("I ")
                == false)
    }
}

/// The speaker's own day, and what someone cannot do inside a condition.
extension CandidateFilterTests {
    @Test func dropsTheSpeakersOwnScheduleButNotWhatTheProductRuns() {
        #expect(ExtractionFixtures.extract("And I have to leave at twelve, so, go on, quickly.") == nil)
        #expect(ExtractionFixtures.extract("Okay, I really have to run.") == nil)
        #expect(ExtractionFixtures.extract("I don't want to run another server for the kiosk.") != nil)
        #expect(ExtractionFixtures.extract("We have to leave the kiosk on at night.") != nil)
    }

    @Test func dropsWhatSomeoneCannotDoInACondition() {
        #expect(ExtractionFixtures.extract("If my mother can't renew a loan on her own, it's not good enough.") == nil)
        #expect(ExtractionFixtures.extract("The kiosk can't renew a loan twice.") != nil)
    }
}

extension CandidateFilterTests {
    @Test func aPastThatDidNotHappenIsNoNeed() {
        #expect(ExtractionFixtures.extract("Sorry, I should have said, the kiosk moved.") == nil)
        #expect(ExtractionFixtures.extract("We could have bought a second kiosk last year.") == nil)
        #expect(ExtractionFixtures.extract("The kiosk should have a card reader.") != nil)
    }
}
