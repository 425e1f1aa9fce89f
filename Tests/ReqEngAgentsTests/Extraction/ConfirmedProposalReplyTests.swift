import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How a stakeholder's reply answers the proposal before it. Lines written for the test.
@Suite struct ConfirmedProposalReplyTests {
    @Test(arguments: [
        ("Yes, exactly.", "Should members renew online?"),
        ("Obviously. That's the whole point.", "And no member may borrow more than ten books?"),
        ("Three a week, yes.", "Three reservations a week?"),
        ("Half an hour is fine, yeah.", "Half an hour?"),
        ("Both.", "On the kiosk and the app both?"),
        ("Always including. That's what members pay.", "Do the fees include VAT?"),
        ("Scan the card, scan the book. Then it prints a slip.", "And they scan each book they take?"),
        ("It has to, otherwise the queue stands still.", "So the kiosk keeps working offline?"),
        ("Oh, it must. The whole branch depends on it.", "So the kiosk keeps working offline?"),
        ("It would be nice. But that one can wait.", "Would you want to log the donations too?"),
        ("That would help, yes.", "Should the kiosk print a receipt?"),
        ("Their own, yes, there's no budget for new ones.", "Would members bring their own cards?"),
        ("Hmm. (pause) Fine. Paper slips for now.", "We keep paper slips for the first year."),
        ("Fair enough, we'll try it.", "We keep paper slips for the first year."),
        ("I don't see why not, everybody knows a keypad by now.", "Should the kiosk have a keypad?"),
        ("Sure, why not.", "Should the kiosk have a keypad?"),
        ("As long as it doesn't jam on wet cards, yes.", "Should the kiosk have a card slot?"),
        ("If the library pays for the paper, yeah.", "Should the kiosk print a receipt?"),
        ("Up to 24 hours before the loan ends.", "Can members renew online?"),
        ("Until two days before.", "Can members cancel a reservation?"),
    ])
    func agreementIsAConfirmation(reply: String, question: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: question) == .confirms)
    }

    @Test(arguments: [
        ("Their own.", "Only at their own branch, or at any branch?"),
        ("Three a week, but not now.", "Three reservations a week?"),
        ("Weekends.", "On the kiosk and the app both?"),
        ("Always gloves.", "Okay. Gloves?"),
        ("Scan the card, not the book.", "And they scan each book they take?"),
        ("They're in a separate system, the library system.", "And the loans, they're on the current site?"),
        ("Always including.", "Including or excluding VAT?"),
        ("Hmm, let me think about that.", "Should members renew online?"),
        ("[sighs] Yeah.", "Members share one card today."),
        ("Not email. Members don't read email.", "A text reminder the day before?"),
        ("Now, about the fines.", "Should members renew online?"),
        ("It has to be cheaper than that.", "So the kiosk costs two thousand?"),
        ("It would be difficult, honestly.", "Would you want to log the donations too?"),
        ("It would be nicer without it.", "Should the kiosk print a receipt?"),
        ("It would be nice if members could pay by card.", "Anything about fines?"),
        ("Not their own, yes, we hand them out.", "Would members bring their own cards?"),
        ("As long as it's cheap, but no, not this year.", "Should the kiosk have a card slot?"),
        ("The blue ones, yes, those.", "Would members bring their own cards?"),
        ("Up to the librarian, really.", "Can members renew online?"),
    ])
    func choicesHedgesAndNewTopicsAreNoConfirmation(reply: String, question: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: question) == .neither)
    }

    @Test func aNoIsARefusal() {
        #expect(ConfirmedProposal.reading(of: "No, we don't want that.", to: "Should it track members?") == .rejects)
    }
}

/// A short topic question refused by the stakeholder is a Won't in the asker's words.
@Suite struct RefusedTopicTests {
    @Test(arguments: [
        ("What about video loans?", "video loans"), ("And sponsored shelves?", "sponsored shelves"),
        ("Stars, comments?", "stars, comments"),
        ("And reminders, like an email the evening before the loan ends?", "reminders"),
        ("Anything about cancellations?", "cancellations"), ("Any thoughts on colours?", "colours"),
    ])
    func topicQuestionsNameTheirTopic(question: String, topic: String) {
        #expect(ConfirmedProposal.topic(of: question) == topic)
    }

