import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How a client's answers in an interview become requirements: replies that open with a sound of
/// surprise, a "never" said back, a "we don't want X" answering a question, the product described
/// in the present tense, and a recap folded together with what it recaps. Every line is written for
/// the test (a fictional bike-rental app).
@Suite struct InterviewAnswerTests {
    static func transcript(_ lines: [(String, String)]) -> Transcript {
        Transcript(
            id: "bikes", sourcePath: "bikes.md", format: .markdown,
            participants: [
                Participant(name: "Kim", role: "Business analyst"), Participant(name: "Ola", role: "Owner"),
            ],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
    }

    static func extract(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionAgent().extract(from: [transcript(lines)]).requirements
    }

    /// A few turns that make "bike", "rental" and "station" the conversation's words.
    private static let opening: [(String, String)] = [
        ("Kim", "Thanks for making time. Tell me about the bike rental."),
        ("Ola", "We rent bikes from six stations in town, and every rental is still on paper."),
        ("Kim", "Which stations are busiest?"),
        ("Ola", "The station at the harbour. A rental there often takes ten minutes."),
    ]

    @Test(arguments: [
        ("Oh. Yes. Warn them.", "And a double booking of the same bike, should the app catch that?"),
        ("Oh, that's nice. Yeah. Nice to have.", "And comparing two stations side by side?"),
        ("Ah, that's right.", "So a rental ends when the bike is back at a station?"),
        ("That's correct.", "So a rental ends when the bike is back at a station?"),
        ("Never.", "So the price never depends on the station?"),
        ("Mm-hmm.", "So the price never depends on the station?"),
        ("Uh-huh, and one more thing.", "So a rental ends when the bike is back at a station?"),
    ])
    func repliesThatAgree(reply: String, question: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: question) == .confirms)
    }

    @Test(arguments: [
        ("Oh, no. Not at all.", "Should the app show a map?"),
        ("That's not what I meant.", "So every station has its own price?"),
        ("Always.", "So the price never depends on the station?"),
        ("Never.", "So the rental is paid at the station?"),
        ("Hmm.", "So the rental is paid at the station?"),
    ])
    func repliesThatDoNotAgree(reply: String, question: String) {
        #expect(ConfirmedProposal.reading(of: reply, to: question) != .confirms)
    }

    @Test func aTopicSaidFirstGoesBackIntoTheQuestion() throws {
        #expect(
            ConfirmedProposal.topicMovedBack(
                "a double booking of the same bike, should the app catch that?".split(separator: " ").map(String.init)
            ).joined(separator: " ") == "should the app catch a double booking of the same bike?")
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And a double booking of the same bike, should the app catch that?"),
                ("Ola", "Oh. Yes. Warn them."),
            ])
        let caught = try #require(found.first { $0.sourceRefs.contains { $0.turn == 5 } })
        #expect(caught.statement == "The app should catch a double booking of the same bike.")
        #expect(caught.sourceRefs.first?.quote == "Yes.")
    }

    @Test func aClientsDontWantAnsweringAQuestionIsKeptEvenWhenItsWordIsNew() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And advertising? Some apps sell banner space."),
                ("Ola", "No. We don't want ads in the app."),
            ])
        let ads = try #require(found.first { $0.statement.contains("advertisements") })
        #expect(ads.sourceRefs.first?.turn == 6)
        #expect(NegationPolarity.isNegated(ads.statement))
    }

    @Test func aWishThatOnlyPointsBackIsNotKept() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Do you keep customers' addresses?"),
                ("Ola", "We don't keep addresses, and we want to keep it that way."),
            ])
        #expect(!found.contains { $0.statement.contains("keep it that way") && !$0.statement.contains("addresses") })
    }

    @Test func anUnaskedWishWithNewWordsStaysOut() {
        // Not an answer to a question, and "holiday" is said nowhere else.
        let found = Self.extract(Self.opening + [("Ola", "We want a holiday after this.")])
        #expect(!found.contains { $0.statement.lowercased().contains("holiday") })
    }

    @Test func theProductDescribedInThePresentTenseIsANeed() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Where does the rental price come from?"),
                ("Ola", "So the app calculates the rental price from the minutes the bike was out."),
            ])
        let price = try #require(found.first { $0.statement.hasPrefix("The app calculates") })
        #expect(price.statement == "The app calculates the rental price from the minutes the bike was out.")
        #expect(price.isInSpeakersWords)
        #expect(price.confidence < 0.8)
    }

    @Test(arguments: [
        "Does the app calculate the rental price?",
        "Right now the system sends the rental price by letter.",
        "The old system already calculates the rental price.",
        "Their app shows every station on a map.",
        "The rental app's users are mostly tourists at the station.",
        "The app is slow at the station.",
        "The bike goes back to the station.",
    ])
    func descriptionsOfTodayOtherProductsAndPeopleAreNoNeeds(sentence: String) {
        #expect(ProductStatement.words(SpeechCleaner().clean(sentence).text, original: sentence) == nil)
    }

    @Test(arguments: [
        (
            "Members can reserve a bike at any station in the app.",
            "Members can reserve a bike at any station in the app."
        ),
        ("So station staff can lift a block, fine, the owner agrees.", "Station staff can lift a block."),
        ("And the list can be sorted by distance.", "The list can be sorted by distance."),
    ])
    func whatPeopleCanDoIsACapability(sentence: String, statement: String) {
        #expect(ProductStatement.capability(SpeechCleaner().clean(sentence).text, original: sentence) == statement)
    }

    @Test(arguments: [
        "We can talk about the stations later.", "You can see the harbour station from here.",
        "It can be data from a year ago.", "Right now customers can only pay cash at the station.",
        "Customers can't pay by card at the station.", "Can customers pay by card at the station?",
        "Two people can ride one bike.", "The rest can come later if needed.",
        "Everything else can wait for the second release.",
    ])
    func whatIsNoCapability(sentence: String) {
        #expect(ProductStatement.capability(SpeechCleaner().clean(sentence).text, original: sentence) == nil)
    }

    @Test func aDesignTeamDescribingTheProductIsReadAsDesign() {
        // No interviewer: everyone designs. What the product does is presented as a design
        // (``DesignDescription``); what it is, without a material, colour, shape or size, is not.
        let meeting = Transcript(
            id: "m", sourcePath: "m.md", format: .markdown,
            turns: [
                Turn(number: 1, speaker: "A", text: "The app calculates the rental price per station."),
                Turn(number: 2, speaker: "B", text: "The rental price per station is what the app shows."),
                Turn(number: 3, speaker: "A", text: "The station list is the rental app's start page."),
            ])
        #expect(
            ExtractionAgent().extract(from: [meeting]).requirements.map(\.statement) == [
                "The app should calculate the rental price per station."
            ])
    }

    @Test func aConfirmedRecapFoldsInWhatItRecaps() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "How many bikes per station?"),
                ("Ola", "The app has to know the racks per station and never send more bikes there."),
                ("Kim", "So every station has a capacity and the app respects it."),
                ("Ola", "Yes."),
            ])
        let capacity = try #require(found.first { $0.statement.contains("capacity") })
        #expect(capacity.sourceRefs.map(\.turn) == [6, 8, 7])
        #expect(capacity.priority == .must)
        #expect(!found.contains { $0.statement.contains("racks") })
    }

    /// A recap said as a statement, without "so", sums up too; a question with new words does not.
    @Test func aRecapSaidWithoutSoFoldsInWhatItRecaps() throws {
        let recap = Self.extract(
            Self.opening + [
                ("Kim", "Anything for the staff?"),
                ("Ola", "I want to hold back four bikes per station, and after two days they go back for rent."),
                ("Kim", "Four bikes per station, released after two days. Okay."),
                ("Ola", "Yes."),
            ])
        let held = recap.filter { $0.statement.lowercased().contains("four") }
        #expect(held.count == 1)
        #expect(held.first?.sourceRefs.map(\.turn) == [6, 8, 7])
        #expect(ExtractionAgent.recaps("And the bikes monthly, with no names."))
        #expect(!ExtractionAgent.recaps("Should the bikes be held back?"))
    }

    @Test func aRecapFoldsInANeedSaidWithTheSameWordInAnotherForm() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Where do the rentals go?"),
                ("Ola", "The online rentals have to appear in the station ledger automatically."),
                ("Kim", "So a rental goes straight into the station ledger, no retyping."),
                ("Ola", "Exactly."),
            ])
        let ledger = try #require(found.first { $0.statement.contains("ledger") })
        #expect(ledger.sourceRefs.map(\.turn) == [6, 8, 7])
        #expect(found.filter { $0.statement.contains("ledger") }.count == 1)
    }

    /// An answer read with its question, then recapped: one need, citing the answer, its
    /// question and the recap; a refused recap takes in an answer said in the negative.
    @Test func aRecapFoldsInAnAnswerToAQuestion() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And if a rider needs a cargo bike, a long rental?"),
                ("Ola", "Then they call. Long rentals are not online, the station manager decides that."),
                ("Kim", "So no long rentals through the app."),
                ("Ola", "No. Only short ones."),
            ])
        let long = found.filter { $0.statement.lowercased().contains("long rentals") }
        #expect(long.count == 1)
        #expect(long.first?.priority == .wont)
        #expect(long.first?.sourceRefs.map(\.turn) == [6, 5, 8, 7])
    }

    @Test func aBareRefusalAndItsNegativeElaborationAreOneNeed() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Should the app ask customers questions about their riding skills?"),
                ("Ola", "No. Absolutely not. We don't want the app judging who can ride."),
            ])
        let refused = found.filter { $0.sourceRefs.contains { $0.turn == 6 } }
        #expect(refused.count == 1)
        #expect(refused.first?.sourceRefs.map(\.turn) == [6, 6, 5])
    }

    @Test func aRefusalThatGoesOnToANeedKeepsBoth() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Should the app show a map of the stations?"),
                ("Ola", "No. But we need the free bikes per station on the start page."),
            ])
        #expect(found.contains { $0.statement.contains("free bikes") })
    }

    @Test func aRefusedRecapDoesNotSwallowAStatedNeed() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "What about the harbour station?"),
                ("Ola", "The app must show the free bikes at each station."),
                ("Kim", "So no station map in the app, then?"),
                ("Ola", "No, no map."),
            ])
        #expect(found.contains { $0.statement.contains("free bikes") })
    }

    @Test func aTopicShiftIsNoProposal() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Going back to the stations, the harbour one at ten minutes."),
                ("Ola", "Oh, yes, good that you mention it."),
            ])
        #expect(!found.contains { $0.statement.lowercased().contains("going back") })
    }
}

