import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Ways a client in an interview says how much a need matters and what it is about without a need
/// phrase of the usual kind: "ideally" with the present tense, a ranking frame, a "has to" as the
/// yes, a refused "do you need", a topic answered with "those", the law as the reason. Every line is
/// written for the test (a fictional bike-rental app).
@Suite struct ClientWordingTests {
    static func extract(_ lines: [(String, String)]) -> [Requirement] {
        InterviewAnswerTests.extract(opening + lines)
    }

    /// A few turns that make "bike", "rental", "station" and "app" the conversation's words.
    private static let opening: [(String, String)] = [
        ("Kim", "Thanks for making time. Tell me about the bike rental and the new app."),
        ("Ola", "We rent bikes from six stations in town, and every rental is still on paper."),
        ("Kim", "Which stations are busiest, and what should the app change?"),
        ("Ola", "The station at the harbour. A rental there takes ten minutes, the app should make it one."),
    ]

    @Test func ideallyWithThePresentTenseIsAWish() throws {
        let found = Self.extract([
            ("Kim", "And when someone rents a bike, what would you want to happen?"),
            ("Ola", "Well, ideally the app unlocks the bike the moment the rental is paid."),
        ])
        let wish = try #require(found.first { $0.statement.contains("unlock") })
        #expect(wish.statement == "The app may unlock the bike the moment the rental is paid.")
        #expect(wish.priority == .could)
    }

    /// A plural subject's verb has no "s" ("the bikes show up"); the wish is read all the same, and
    /// a priority said after it ("but that's less important") ranks it instead of staying in it.
    @Test func ideallyWithAPluralSubjectIsAWishToo() throws {
        let found = Self.extract([
            ("Kim", "And the station maps, they're on the current app?"),
            ("Ola", "They're on paper. Ideally the stations show up on the app too, but that's less important."),
        ])
        let wish = try #require(found.first { $0.statement.contains("show up") })
        #expect(wish.statement == "The stations may show up on the app.")
        #expect(wish.priority == .could)
        // A word in "s" before a word that is no verb is no subject and verb.
        #expect(ProductStatement.presentVerbAfterSubject(["the", "bikes", "station", "app"]) == nil)
        #expect(ProductStatement.presentVerbAfterSubject(["the", "bikes", "get", "a", "lock"]) == 2)
    }