    @Test(arguments: [
        "Only during opening hours?", "One card or several?", "Do members want that?", "What happens then?",
        "Coffee, tea.",
    ])
    func restrictionsChoicesAndFullQuestionsAreNoTopic(question: String) {
        #expect(ConfirmedProposal.topic(of: question) == nil)
    }

    @Test func anExampleAfterTheQuestionIsNotTheProposal() {
        #expect(
            ConfirmedProposal.proposal(in: ["Would you want members to renew loans online?", "Like a button?"])
                == "Would you want members to renew loans online?")
        #expect(ConfirmedProposal.proposal(in: ["Okay.", "Like a button on the loan page?"]) != nil)
    }

    @Test func aSummaryBeforeTheNextTopicIsWhatAYesAgreesTo() {
        #expect(
            ConfirmedProposal.proposal(in: ["So the kiosk prints a receipt for every loan.", "And the fines?"])
                == "So the kiosk prints a receipt for every loan.")
        // A question with a verb is a proposal of its own.
        #expect(
            ConfirmedProposal.proposal(in: ["So the kiosk prints receipts.", "Should it email them too?"])
                == "Should it email them too?")
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about loans."), ("Ola", "Members borrow at the kiosk and get a receipt."),
            ("Kim", "So the kiosk prints a receipt for every loan. And the fines?"),
            ("Ola", "Yes, a receipt, always. And the fines, the kiosk shows them."),
        ])
        #expect(found.contains { $0.statement.hasPrefix("The kiosk prints a receipt for every loan") })
    }

    @Test func anObjectAskedAboutBecomesTheSubjectInItsCase() {
        let statement = ConfirmedProposal.declarative(
            "Would you want them to be able to renew loans online?", rejected: false)
        #expect(statement == "We would want them to be able to renew loans online")
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about loans."), ("Ola", "Members renew loans at the desk. Loans run three weeks."),
            ("Kim", "Would you want them to be able to renew loans online? Like a button?"),
            ("Ola", "Yes, that'd be good."),
        ])
        #expect(found.contains { $0.statement.hasPrefix("They should be able to renew loans online") })
    }

    @Test func aNeedAskedForOutrightIsKeptOnItsFirstMention() {
        #expect(ConfirmedProposal.asksForNeed("Damaged books? Do you want them to take a photo?") == false)
        #expect(ConfirmedProposal.asksForNeed("Do you want them to take a photo?"))
        #expect(ConfirmedProposal.asksForNeed("So should the kiosk print receipts?"))
        #expect(!ConfirmedProposal.asksForNeed("Could you introduce yourself, for the recording?"))
        #expect(!ConfirmedProposal.asksForNeed("Do we want to start?"))
        #expect(!ConfirmedProposal.asksForNeed("Do you want to see the agenda first?"))
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about returns."), ("Ola", "Members drop books in the return slot."),
            ("Kim", "Damaged books? Do you want them to take a photo?"),
            ("Ola", "That would be nice. Nice to have, not the first thing."),
        ])
        let photo = found.first { $0.statement.contains("take a photo") }
        #expect(photo?.priority == .could)
        #expect(photo?.sourceRefs.map(\.turn) == [4, 3])
    }

    @Test func aRefusedTopicIsAWont() throws {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: [Participant(name: "Kim", role: "Interviewer"), Participant(name: "Ola", role: "Librarian")],
            turns: [
                ("Kim", "Tell me about loans."), ("Ola", "Members borrow books and video loans are popular elsewhere."),
                ("Kim", "What about video loans?"), ("Ola", "No, we don't want that. Books only."),
            ].enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        let found = ExtractionAgent().extract(from: [transcript]).requirements
        let wont = try #require(found.first { $0.statement == "No video loans." })
        #expect(wont.priority == .wont)
        #expect(wont.sourceRefs.map(\.turn) == [4, 3])
    }

    @Test(arguments: [
        ("Would a loyalty program help?", "loyalty program"), ("Do you want a newsletter?", "newsletter"),
        ("So would a reading list be useful?", "reading list"), ("Should it have a dark mode?", "dark mode"),
    ])
    func theThingAYesNoQuestionOffers(question: String, thing: String) {
        #expect(ConfirmedProposal.offeredThing(question) == thing)
    }

    @Test(arguments: [
        "Would members like to renew online?",  // an action, not a thing
        "Do you want email or text?",  // a choice
        "Would that help?",  // a pointer
        "Do you want a newsletter.",  // no question
    ])
    func questionsThatOfferNoThing(question: String) {
        #expect(ConfirmedProposal.offeredThing(question) == nil)
    }

    @Test func aThingOfferedAndRefusedIsAWontThoughItIsNew() throws {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about loans."), ("Ola", "Members borrow books and renew them at the desk."),
            ("Kim", "Would a loyalty program help?"), ("Ola", "Hmm, not really, no. They come for the books."),
        ])
        let wont = try #require(found.first { $0.statement == "No loyalty program." })
        #expect(wont.priority == .wont)
        #expect(wont.sourceRefs.map(\.turn) == [4, 3])
    }

    @Test func aRefusedTopicLosesItsArticle() throws {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about loans."), ("Ola", "Members borrow books, and some ask for a mobile app."),
            ("Kim", "What about a mobile app?"), ("Ola", "No app. The website on a phone is enough."),
        ])
        #expect(found.contains { $0.statement == "No mobile app." && $0.priority == .wont })
        #expect(!found.contains { $0.statement.hasPrefix("No a ") })
    }
}