/// What an interviewer says that is no proposal, however the client answers.
/// Short answers: an option refused as "Not X.", and a list said one word at a time.
@Suite struct ShortAnswerTests {
    /// The same bike-rental interview as ``InterviewAnswerTests``.
    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        InterviewAnswerTests.extract(lines)
    }

    private static let opening: [(String, String)] = [
        ("Kim", "Tell me about the bike rental and the receipts."),
        ("Ola", "We rent bikes from six stations, and every rental gets a receipt."),
    ]

    @Test func anOptionTheQuestionOfferedRefusedInTwoWordsIsAWont() {
        let found = Self.extract(Self.opening + [("Kim", "Receipts by email or on paper?"), ("Ola", "Not email.")])
        let refused = found.first { $0.sourceRefs.first?.turn == 4 }
        #expect(refused?.statement == "No email.")
        #expect(refused?.priority == .wont)
    }

    /// Unasked, "Not email." refuses when the reason after it names the thing again with a "not"; a
    /// reason that speaks well of it ("Not the receipts. The receipts are fine.") refuses nothing.
    @Test func aThingRefusedWithItsReasonIsAWont() {
        let said = [
            ("Kim", "So a text message when the bike is due back."), ("Ola", "Yes."),
            ("Ola", "Not email. Our riders don't read email."),
        ]
        let found = Self.extract(Self.opening + said)
        let refused = found.first { $0.sourceRefs.first?.turn == 5 }
        #expect(refused?.statement == "No email.")
        #expect(refused?.priority == .wont)
        let praised = Self.extract(
            Self.opening + said.dropLast() + [("Ola", "Not the receipts. The receipts are fine as they are.")])
        #expect(!praised.contains { $0.sourceRefs.first?.turn == 5 && $0.priority == .wont })
    }

    /// "We don't want card payments in this tool." answers the question with a thing named ("this
    /// tool" names, "that" alone points back), and "Must work on a phone" says where it runs, which
    /// no meeting's "work on the design" is.
    @Test func aRefusalNamingItsThingAndAPlatformAreNeeds() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Payment? Do riders pay for the helmet?"),
                ("Ola", "Five euros a day. Not by card, we don't want card payments in this tool."),
                ("Kim", "And on phones?"), ("Ola", "Must work on a phone, people rent from the street."),
            ])
        #expect(found.contains { $0.statement == "We don't want card payments in this tool." && $0.priority == .wont })
        #expect(found.contains { $0.statement == "The system shall work on a phone." })
        #expect(ExtractionAgent.pointsBack(["want", "that"]))
        #expect(!ExtractionAgent.pointsBack(["want", "card", "payments", "in", "this", "tool"]))
        #expect(NeedDetector.startsWithAny(["to", "work", "on", "the", "design"], NeedDetector.meetingActivities))
        #expect(!NeedDetector.startsWithAny(["to", "work", "on", "old", "phones"], NeedDetector.meetingActivities))
    }

    /// "And what would you like instead?" asks for the new way: the steps said in the present tense
    /// are the process wished for.
    @Test func theWayWishedForInsteadIsAProcess() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And what would you like instead?"),
                ("Ola", "An online form. Riders book a bike themselves, and I confirm it with one click."),
            ])
        #expect(found.contains { $0.statement == "Riders book a bike themselves, and I confirm it with one click." })
    }

    /// "What about tourists?" "… Tourists never get a yearly pass.": a rule about what was asked;
    /// the same words about someone the question did not name, or in the past, are no rule.
    @Test func aNeverRuleAboutWhatWasAskedIsANeed() {
        let asked = Self.extract(
            Self.opening + [
                ("Kim", "What about tourists?"), ("Ola", "They rent by the day. Tourists never get a yearly pass."),
            ])
        #expect(asked.contains { $0.statement == "Tourists never get a yearly pass." })
        let other = Self.extract(
            Self.opening + [
                ("Kim", "What about helmets?"), ("Ola", "They rent by the day. Tourists never get a yearly pass."),
            ])
        #expect(!other.contains { $0.statement.contains("never") })
        let past = Self.extract(
            Self.opening + [("Kim", "What about tourists?"), ("Ola", "Tourists never had a yearly pass, no.")])
        #expect(!past.contains { $0.statement.contains("never") })
    }

    /// "And how long is a rental?" "Depends. … Always in blocks of thirty minutes.": the values vary,
    /// the "always" with its measure is the rule; an "always" without one, or a question about no
    /// thing, states none.
    @Test func anAlwaysWithAMeasureAnsweringHowLongIsARule() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And how long is a rental?"),
                ("Ola", "Depends. An hour, two hours, a day. Always in blocks of thirty minutes."),
            ])
        let rule = found.first { $0.statement == "A rental: always in blocks of 30 minutes." }
        #expect(rule?.sourceRefs.map(\.turn) == [4, 3])
        let vague = Self.extract(
            Self.opening + [("Kim", "And how long is a rental?"), ("Ola", "Depends. Always in the summer, longer.")])
        #expect(!vague.contains { $0.statement.contains("always") })
        #expect(ExtractionAgent.thingMeasured("How long is it?") == nil)
        #expect(ExtractionAgent.thingMeasured("And how long is the bike checked?") == nil)
        #expect(ExtractionAgent.thingMeasured("So how big is a locker?") == "a locker")
    }

    /// "They had voice picking." — "Yeah, yeah, we're not doing that.": a thing another place had,
    /// refused by pointing at it, is a Won't that cites both turns; a "that" after a turn naming no
    /// such thing, or a thing said as a question, refuses nothing that could be named.
    @Test func aThingFromElsewhereRefusedByPointingIsAWont() {
        let story = ("Ola", "At my last job they had self-service kiosks. People liked them.")
        let found = Self.extract(
            Self.opening + [story, ("Per", "Yeah, yeah, we're not doing that. Too expensive for us.")])
        let refused = found.first { $0.statement == "No self-service kiosks." }
        #expect(refused?.priority == .wont)
        #expect(refused?.sourceRefs.map(\.turn) == [4, 3])
        let vague = Self.extract(
            Self.opening + [("Ola", "At my last job it was all different."), ("Per", "We're not doing that.")])
        #expect(!vague.contains { $0.priority == .wont && $0.sourceRefs.contains { $0.turn == 4 } })
        #expect(ExtractionAgent.thingHad(in: "They had voice picking.") == "voice picking")
        #expect(ExtractionAgent.thingHad(in: "They had it in the old warehouse.") == nil)
        #expect(ExtractionAgent.thingHad(in: "We had voice picking.") == nil)
    }

    /// "We thought about a fine, but no, …": an option the speaker's side weighed and turned down is
    /// a Won't, and no step of a process; weighed and kept, or left open, it is none.
    @Test func anOptionWeighedAndTurnedDownIsAWont() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And if they don't bring the bike back?"),
                ("Ola", "Hmm. We thought about a fine, but no, we're a small shop. The bike is just blocked."),
            ])
        #expect(found.contains { $0.statement == "No fine." && $0.priority == .wont })
        #expect(!found.contains { $0.statement.contains("thought about") })
        #expect(ExtractionAgent.optionDropped(in: "We considered an app, but we decided against it.") == "app")
        #expect(ExtractionAgent.optionDropped(in: "We thought about an app, but it was too expensive.") == nil)
        #expect(ExtractionAgent.optionDropped(in: "We thought about it, but no.") == nil)
        #expect(ExtractionAgent.optionDropped(in: "They thought about a fine, but no.") == nil)
    }

    @Test(arguments: ["Not really.", "Not five hundred.", "Not on paper.", "Not sure.", "But not email, never."])
    func aNotThatRefusesNoOfferedOptionIsNoRequirement(_ reply: String) {
        let found = Self.extract(
            Self.opening + [("Kim", "Receipts by email or on paper, five hundred a year?"), ("Ola", reply)])
        #expect(!found.contains { $0.sourceRefs.first?.turn == 4 && $0.priority == .wont })
    }

    @Test func anAnswerThatNamesItsTopicStandsAlone() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Bike helmets at the station?"),
                ("Ola", "Bike helmets at every station."),
                ("Kim", "A deposit for the rental?"),
                ("Ola", "Twenty euros, paid by card."),
            ])
        #expect(found.contains { $0.statement == "Bike helmets at every station." })
        #expect(found.contains { $0.statement == "A deposit for the rental: 20 euros, paid by card." })
    }

    @Test func anAnswerNamingItsTopicInTheSingularStandsAlone() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "How do cancellations work today?"), ("Ola", "By phone. Cancellations are a mess."),
                ("Kim", "Anything about cancellations?"),
                ("Ola", "Free cancellation until 48 hours before."),
            ])
        #expect(found.contains { $0.statement == "Free cancellation until 48 hours before." })
        #expect(!found.contains { $0.statement.lowercased().contains("anything") })
    }

    @Test func aTopicTheAnswerRanksIsANeedThoughItIsNamedOnce() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "And reports?"),
                ("Ola", "Nice to have. A rental overview per month."),
            ])
        let report = try #require(found.first { $0.statement == "Reports: a rental overview per month." })
        #expect(report.priority == .could)
        let reply = Self.opening.count + 2
        #expect(report.sourceRefs.map(\.turn) == [reply, reply - 1])
        // Named once and not ranked, the same answer is small talk.
        let unranked = Self.extract(
            Self.opening + [("Kim", "And the weather?"), ("Ola", "Sunny, for a change.")])
        #expect(!unranked.contains { $0.statement.lowercased().contains("sunny") })
    }

    @Test func aRepliesSoundsAndYesAreNoPartOfItsDetail() {
        #expect(
            ConfirmedProposal.detail(of: "Uh, yes, only the station staff see the deposit.")
                == "only the station staff see the deposit")
        #expect(
            ConfirmedProposal.detail(of: "When the bike is back at a station, yes. Not before.")
                == "when the bike is back at a station")
    }

    @Test func aListSaidOneWordAtATimeIsOneAnswer() {
        #expect(ExtractionAgent.leadingAnswer(of: "Oh. Clean. Calm. Nothing busy.") == "Clean, calm.")
        // A language keeps its capital; only the sentence gave the others theirs.
        #expect(ExtractionAgent.leadingAnswer(of: "Dutch. English. Polish.") == "Dutch, English, Polish.")
        #expect(ExtractionAgent.leadingAnswer(of: "Quiet. SMS. Cheap.") == "Quiet, SMS, cheap.")
        #expect(ExtractionAgent.leadingAnswer(of: "Green. The bikes are green.") == "Green.")
        #expect(ExtractionAgent.leadingAnswer(of: "Um. The app, mostly.") == "The app, mostly.")
    }
}