    @Test(arguments: [
        "Ideally we talk about the stations later.", "Ideally, yes.", "Ideally the bikes.",
    ])
    func ideallyWithoutAClauseOfTheProductStatesNothing(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    @Test func aRankedThatClauseIsAMustWithoutItsReason() throws {
        let found = Self.extract([
            ("Kim", "What matters most with the deposit?"),
            ("Ola", "The main thing for us is that the deposit is returned the same day, so people come back."),
        ])
        let ranked = try #require(found.first { $0.statement.contains("deposit") })
        #expect(ranked.statement == "The deposit is returned the same day.")
        #expect(ranked.priority == .must)
    }

    @Test(arguments: [
        (["the", "main", "thing", "for", "us", "is", "that"], true),
        (["the", "most", "important", "thing", "here", "is"], false),
        (["the", "key", "thing", "is"], false),
    ])
    func rankingFramesAndWhetherTheyNeedThat(words: [String], needsThat: Bool) throws {
        let frame = try #require(PseudoCleft.thingFrame(words[...]))
        #expect(frame.needsThat == needsThat)
        // Whatever the frame, what it ranks is a Must.
        #expect(PseudoCleft.unfolded(words.joined(separator: " ") + " the stock is right")?.must == true)
    }

    @Test(arguments: [
        "The main thing is, people enjoy the ride along the harbour.",
        "The main thing for us is the price of a rental.",
        "The best thing is that the bikes are new.",
    ])
    func aGoalOrAThingRankedIsNoClauseOfANeed(sentence: String) {
        #expect(PseudoCleft.unfolded(sentence)?.sentence == nil)
    }

    @Test func aRefusedNeedQuestionIsAWont() throws {
        let found = Self.extract([
            ("Kim", "Do you need the app to take payments for damage?"),
            ("Ola", "No, not really. Damage is paid at the station, that stays as it is."),
        ])
        let refused = try #require(found.first { $0.statement.contains("payments for damage") })
        #expect(refused.priority == .wont)
        #expect(refused.sourceRefs.map(\.turn) == [6, 5])
    }

    @Test func aYesSaidWithHasToMakesTheNeedAMust() throws {
        let found = Self.extract([
            ("Kim", "Should the app work when the station has no network?"),
            ("Ola", "It has to, yeah. We lose the network at the harbour every week."),
        ])
        let need = try #require(found.first { $0.statement.contains("network") })
        #expect(need.statement == "The app shall work when the station has no network.")
        #expect(need.priority == .must)
    }

    @Test(arguments: [
        ("It has to, yeah.", true), ("Yes, it must.", true), ("Yes.", false),
        ("It doesn't have to.", false), ("It has to be said that we never asked the riders about it.", false),
    ])
    func whetherAnAnswerInsists(answer: String, insists: Bool) {
        #expect(ConfirmedProposal.insists(answer) == insists)
    }

    @Test func thoseAfterATopicQuestionStandForTheTopic() throws {
        let found = Self.extract([
            ("Kim", "What about bikes from other stations?"),
            ("Ola", "Those have to go back to their own station by the evening."),
        ])
        let topic = try #require(found.first { $0.statement.contains("evening") })
        #expect(topic.statement.hasPrefix("Bikes from other stations "))
    }

    @Test(arguments: [
        (["bikes", "from", "other", "stations"], true), (["the", "video", "consultations"], true),
        (["training", "new", "staff"], false), (["the", "bus"], false), (["security"], false),
    ])
    func thingsInThePlural(words: [String], plural: Bool) {
        #expect(PointerResolution.isPluralThing(words) == plural)
    }

    @Test func aNamedListAnsweringABareTopicIsRankedByTheLaw() throws {
        let found = Self.extract([
            ("Kim", "Languages?"),
            ("Ola", "English and Welsh. Both, always. That's a legal thing for us."),
        ])
        let languages = try #require(found.first { $0.statement.contains("Welsh") })
        #expect(languages.statement == "Languages: English and Welsh.")
        #expect(languages.priority == .must)
    }

    @Test func aTopicAnsweredAfterAReasonIsTheAnswer() throws {
        let found = Self.extract([
            ("Kim", "Anything about languages?"),
            ("Ola", "Half of our riders are tourists, so English and German at least."),
        ])
        #expect(found.contains { $0.statement == "Languages: English and German at least." })
        #expect(OpenAnswer.phraseAfterReason("We are a small branch, so just the title.") == "Just the title.")
        // "So" that opens a clause of its own is no answer.
        #expect(OpenAnswer.phraseAfterReason("Half of them are tourists, so we need English.") == nil)
        #expect(OpenAnswer.phraseAfterReason("English and German.") == nil)
    }

    /// "And the languages?" "… so English would be nice too, but it's not a must.": a wish that
    /// answers the question, though "English" is said once, ranked by "not a must".
    @Test func aWishAnsweringTheQuestionIsRankedByWhatFollows() {
        let found = Self.extract([
            ("Kim", "And the languages?"),
            ("Ola", "We have a few tourists, so English would be nice too, but it's not a must."),
        ])
        #expect(found.contains { $0.statement.contains("English would be nice") && $0.priority == .could })
        #expect(PriorityWords.priority(in: "It's a must.") == .must)
        #expect(PriorityWords.priority(in: "It's not a must.") == .could)
        // Unasked, a wish for a thing the conversation never returns to is small talk.
        let unasked = Self.extract([("Ola", "Nice weather today. English would be nice too.")])
        #expect(!unasked.contains { $0.statement.contains("English") })
    }

    @Test(arguments: [
        ("That's required by law here.", Priority.must), ("It's a legal requirement.", .must),
        ("The law says so.", .must), ("The lawyer was nice.", nil),
    ])
    func theLawRanksANeed(sentence: String, priority: Priority?) {
        #expect(PriorityWords.priority(in: sentence) == priority)
    }

    @Test(arguments: [
        ("English and Welsh.", "English and Welsh."), ("Visa, Mastercard, cash.", "Visa, Mastercard, cash."),
        ("Cash and cards.", "cash and cards."), ("The title.", "the title."),
    ])
    func aListOfNamesKeepsItsCapital(text: String, lowered: String) {
        #expect(TextCleanup.lowercasedFirst(text) == lowered)
    }

    @Test func justToCheckAnnouncesARecap() {
        #expect(ReadBack.announces("So just to check: scan on return, close the loan, works offline."))
        #expect(!ReadBack.announces("We need to check the loan."))
    }

    @Test func aThingWishedForWithWouldBeGreatIsACould() throws {
        let found = Self.extract([
            ("Kim", "And reminders for the rental?"),
            ("Ola", "Oh yes please. A text the day before would be great, and maybe an email as well."),
            ("Kim", "Should riders be able to cancel through the text?"), ("Ola", "Yes, that would help."),
        ])
        let wish = try #require(found.first { $0.statement.contains("text the day before") })
        #expect(wish.statement == "A text the day before would be great.")
        #expect(wish.priority == .could)
    }

    @Test(arguments: [
        "That would be great.", "It would be nice.", "In the morning would be great.", "We would be happy.",
    ])
    func welcomeWithoutAThingIsNoWish(sentence: String) {
        #expect(
            PriorityVerdict.wished(sentence.split(separator: " ").map(String.init), TextTokens(sentence).words) == nil)
    }