/// "That would be nice, but not now." puts off what was asked: a Won't, not a Could; "Everybody in
/// the company?" "No, only …" names who may, which no "No everybody …" could say.
@Suite struct PutOffAndWhoMayTests {
    @Test func aNiceButNotNowIsPutOff() {
        let asked = ("Kim", "Do we also want an automatic export of the rentals, like every first of the month?")
        let found = ClientWordingTests.extract([
            asked, ("Ola", "That would be nice, but not now. Let's do the app first."),
        ])
        #expect(found.first { $0.statement.contains("export") }?.priority == .wont)
        let nice = ClientWordingTests.extract([asked, ("Ola", "That would be nice.")])
        #expect(nice.first { $0.statement.contains("export") }?.priority == .could)
    }

    @Test func refusingEverybodyNamesNoThingRefused() {
        let found = ClientWordingTests.extract([
            ("Kim", "Who can change the rental prices? Everybody at the station?"),
            ("Ola", "No, only the station manager. And the admins, of course."),
        ])
        #expect(!found.contains { $0.statement.hasPrefix("No every") || $0.statement.hasPrefix("No Every") })
    }
}

@Suite struct RefusedQuantifierTests {
    @Test func refusingAllIsNotAllRatherThanNone() {
        #expect(
            ConfirmedProposal.declarative("Should all loans be renewable online?", rejected: true)
                == "Not all loans should be renewable online")
        #expect(
            ConfirmedProposal.declarative("Should the kiosk print receipts?", rejected: true)
                == "The kiosk should not print receipts")
        // "Can anybody take any book?" "No.": not everybody may, a rule on who may rather than a Won't.
        #expect(
            ConfirmedProposal.declarative("And can anybody take any book home?", rejected: true)
                == "Not everybody can take any book home")
        #expect(ConfirmedProposal.asksPermission("And can anybody take any book home?"))
        #expect(!ConfirmedProposal.asksPermission("Can the kiosk print receipts?"))
    }
}

@Suite struct ConfirmationDetailTests {
    @Test func aSoundOfAssentIsNoDetail() {
        #expect(ConfirmedProposal.detail(of: "Mm-hmm.") == nil)
        #expect(ConfirmedProposal.detail(of: "Uh-huh, up to three times.") == "up to three times")
        // "Always including." says the question's verb back: a yes with nothing added.
        #expect(ConfirmedProposal.detail(of: "Always including. That's what members pay.") == nil)
        #expect(
            ConfirmedProposal.detail(of: "Always on the kiosk, never online.") == "always on the kiosk, never online")
        // "… and that's the other big thing": how much it matters, no detail of what.
        #expect(ConfirmedProposal.detail(of: "Yes, and that's the other big thing. There's a paper list now.") == nil)
        #expect(ConfirmedProposal.detail(of: "Yes, that's our priority.") == nil)
        #expect(ConfirmedProposal.detail(of: "Yes, the other big kiosk.") == "the other big kiosk")
    }

    @Test func aDetailThatRepeatsOrRatesTheNeedIsLeftOut() {
        #expect(
            ExtractionAgent.joined("Requests are deleted after a month", "a month, that's fine")
                == "Requests are deleted after a month.")
        #expect(
            ExtractionAgent.joined("Live before the first of March", "the must have")
                == "Live before the first of March.")
        #expect(
            ExtractionAgent.joined("Members can renew online", "up to three times")
                == "Members can renew online: up to three times.")
        #expect(
            ExtractionAgent.joined("The first rule is, , no double loans", nil) == "The first rule is, no double loans."
        )
    }
}