@Suite struct NoProposalTests {
    @Test(arguments: [
        "Going back to the stations, the harbour one at ten minutes.", "Speaking of payments, the card reader.",
        "Lena said you'd have views on the bikes.", "Your manager mentioned the harbour station.",
    ])
    func topicShiftsAndReportedWordsAreMeetingTalk(sentence: String) {
        #expect(ExtractionAgent.isMeetingTalk(sentence))
    }

    @Test func aProposalIsNotMeetingTalk() {
        #expect(!ExtractionAgent.isMeetingTalk("So the app shows the free bikes at each station."))
    }
}

/// What a design team says that is no requirement, and what it is. Lines written for the test (a
/// fictional team designing a bike light).
@Suite struct DesignTeamTalkTests {
    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        let meeting = Transcript(
            id: "light", sourcePath: "light.md", format: .markdown,
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        return ExtractionAgent().extract(from: [meeting]).requirements
    }

    /// Turns that make "light", "battery" and "clip" the meeting's words.
    private static let opening: [(String, String)] = [
        ("Project Manager", "Today we talk about the bike light and its battery."),
        ("Industrial Designer", "The light needs a clip for the handlebar, and the battery sits in the clip."),
        ("Marketing", "The clip and the light in one colour, and the battery hidden."),
        ("Project Manager", "Okay, the light, the battery, the clip."),
    ]