    @Test func whoIsAllowedNamedWithAnAsideAfterAComma() throws {
        let found = Self.extract([
            ("Kim", "And who should be able to change the opening hours of a station?"),
            ("Ola", "Only the station manager, that's me and my colleague."),
        ])
        let who = try #require(found.first { $0.statement.contains("opening hours") })
        #expect(who.statement == "Only the station manager should be able to change the opening hours of a station.")
    }

    @Test func aTopicWithAPrepositionAnsweredNoIsTheThingTheAnswerNames() {
        let found = Self.extract([
            ("Kim", "And for group rentals?"),
            ("Ola", "No, those still need to go through us, we check the group first."),
        ]).map(\.statement)
        #expect(!found.contains { $0.hasPrefix("No for") })
        #expect(found.contains("Group rentals shall still go through staff."))
    }

    @Test func theyAfterWhatAboutPeopleAndAQuestionStandsForThePeople() {
        let found = Self.extract([
            ("Kim", "What about the mechanics, do they need to see anything?"),
            ("Ola", "They need to see the broken bikes for the day, obviously."),
        ]).map(\.statement)
        #expect(found.contains { $0.hasPrefix("The mechanics shall see the broken bikes") })
    }

    @Test(arguments: [
        (
            "it has to be stored in the EU, our data protection officer is very strict about that",
            "it has to be stored in the EU"
        ),
        ("it needs to be simple, a lot of our riders are elderly", "it needs to be simple"),
        ("it needs to be simple, a lot of the time", "it needs to be simple, a lot of the time"),
    ])
    func aReasonSplicedOnWithASubjectOfItsOwnIsDropped(sentence: String, kept: String) {
        #expect(StatementPolisher.trimmingRationale(sentence) == kept)
    }