/// Turns an interviewer says to the person, not about the product, that a "yes" or "no, it's fine"
/// answers without agreeing to any need.
extension ConfirmedProposalReplyTests {
    @Test func courtesyAttendanceAndRequestsToTellAreNoProposals() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Thanks for making time, I know Mondays at the kiosk are busy."),
            ("Ola", "No, no, it's fine, the kiosk is quiet in the morning."),
            ("Kim", "And Mira's joining later for the kiosk part, right?"),
            ("Ola", "Yes, she'll come over in twenty minutes, she's at the kiosk."),
            ("Kim", "Maybe you can tell me what a day at the kiosk looks like?"),
            ("Ola", "Sure. Members come in, they borrow at the kiosk, they go."),
            ("Kim", "So the kiosk prints a receipt for every loan?"),
            ("Ola", "Yes, exactly, the kiosk prints it."),
            ("Mira", "Hi, sorry, the bus was late."),
            ("Kim", "Today it's the kiosk, the fines and the reservations."),
            ("Ola", "Sounds good."),
        ])
        #expect(found.map(\.statement).filter { $0.contains("Mondays") || $0.contains("Mira") }.isEmpty)
        // The session's agenda, agreed to, is no proposal either.
        #expect(!found.contains { $0.statement.hasPrefix("Today") })
        #expect(!found.contains { $0.statement.lowercased().contains("tell me") })
        // The proposal about the kiosk is still agreed to.
        #expect(found.contains { $0.statement.hasPrefix("The kiosk prints a receipt for every loan") })
    }

    @Test func aQuestionAboutTodayIsNoProposal() {
        #expect(ConfirmedProposal.declarative("Do you already have a receipt printer?", rejected: true) == nil)
        #expect(ConfirmedProposal.declarative("Do you use a receipt printer at the moment?", rejected: false) == nil)
        #expect(ConfirmedProposal.declarative("Do you want a receipt printer at the kiosk?", rejected: false) != nil)
    }

    /// A summary that opens with its condition still proposes what happens then; a bare condition
    /// ("where, when?") proposes nothing.
    @Test func aSummaryMayOpenWithItsCondition() {
        #expect(
            ConfirmedProposal.declarative(
                "So once forty have booked, the tour is, um, closed, nobody else can book?", rejected: false)
                == "Once forty have booked, the tour is closed, nobody else can book")
        #expect(ConfirmedProposal.declarative("At the desk, while the member is still there?", rejected: false) == nil)
        #expect(ConfirmedProposal.declarative("When the tour is full, and then?", rejected: false) == nil)
        #expect(ConfirmedProposal.declarative("In the hall, at the desk near the door?", rejected: false) == nil)
    }

    /// "Can I suggest something?" announces the proposal that follows it; what the asker did is no
    /// proposal at all.
    @Test func anAnnouncedSuggestionIsTheSentenceAfterIt() {
        #expect(
            ConfirmedProposal.proposal(in: [
                "Can I, um, maybe suggest something?", "We keep paper slips for the first year, and look again then.",
            ]) == "We keep paper slips for the first year, and look again then.")
        #expect(ConfirmedProposal.declarative("So, um, I saw the kiosk on the way in.", rejected: false) == nil)
        #expect(ConfirmedProposal.declarative("So we visited the branch last week.", rejected: false) == nil)
    }

    @Test(arguments: ["Everyone okay with that?", "Agreed?", "Does that work for everyone?", "Is that right?"])
    func aTagAsksAgreement(tag: String) {
        #expect(ConfirmedProposal.asksAgreement(tag))
    }

    @Test(arguments: ["Is that a problem?", "Everyone here?", "Okay, so the receipt?", "Okay."])
    func aQuestionOfItsOwnIsNoTag(said: String) {
        #expect(!ConfirmedProposal.asksAgreement(said))
    }

    /// Among a team, a decision followed by a tag and agreed to is a requirement, and its generic
    /// "you" is whoever uses the product.
    @Test func aTaggedDecisionAgreedToIsARequirement() {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "The lock has one button, and the button opens the lock."),
            ("Manager", "Okay, so you hold the button for two seconds to open the lock. Everyone okay with that?"),
            ("Engineer", "Yeah."),
            ("Manager", "And the lock and the button in black. Lunch now?"),
            ("Engineer", "Yeah."),
        ])
        let held = found.first { $0.statement.contains("hold the button") }
        #expect(held?.statement == "Users hold the button for 2 seconds to open the lock.")
        #expect(held?.sourceRefs.map(\.turn) == [3, 2])
        #expect(!found.contains { $0.statement.contains("black") })
    }

    /// "And the cards, would members …?": the topic named first, and again in the question.
    @Test func aTopicTheQuestionNamesAgainIsLeftOut() {
        #expect(
            ConfirmedProposal.declarative("And the cards, would members bring their own cards?", rejected: false)
                == "Members would bring their own cards")
        #expect(
            ConfirmedProposal.declarative("And the weekend, would members bring their own cards?", rejected: false)
                == nil)
        #expect(
            ConfirmedProposal.detail(of: "Their own, yes, there's no budget for new ones.")
                == "there's no budget for new ones")
    }

    @Test func aRefusalRefusesTheOptionNotItsPurpose() {
        #expect(
            ConfirmedProposal.declarative(
                "Should the kiosk connect to the till, so the fine goes over automatically?", rejected: true)
                == "The kiosk should not connect to the till")
        // A confirmed proposal keeps its purpose.
        #expect(
            ConfirmedProposal.declarative(
                "Should the kiosk connect to the till, so the fine goes over automatically?", rejected: false)?
                .hasSuffix("so the fine goes over automatically") == true)
    }

    @Test func theListenersOwnWordsTurnWithTheSubject() {
        #expect(
            ConfirmedProposal.declarative("So you enter the phone loans yourselves into the kiosk?", rejected: false)
                == "So we enter the phone loans ourselves into the kiosk"
                || ConfirmedProposal.declarative(
                    "So you enter the phone loans yourselves into the kiosk?", rejected: false)
                    == "We enter the phone loans ourselves into the kiosk"
        )
    }
}