    @Test(arguments: [
        "The light will be very expensive with that battery.",
        "It will be still more expensive, but the clip is fine.",
        "Every participant should draw the light on the whiteboard.",
        "It's important to place your laptop next to the clip.",
        "We should take the decision on the battery now.",
        "I think we need to concentrate on the light and the battery.",
        "Really need to wrap up now with the light.",
        "You still want me to present the battery.",
        "'cause I have to put the battery into the clip design.",
        "I'm supposed to present the light and the clip on Friday.",
        "We agreed that Tomas would check the price of the clip and the light.",
        "The next point they asked for is the battery of the light.",
        "But it still has to meet those limits of the light.",
        "They want these features on the clip.",
        "They want us to decide what battery the light is going to use.",
    ])
    func predictionsTasksAndMeetingTalkAreNoNeeds(sentence: String) {
        let found = Self.extract(Self.opening + [("User Interface", sentence)])
        #expect(found.allSatisfy { $0.sourceRefs.first?.turn != 5 }, "\(found.map(\.statement))")
    }

    @Test func aDecisionReportedWithThatFramesTheNeedAfterIt() throws {
        let found = Self.extract(
            Self.opening + [
                (
                    "Project Manager",
                    "Um we decided that, or we know that we need to use the clip colours and the light logo."
                )
            ]
        )
        let colours = try #require(found.first { $0.sourceRefs.first?.turn == 5 })
        #expect(colours.statement == "We need to use the clip colours and the light logo.")
    }