    @Test func aButNotAfterANeedIsWhatTheNeedLeavesOut() {
        let found = Self.extract([
            ("Kim", "What about the mechanics, do they need to see anything?"),
            (
                "Ola",
                "They need to see the broken bikes for the day, obviously, and the station of each. "
                    + "But not the rider's full history on that screen, that's in the other system."
            ),
        ]).map(\.statement)
        #expect(
            found.contains(
                "The mechanics shall see the broken bikes for the day, and the station of each, "
                    + "but not the rider's full history on that screen."), "\(found)")
    }

    @Test(arguments: [
        (
            "But not the rider's full history on that screen, that's elsewhere.",
            "not the rider's full history on that screen"
        ),
        ("But not on Sundays.", "not on Sundays"), ("But not really, no.", nil),
        ("But not if it rains.", "not if it rains"),
        ("But not that it matters.", nil),
    ])
    func whatAButNotExcepts(sentence: String, phrase: String?) {
        #expect(ExtractionAgent.exception(sentence) == phrase)
    }

    @Test func aChatAssistantThatAsksIsReadAsAnInterviewer() throws {
        let lines: [(String, String)] = [
            ("user", "I run a bike rental and want an online booking page for the bikes."),
            ("assistant", "Great. What should happen when a bike is booked out?"),
            ("user", "It should disappear from the booking page until it is back at a station."),
            ("assistant", "How do customers pay?"), ("user", "Card online, or cash at the station."),
            ("assistant", "Do you need customer accounts for the bikes?"),
            ("user", "No. Just a name and a phone number."),
        ]
        let transcript = Transcript(
            id: "chat", sourcePath: "chat.json", format: .json,
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        let found = ExtractionAgent().extract(from: [transcript]).requirements
        let statements = found.map(\.statement)
        #expect(
            statements.contains { $0.hasPrefix("The bike should disappear from the booking page") }, "\(statements)")
        #expect(statements.contains("Customers pay: card online, or cash at the station."), "\(statements)")
        let refused = try #require(found.first { $0.statement.contains("customer accounts") })
        #expect(refused.priority == .wont)
        // The assistant's own words are never a stakeholder's need.
        #expect(!found.contains { $0.sourceRefs.first?.speaker == "assistant" })
    }

    @Test(arguments: [
        ("What should happen when an item sells out?", "the item"),
        ("What happens if the bike is stolen?", "the bike"), ("What should happen when a customer calls?", nil),
        ("What do you do when it rains?", nil),
    ])
    func theThingAConditionNames(question: String, thing: String?) {
        #expect(PointerResolution.thingOfCondition(question) == thing)
    }

    @Test(arguments: [
        ("How do customers pay?", "customers pay"), ("How do you do it now?", nil), ("How do you feel?", nil),
    ])
    func aHowQuestionAsksForAWay(question: String, topic: String?) {
        #expect(OpenAnswer.topic(of: question) == topic)
    }

    @Test func aWordingProposedInQuotesAndAgreedIsTheNeed() throws {
        let found = Self.extract([
            (
                "Kim",
                "\"Quick\" is hard to test. Would this wording work: \"The app shall unlock the bike within 5 seconds of "
                    + "payment\"?"
            ),
            ("Ola", "Yes, exactly that."),
            ("Kim", "Could we say the station screen appears within 1 second of paying?"),
            ("Ola", "Sure, sounds reasonable."),
        ])
        let quoted = try #require(found.first { $0.statement.contains("unlock") })
        #expect(quoted.statement == "The app shall unlock the bike within 5 seconds of payment.")
        #expect(quoted.priority == .must)
        #expect(quoted.sourceRefs.map(\.turn) == [6, 5])
        #expect(found.contains { $0.statement == "The station screen appears within 1 second of paying." })
    }

    @Test(arguments: [
        (
            "Proposed: \"The rider shall see the price before paying.\" Is that right?",
            "The rider shall see the price before paying."
        ),
        ("\"Basically instant\" is hard to test.", nil), ("Would \"fast enough\" do?", nil),
    ])
    func theWordingAQuestionProposes(text: String, wording: String?) {
        #expect(ConfirmedProposal.quotedWording(in: text) == wording)
    }

    @Test func anythingElseAnsweredNoRulesNothingOut() {
        let found = Self.extract([("Kim", "Anything else before Thursday?"), ("Ola", "No, that's it. Thanks!")])
        #expect(!found.contains { $0.statement.hasPrefix("No anything") })
        #expect(ConfirmedProposal.topic(of: "Anything else?") == nil)
    }

    @Test func aWhoQuestionThatAlsoAsksWhereIsNotAnsweredByAName() {
        #expect(PartyAnswer.question(in: ["Who should be able to freeze a card, and from where?"]) == nil)
        #expect(PartyAnswer.question(in: ["Who should be able to freeze a card?"]) != nil)
    }

    @Test func aNeedSaidAfterAQuestionLeftToTrailOff() {
        let found = Self.extract([
            ("Kim", "And the route, the order of the rentals, is that something..."),
            ("Ola", "No, no, the office plans that. I just want the address to open in Google Maps. One tap."),
        ]).map(\.statement)
        #expect(found.contains("The address should open in Google Maps."), "\(found)")
        #expect(ConversationContext.trailsOff("is that something\u{2026}"))
        #expect(!ConversationContext.trailsOff("That is something."))
    }

    @Test(arguments: [
        ("It'd be way better if the station could print a receipt.", "The station should print a receipt."),
        ("It would be much better if the app warned riders first.", "The app should warn riders first."),
    ])
    func aComparisonMadeStrongerIsAWish(sentence: String, statement: String) {
        #expect(ExtractionFixtures.extract(sentence)?.statement == statement)
    }

    @Test func anAdverbAfterTheSpeakerBreaksNoSubject() {
        #expect(ExtractionFixtures.extract("I just want the address to open in Google Maps.") != nil)
        #expect(ExtractionFixtures.extract("Just want to say thanks.") == nil)
    }

    @Test func numberOneIsAMust() throws {
        let ranked = try #require(PriorityVerdict.reading("Offline is number one."))
        #expect(ranked.words == "Offline is a must.")
        #expect(ranked.priority == .must)
        #expect(PriorityWords.priority(in: "For us, offline is number one.") == .must)
    }

    @Test func aTopicRefusedInALaterSentenceIsAWont() throws {
        let found = Self.extract([
            ("Kim", "And ordering parts?"),
            (
                "Ola",
                "Ordering, yeah, that would be nice too, but honestly the office can keep doing that. "
                    + "I don't need that on my phone."
            ),
        ])
        let refused = try #require(found.first { $0.statement == "No ordering parts." })
        #expect(refused.priority == .wont)
        #expect(refused.sourceRefs.map(\.turn) == [6, 5])
    }

    @Test(arguments: [
        ("I don't need that on my phone.", true), ("We don't want it.", true), ("I don't need that many.", false),
        ("They don't need that.", false),
    ])
    func whatRefusesWhatWasSaid(sentence: String, refuses: Bool) {
        #expect(ConfirmedProposal.refusesWhatWasSaid(sentence) == refuses)
    }

    @Test func whatIsStoredIsTheDataNotTheSystem() {
        let found = Self.extract([
            ("Kim", "Anything about the rental data?"),
            ("Ola", "Well, it's personal data, so it has to be stored in the EU, our lawyer is strict about that."),
        ]).map(\.statement)
        #expect(found.contains("The data shall be stored in the EU."), "\(found)")
        #expect(ExtractionAgent.storesData("The system shall not be kept longer than a year."))
        #expect(!ExtractionAgent.storesData("The system shall be simple."))
    }

    @Test func anOptionFloatedAfterARulingIsNotRuledOut() throws {
        let found = Self.extract([
            ("Kim", "Anything about the app on the phones at the station?"),
            ("Ola", "No app store hassle, maybe a web app at the station."),
        ])
        let ruled = try #require(found.first { $0.statement.hasPrefix("No app store") })
        #expect(ruled.statement == "No app store hassle.")
    }
}