extension ConfirmedProposalReplyTests {
    @Test func theRecordingAndAParticipantsErrandAreNoProposals() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "And I'm recording this, just so I can write my notes afterwards, is that okay with you?"),
            ("Ola", "Yeah, sure, no problem, the kiosk people do it too."),
            ("Kim", "The kiosk budget I'll discuss with the board separately?"),
            ("Ola", "Yes, that's with the board, the kiosk budget."),
            ("Kim", "So should the kiosk ask follow-up questions, like a little questionnaire?"),
            ("Ola", "Yes, the kiosk should ask them."),
        ])
        #expect(!found.contains { $0.statement.contains("recording") || $0.statement.contains("discuss") })
        // A questionnaire the product asks is no meeting's questionnaire.
        #expect(found.contains { $0.statement.lowercased().contains("follow-up questions") })
    }
}

extension ConfirmedProposalReplyTests {
    @Test func aFactPutToTheListenerAndWhatHappenedAreNoProposalOrDetail() {
        #expect(
            ConfirmedProposal.declarative(
                "There are also rules for public kiosks, has the board said anything?", rejected: false) == nil)
        #expect(ConfirmedProposal.detail(of: "Yes, the board sent us a document.") == nil)
        #expect(ConfirmedProposal.detail(of: "Yes, only for members with a card.") == "only for members with a card")
    }
}

extension ConfirmedProposalReplyTests {
    @Test func askingForTheListenersOpinionIsNoProposal() {
        #expect(
            ConfirmedProposal.declarative("Would the members be okay with that, do you think?", rejected: true) == nil)
        #expect(ConfirmedProposal.declarative("Would members want a photo on their card?", rejected: true) != nil)
    }

    @Test func aTeamDecisionQuestionAgreedToOnAConditionIsKept() throws {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
            ("Manager", "The lock is charged by a small solar panel on the lock."),
            ("Marketing", "A lock with a solar panel and an alarm sells well."),
            ("Manager", "Okay. So we would have the solar panel on the lock?"),
            ("Designer", "As long as the panel stays off the keyhole, yes."),
        ])
        let decided = try #require(found.first { $0.sourceRefs.map(\.turn).contains(4) })
        #expect(
            decided.statement
                == "We would have the solar panel on the lock, as long as the panel stays off the keyhole.")
        #expect(ConfirmedProposal.asksDecision("So we'll go with the rubber case then?"))
        #expect(!ConfirmedProposal.asksDecision("So we would have it?"))
        #expect(!ConfirmedProposal.asksDecision("We would have the solar panel on the lock."))
    }
}