    @Test(arguments: [
        ("Or we know that we need to use the clip colours.", "we need to use the clip colours."),
        ("That is that we have to fit a battery into the clip.", "we have to fit a battery into the clip."),
        ("Therefore the light has to be bright.", "the light has to be bright."),
        ("The idea is that the light blinks.", "The idea is that the light blinks."),
    ])
    func leadInsAndFramesAreDropped(said: String, kept: String) {
        let words = said.split(separator: " ").map(String.init)
        #expect(ExtractionAgent.droppingFrame(words).joined(separator: " ") == kept)
    }

    @Test(arguments: [
        ("That should be the default.", "Cheapest first.", "Cheapest first should be the default."),
        ("That's a must.", "Two-factor login.", "Two-factor login is a must."),
        ("This has to work offline.", "The station map.", "The station map has to work offline."),
    ])
    func aPointerStandsForTheNameSaidBeforeIt(sentence: String, before: String, resolved: String) {
        #expect(PointerResolution.afterName(sentence, name: before) == resolved)
    }

    @Test(arguments: [
        ("That should be the default.", "We sort by price."),
        ("That should be fine.", "Exactly."),
        ("That should be the default.", "Is it cheapest first?"),
        ("That is what we want.", "I think so."),
        ("That's fine, but the light has to blink.", "Pavel said ten minutes."),
        ("That's fine.", "The blinking light."),
        ("That should be the default.", "Pavel said ten minutes."),
        ("That we can do later.", "The station map."),
    ])
    func aPointerAfterASentenceOrAnAnswerIsLeftAlone(sentence: String, before: String) {
        #expect(PointerResolution.afterName(sentence, name: before) == nil)
    }

    @Test(arguments: [
        ("The ordered quantity, it should be the default.", "The ordered quantity should be the default."),
        ("The night lights, they have to stay on.", "The night lights have to stay on."),
        // The thing "there's" presents before the comma.
        (
            "There's a small speaker for the alarm sound, it doesn't have to be hi-fi.",
            "A small speaker for the alarm sound doesn't have to be hi-fi."
        ),
    ])
    func aNamePutBeforeTheClauseIsItsSubject(said: String, resolved: String) {
        #expect(PointerResolution.dislocated(said) == resolved)
    }

    @Test(arguments: [
        "If it's different, it should be the default.", "Honestly, it should be the default.",
        "Pavel said so, it should be fine.", "The light, it blinks.",
        // "There's" before something other than a thing presented, or a thing too long to name.
        "There's no way, it has to be fixed.",
        "There is the speaker we looked at last week in the shop, it has to be loud.",
    ])
    func aClauseOrAWordBeforeThePointerIsNoName(said: String) {
        #expect(PointerResolution.dislocated(said) == nil)
    }

    @Test func theDefaultOfANamedThingIsANeedButAnIdeaJudgedIsNot() {
        let found = Self.extract(
            Self.opening + [("Marketing", "The blinking light. That should be the default. People like it.")])
        let stated = found.first { $0.sourceRefs.first?.turn == 5 }
        #expect(stated?.statement.contains("blinking light") == true)
        #expect(stated?.sourceRefs.first?.quote == "The blinking light. That should be the default.")
        let judged = Self.extract(Self.opening + [("Marketing", "A brighter light. That should be a good idea.")])
        #expect(!judged.contains { $0.sourceRefs.first?.turn == 5 })
    }

    @Test func aNeedPhraseThatStatesNothingEndsTheSentence() {
        // "will not only" states nothing; the "will" after it is no safer to read.
        let found = Self.extract(
            Self.opening + [
                ("Marketing", "So this will not only reduce the cost of the light but it will sell the battery.")
            ])
        #expect(!found.contains { $0.sourceRefs.first?.turn == 5 })
    }

    @Test(arguments: [
        "It has to be of course very slim and small.", "All you really need is the light with one button on the clip.",
        "The light should fit in your hand with the battery.", "We don't go for battery lights on the clip.",
        "Okay, and we go for the light with one button.",
        "So the plan is the following, we don't go for battery lights on the clip.",
        "We're supposed to make a light that is both bright and cheap, with the battery in the clip.",
        "We agreed that Blinking mode would be the default of the light.",
        "And it should look different from what the shops sell now.", "It has to feel soft.",
        "It should fit into a coat pocket.", "It has to be reliable.", "We have to make it more compact.",
    ])
    func qualitiesAndCleftsOfTheProductAreNeeds(sentence: String) {
        let found = Self.extract(Self.opening + [("User Interface", sentence)])
        #expect(found.contains { $0.sourceRefs.first?.turn == 5 })
    }

    @Test(arguments: [
        "It should look at what the shops sell now.", "It should feel free to change.",
        "It should look like we planned it.", "It should fit the schedule somehow.",
        "We have to make it to the next session.",
    ])
    func whatAnItDoesRatherThanHowItLooksNeedsTheConversationsWords(sentence: String) {
        let found = Self.extract(Self.opening + [("User Interface", sentence)])
        #expect(!found.contains { $0.sourceRefs.first?.turn == 5 })
    }
}

/// Acronyms spelled letter by letter are one word to every agent.
@Suite struct SpelledAcronymTests {
    @Test func aSpelledAcronymIsOneToken() {
        #expect(TextTokens("an L_C_D_ screen and a T_V_").words == ["an", "lcd", "screen", "and", "a", "tv"])
        #expect(TextTokens("snake_case names").words == ["snake", "case", "names"])
    }

    @Test func aSpelledAcronymIsWrittenAsOneWordInStatements() {
        #expect(
            TextCleanup.joiningSpelledAcronyms("a G_P_S_ chip, P_C_s and a (U_S_B_).")
                == "a GPS chip, PCs and a (USB).")
        #expect(TextCleanup.joiningSpelledAcronyms("snake_case and x_y stay") == "snake_case and x_y stay")
        #expect(SpeechCleaner().clean("So no G_P_S_ then.").text.contains("GPS"))
    }
}

/// How a fresh interview says what it wants: a thing that must stay possible, a correction said
/// with "no wait", a wish denied in a pseudo-cleft. Lines written for the test (a farm shop).
@Suite struct SpokenWishTests {
    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        let transcript = Transcript(
            id: "farm", sourcePath: "farm.md", format: .markdown,
            participants: [
                Participant(name: "Kim", role: "Business analyst"), Participant(name: "Anna", role: "Owner"),
            ],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        return ExtractionAgent().extract(from: [transcript]).requirements
    }

    private static let opening: [(String, String)] = [
        ("Kim", "How do people order and pay today?"),
        ("Anna", "They order by phone and pay cash at pickup. Pickup is at the farm, orders close on Thursday."),
    ]

    @Test func aThingThatMustStayPossibleIsANeed() {
        let found = Self.extract(
            Self.opening + [("Kim", "And payment?"), ("Anna", "Online, but cash at pickup should still be possible.")])
        #expect(found.contains { $0.statement.hasPrefix("Cash at pickup should still be possible") })
        // A pointer that should be possible names nothing.
        #expect(ExtractionFixtures.extract("That should be possible.") == nil)
    }

    @Test func aCorrectionWithNoWaitIsNoRefusal() {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "When do orders close?"),
                ("Anna", "Thursday at six. No wait, Wednesday at six, we pack on Thursday."),
            ])
        #expect(!found.contains { $0.priority == .wont && $0.statement.lowercased().contains("wait") })
    }

    @Test func aWishDeniedInAPseudoCleftIsAWont() throws {
        let found = Self.extract(
            Self.opening + [
                ("Kim", "Anything you definitely don't want?"),
                ("Anna", "What I don't want is customers making an account with a password."),
            ])
        let wont = try #require(found.first { $0.statement.contains("making an account") })
        #expect(wont.priority == .wont)
        #expect(NegationPolarity.isNegated(wont.statement))
    }
}
