import ReqEngModel
import Testing

@testable import ReqEngAgents

/// How extraction reads the marks of unscripted speech: cut-off words, restarts, broken-off
/// clauses, unmarked questions, and needs that are not obligations. Every sentence is written for
/// the test (a fictional bicycle-hire app), each with a counterpart that must still be read.
@Suite struct SpokenLanguageTests {
    private static func meeting(_ lines: [(String, String)]) -> Transcript {
        Transcript(
            id: "m1", sourcePath: "m1.json", format: .json, participants: [],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
    }

    private static func requirements(_ lines: [(String, String)]) -> [Requirement] {
        ExtractionAgent().extract(from: [meeting(lines)]).requirements
    }

    /// A short meeting about the hire app, so its words are the conversation's vocabulary.
    private static func aboutBikes(_ line: (String, String)) -> [Requirement] {
        requirements([
            ("Design", "The bikes are unlocked with the app, and the bikes have a lock and a light."),
            ("Sales", "Riders pay per minute for the bikes; the app shows the price and the lock."),
            line,
            ("Design", "The bikes and the app, then."),
        ])
    }

    // MARK: Cut-off words

    @Test func cutOffWordsAreDropped() {
        let cleaned = SpeechCleaner().clean("Riders want th also a light and a z a bell on the bikes").text
        #expect(!cleaned.split(separator: " ").contains("th"))
        #expect(!cleaned.split(separator: " ").contains("z"))
        #expect(cleaned.contains("also a light"))
    }

    @Test func aFirstWordCutOffAndSaidAgainIsDropped() {
        #expect(SpeechCleaner().clean("Th the app will change").text == "The app will change")
        #expect(SpeechCleaner().clean("Wh what riders want is a bell").text == "What riders want is a bell")
        // A word of its own, or letters the next word does not start with, stay.
        #expect(SpeechCleaner().clean("Hi there, riders want a bell").text == "Hi there, riders want a bell")
        #expect(SpeechCleaner().clean("TV screens show the map").text == "TV screens show the map")
        // "If kids drop it, it …": the condition's object and the main clause's subject are two words.
        #expect(
            SpeechCleaner().clean("If kids drop it, it should survive").text == "If kids drop it, it should survive")
        #expect(SpeechCleaner().clean("It, it should survive").text == "It should survive")
        #expect(
            SpeechCleaner().clean("When you drop it it should survive").text == "When you drop it it should survive")
        #expect(SpeechCleaner().clean("When it it drops it beeps").text == "When it drops it beeps")
        // Inside the sentence, a first syllable said and then the word whole is said once.
        #expect(SpeechCleaner().clean("The bell has to re reset at once").text == "The bell has to reset at once")
        #expect(SpeechCleaner().clean("A light for the ex exterior").text == "A light for the exterior")
        #expect(SpeechCleaner().clean("A note re the bell, it rings").text == "A note re the bell, it rings")
    }

    /// "the bike this bike should …": the noun said again with another determiner is one subject,
    /// the second try kept;
    /// "in my opinion" frames the need as "I think" does. Two nouns in a row stay.
    @Test func aNounRestartedWithAnotherDeterminerIsSaidOnce() throws {
        #expect(
            SpeechCleaner().clean("In my opinion the bike this bike shouldn't be heavy.").text
                == "This bike shouldn't be heavy.")
        #expect(
            SpeechCleaner().clean("Riders want the bike, this bike is light.").text
                == "Riders want the bike, this bike is light.")
        #expect(SpeechCleaner().clean("The bike the bike shouldn't be heavy.").text == "The bike shouldn't be heavy.")
        let found = Self.aboutBikes(("Design", "So in my opinion the bikes these bikes shouldn't be very heavy."))
        #expect(found.map(\.statement).contains("These bikes should not be very heavy."))
    }

    /// "…, yeah, …" inside a sentence is a filler; a "yeah" that opens it is a reply, read apart.
    @Test func aYeahSetOffByCommasIsAFiller() {
        #expect(
            SpeechCleaner().clean("The range has to be, uh yeah, quite a big distance.").text
                == "The range has to be quite a big distance.")
        #expect(SpeechCleaner().clean("Yeah, the range has to be big.").text == "The range has to be big.")
    }

    /// "They wanted so they would like …": a verb of wanting left without its object, and the
    /// subject said again after "so", is a restart; "we waited so we could …" is a purpose.
    @Test func aWantLeftWithoutItsObjectIsARestart() {
        #expect(
            SpeechCleaner().clean("They wanted so they would like the bikes to be red.").text
                == "They would like the bikes to be red.")
        #expect(
            SpeechCleaner().clean("We waited so we could see the bikes.").text == "We waited so we could see the bikes."
        )
        #expect(
            SpeechCleaner().clean("We need it so we can lock the bikes.").text == "We need it so we can lock the bikes."
        )
    }

    @Test func ofCourseIsNoPartOfTheNeed() {
        #expect(
            SpeechCleaner().clean("It has to be of course a very light bike").text == "It has to be a very light bike")
        #expect(
            SpeechCleaner().clean("Of course, the app has to show the price").text == "The app has to show the price")
    }

    @Test func alternativesToWeighAreNoChoice() {
        let weighed = Self.aboutBikes(
            ("Design", "We will of course have alternatives like a bell or a horn on the bikes."))
        #expect(!weighed.contains { $0.statement.contains("alternatives") })
        let chosen = Self.aboutBikes(("Design", "We will of course have a bell on the bikes."))
        #expect(chosen.contains { $0.statement.contains("bell") })
    }

    @Test func shortWordsUnitsAndTheFirstPersonStay() {
        let cleaned = SpeechCleaner().clean("I want it to weigh at most 5 kg so we go up the hill").text
        #expect(cleaned == "I want it to weigh at most 5 kg so we go up the hill")
    }

    @Test func aWordCutOffAndSaidAgainIsKeptOnce() {
        #expect(SpeechCleaner().clean("We want a ligh light that is bright").text == "We want a light that is bright")
        // The words before the cut, said again with the word whole.
        #expect(
            SpeechCleaner().clean("It should sit low on the bike fra on the bike frame").text
                == "It should sit low on the bike frame")
        // A correction to the negative keeps the negative.
        #expect(SpeechCleaner().clean("It should shouldn't rattle").text == "It shouldn't rattle")
    }

    @Test func wordsThatOnlyStartAlikeAreNoRepair() {
        // Words of grammar, names, and a word that ends a clause are left alone.
        for sentence in [
            "The lock has the theme of the city", "We call it Bike Biker for now", "It needs a car, carrier too",
        ] {
            #expect(SpeechCleaner().clean(sentence).text == sentence)
        }
    }

    /// Commas that only set off a filler go with it; a comma that may end a list item stays.
    @Test(arguments: [
        ("It has to work on both, um, phones and tablets.", "It has to work on both phones and tablets."),
        ("A display that shows, uh, the time and the date.", "A display that shows the time and the date."),
        ("It should give you, um, ten seconds to cancel.", "It should give you ten seconds to cancel."),
        ("We want red, um, blue and green.", "We want red, blue and green."),
    ])
    func aFillersCommasGoWithIt(said: String, cleaned: String) {
        #expect(SpeechCleaner().clean(said).text == cleaned)
    }

    @Test func aKindNamedIsNoHedge() {
        #expect(
            SpeechCleaner().clean("It has to be a certain kind of bell").text == "It has to be a certain kind of bell")
        #expect(SpeechCleaner().clean("What sort of lock do we want").text == "What sort of lock do we want")
        let hedged = SpeechCleaner().clean("The lock is kind of heavy")
        #expect(hedged.text == "The lock is heavy")
        #expect(hedged.hedges == 1)
    }

    // MARK: Spoken contractions

    @Test func spokenContractionsAreWrittenOut() {
        #expect(
            SpeechCleaner().clean("We don't wanna have a chain on the bikes.").text
                == "We don't want to have a chain on the bikes.")
        #expect(
            SpeechCleaner().clean("Wanna add a bell, the bikes gotta ring.").text
                == "Want to add a bell, the bikes got to ring.")
        // Only the whole word: "Savannah" and "wannabe" are not spoken forms.
        #expect(
            SpeechCleaner().clean("The wannabe riders in Savannah want a lock.").text
                == "The wannabe riders in Savannah want a lock.")
    }

    @Test func clippedWordsAreWrittenInFull() {
        #expect(
            SpeechCleaner().clean("We don't want ads, and the stats page shows the info.").text
                == "We don't want advertisements, and the statistics page shows the information.")
        // The negation and the quote stay as said; only the statement is written out.
        let wish = Self.aboutBikes(("Sales", "We don't want ads on the bikes."))
        #expect(wish.map(\.statement) == ["We don't want advertisements on the bikes."])
        #expect(wish.first?.sourceRefs.first?.quote == "We don't want ads on the bikes.")
        // A clipping with more than one reading ("docs": doctors or documents) stays as said, and so
        // does a word that only contains a clipping.
        #expect(
            SpeechCleaner().clean("The docs and the roads need the information desk.").text
                == "The docs and the roads need the information desk.")
    }

    @Test func aCasualWishIsReadLikeACarefulOne() {
        let casual = Self.aboutBikes(("Sales", "And we don't wanna have a lock that needs a key on the bikes."))
        #expect(casual.map(\.statement) == ["We don't want to have a lock that needs a key on the bikes."])
        #expect(casual.first.map { NegationPolarity.isNegated($0.statement) } == true)
    }

    @Test func aSuggestionToWeighOrAMeetingActivityIsNoRequirement() {
        #expect(Self.aboutBikes(("Sales", "You might want to add a bell to the bikes.")).isEmpty)
        #expect(Self.aboutBikes(("Sales", "So we want to draw the bikes and the lock on the board.")).isEmpty)
        #expect(!Self.aboutBikes(("Sales", "Riders want to add a bell to the bikes.")).isEmpty)
    }

    // MARK: Restarts and broken-off clauses

    @Test func aRestartedSubjectKeepsTheSecondStart() {
        let cleaned = SpeechCleaner().clean("We have to, in my opinion we have to double the number of bikes").text
        #expect(cleaned == "We have to double the number of bikes")
    }

    @Test func transcribersNotesOfSoundsGo() {
        #expect(
            SpeechCleaner().clean("(laughs) Right, so a receipt for every loan.").text == "A receipt for every loan.")
        #expect(SpeechCleaner().clean("The kiosk [inaudible] prints receipts.").text == "The kiosk prints receipts.")
        #expect(SpeechCleaner().clean("We need a bell (both laugh).").text == "We need a bell.")
        // Brackets with the speaker's words stay.
        #expect(SpeechCleaner().clean("The card number (PIN) is asked.").text == "The card number (PIN) is asked.")
        #expect(SpeechCleaner().clean("Contact details (phone) are kept.").text == "Contact details (phone) are kept.")
    }

    @Test func aModalLeftWithoutItsVerbStartsOver() {
        #expect(
            SpeechCleaner().clean("Riders say they must they could carry a light lock").text
                == "Riders say they could carry a light lock")
        #expect(SpeechCleaner().clean("We must we could add a bell").text == "We could add a bell")
        // A question keeps its order, and a modal with its verb is no restart.
        for sentence in [
            "What should we do about the bell?", "We can, as they said, add a bell", "I want you to add a bell",
        ] {
            #expect(SpeechCleaner().clean(sentence).text == sentence)
        }
    }

    @Test func aClauseBrokenOffAtToStartsOver() {
        #expect(
            SpeechCleaner().clean("They want to they would like a bell on the bikes").text
                == "They would like a bell on the bikes")
        // "to" before "you" is an object, a lower-case "i" a cut-off word, and "to we if" no new clause.
        for sentence in [
            "We want to give to you a lock", "We don't need much to i if the app shows it",
            "We want to we if the bikes are light",
        ] {
            #expect(SpeechCleaner().clean(sentence).text == sentence)
        }
    }

    @Test(arguments: [
        ("The having the lock in blue is a good idea.", "Having the lock in blue is a good idea."),
        ("And the the having the the lock in blue is fine.", "Having the lock in blue is fine."),
        // An article before a subject the speaker restarted with.
        ("Riders said that the they could carry a lock.", "Riders said that they could carry a lock."),
        // A gerund that is the noun keeps its article, and so does a noun in "-ing".
        ("The printing of the receipt takes long.", "The printing of the receipt takes long."),
        ("We need a ring to hold the keys.", "We need a ring to hold the keys."),
        // A discourse word that opens the sentence goes as well.
        ("Anyway we don't need a bell on the lock.", "We don't need a bell on the lock."),
    ])
    func anArticleLeftBeforeARestartOrAnOpeningAnywayGoes(said: String, cleaned: String) {
        #expect(SpeechCleaner().clean(said).text == cleaned)
    }

    @Test func aTagQuestionLeavesAStatement() {
        #expect(
            SpeechCleaner().clean("The app should show the price first, right?").text
                == "The app should show the price first.")
        #expect(SpeechCleaner().clean("We should drop the bell, no?").text == "We should drop the bell.")
        #expect(SpeechCleaner().clean("Should the app show the price first?").text.hasSuffix("?"))
        // A choice offered is no tag.
        #expect(SpeechCleaner().clean("Do we want a bell, yes or no?").text.hasSuffix("?"))
    }

    @Test func aSecondClauseIsNoRestart() {
        let sentence = "I want a light on the bikes, and I want a lock that the app opens"
        #expect(SpeechCleaner().clean(sentence).text == sentence)
    }

    /// The same clause opening twice, joined by "and" a few words before: two clauses, kept.
    @Test func twoJoinedClausesWithTheSameOpeningAreNoRestart() {
        let sentence = "It counts from when it's set to rented and when it's set to returned"
        #expect(SpeechCleaner().clean(sentence).text == sentence)
    }

    @Test func aRepeatedListIsNoRestart() {
        let sentence = "It has a bell up front, a light up front, and a lock"
        #expect(SpeechCleaner().clean(sentence).text == sentence)
    }

    @Test func aNeedPhraseBrokenOffAtOnceGivesWayToWhatFollows() {
        #expect(ExtractionAgent.brokenOffSkip(cue: ["have", "to"], predicate: ["so", "the", "bikes", "need"]) == 1)
        #expect(ExtractionAgent.brokenOffSkip(cue: ["need", "to"], predicate: ["the", "lock", "is", "key"]) == 0)
        #expect(ExtractionAgent.brokenOffSkip(cue: ["need"], predicate: ["the", "lock", "on", "bikes"]) == nil)
        #expect(ExtractionAgent.brokenOffSkip(cue: ["have", "to"], predicate: ["lock", "the", "bikes"]) == nil)
        let found = Self.aboutBikes(("Sales", "We have to so riders have to unlock the bikes with the app."))
        #expect(found.contains { $0.statement.hasPrefix("Riders") && $0.sourceRefs.contains { $0.turn == 3 } })
    }

    @Test func aBrokenOffClauseIsCutAndTheNeedKept() {
        let cleaned = SpeechCleaner().clean("We should use a solar panel for the light which is easy to").text
        #expect(cleaned == "We should use a solar panel for the light")
        // A need that is itself broken off stays broken, and so is no requirement.
        #expect(SpeechCleaner().clean("The bikes need to have the").text == "The bikes need to have the")
    }

    // MARK: No obligation is not a prohibition

    @Test func aNegatedObligationIsAWontNotAShallNot() throws {
        let found = Self.aboutBikes(("Sales", "The app doesn't have to show the price of every bike."))
        let wont = try #require(found.first { $0.statement.contains("price") })
        #expect(wont.priority == .wont)
        #expect(!wont.statement.contains("shall not"))
    }

    @Test func aProhibitionStaysAProhibition() throws {
        let found = Self.aboutBikes(("Sales", "The app must not show the price of other riders' trips."))
        let prohibition = try #require(found.first { $0.statement.contains("price") })
        #expect(prohibition.priority == .must)
        #expect(prohibition.statement.contains("shall not"))
    }

    @Test func whatYouDoNotHaveToDoIsNoRequirement() {
        let found = Self.aboutBikes(("Design", "You don't have to be clever to unlock the bikes with the app."))
        #expect(!found.contains { $0.sourceRefs.contains { $0.turn == 3 } })
    }

    // MARK: Not needs

    @Test func anUnmarkedQuestionIsNoRequirement() {
        let found = Self.aboutBikes(("Design", "Or do I need to put a light on the bikes and the lock"))
        #expect(!found.contains { $0.sourceRefs.contains { $0.turn == 3 } })
    }

    @Test func aConsequenceIsNoRequirement() {
        let found = Self.aboutBikes(("Design", "Then that would have to be a bigger lock on the bikes."))
        #expect(!found.contains { $0.sourceRefs.contains { $0.turn == 3 } })
    }

    @Test func disbeliefIsNoRequirement() {
        let found = Self.aboutBikes(("Design", "Can't believe I forgot the lock on the bikes."))
        #expect(!found.contains { $0.sourceRefs.contains { $0.turn == 3 } })
    }

    @Test func aTaskForTheHolderOfAFunctionIsNoRequirement() {
        let found = Self.aboutBikes(("Design", "The sales manager should set the price per minute for the bikes."))
        #expect(!found.contains { $0.sourceRefs.contains { $0.turn == 3 } })
        let product = Self.aboutBikes(("Sales", "The bikes should have a light that is on whenever the lock is open."))
        #expect(product.contains { $0.sourceRefs.contains { $0.turn == 3 } })
    }

    // MARK: Kept in the speaker's words

    @Test func aCleftIsKeptInTheSpeakersWords() throws {
        let found = Self.aboutBikes(("Design", "So all riders really need is the lock and the light on the bikes."))
        let cleft = try #require(found.first { $0.sourceRefs.contains { $0.turn == 3 } })
        #expect(cleft.isInSpeakersWords)
        #expect(!cleft.statement.contains("shall require is"))
    }

    @Test func aGroupsWishIsKeptInTheSpeakersWords() throws {
        // (A share of people, "most people want", is what a survey found: see TeamMeetingReadingTests.)
        let found = Self.aboutBikes(("Sales", "Our riders want a lock that the app opens on the bikes."))
        let wish = try #require(found.first { $0.sourceRefs.contains { $0.turn == 3 } })
        #expect(wish.isInSpeakersWords)
        #expect(wish.statement.hasPrefix("Our riders want"))
    }

    @Test func anItStandingForAClauseIsKeptInTheSpeakersWords() throws {
        let found = Self.aboutBikes(
            ("Sales", "It should be clear that the price of the bikes is shown before the lock opens."))
        let clause = try #require(found.first { $0.sourceRefs.contains { $0.turn == 3 } })
        #expect(clause.isInSpeakersWords)
        #expect(!clause.statement.hasPrefix("The system"))
    }

    @Test func aDecisionAboutTheMeetingIsNoRequirement() {
        let found = Self.aboutBikes(("Sales", "Let's keep in mind the point about the lock on the bikes."))
        #expect(!found.contains { $0.sourceRefs.contains { $0.turn == 3 } })
        let decided = Self.aboutBikes(("Sales", "Let's go with a yellow lock on the bikes."))
        #expect(decided.contains { $0.sourceRefs.contains { $0.turn == 3 } })
    }
}

extension SpokenLanguageTests {
    @Test func aWordSaidAgainAfterAPauseKeepsTheSecondTry() {
        #expect(SpeechCleaner().clean("The, um, the main thing is the kiosk.").text == "The main thing is the kiosk.")
        // A hedge between two commas leaves one; "just" set off by a comma only opens the sentence.
        #expect(
            SpeechCleaner().clean("Just, maybe, the kiosk locks after fifteen minutes.").text
                == "The kiosk locks after fifteen minutes.")
        #expect(SpeechCleaner().clean("Just one kiosk, that's all.").text == "Just one kiosk, that's all.")
        #expect(SpeechCleaner().clean("No, no login at the kiosk.").text == "No login at the kiosk.")
    }
}

extension SpokenLanguageTests {
    @Test func anEmbeddedQuestionEndsOnItsVerb() {
        #expect(!CandidateFilter.endsInFragment(["see", "who", "the", "members", "are"]))
        #expect(CandidateFilter.endsInFragment(["the", "kiosk", "is"]))
        #expect(
            ExtractionFixtures.extract("The board must never be able to see who the members are.")?.statement
                .hasSuffix("who the members are.") == true)
    }
}

extension SpokenLanguageTests {
    @Test(arguments: [
        "Customers can cancel a rental", "We use user accounts", "They pay payments by card", "We add addresses",
    ])
    func aWholeShortWordBeforeALongerOneIsNoCutWord(sentence: String) {
        #expect(SpeechCleaner().clean(sentence).text == sentence)
    }

    @Test(arguments: [
        (
            "It's important that customers can pay with their phone.",
            "Customers should be able to pay with their phone."
        ),
        ("It's important that the app works offline.", "The app should work offline."),
        ("It is essential that customers can cancel a rental.", "Customers shall be able to cancel a rental."),
        ("It's important that the receipts are correct.", "The receipts should be correct."),
        // A plural noun in "s" is no verb when its own verb follows.
        ("It's important that the buttons light up.", "The buttons should light up."),
        ("It's important that the station logs show every rental.", "The station logs should show every rental."),
    ])
    func theClauseAfterItIsImportantThatIsTheNeed(sentence: String, statement: String) {
        #expect(ExtractionFixtures.extract(sentence)?.statement == statement)
    }

    @Test(arguments: [
        "It's important that we talk to the staff first.", "It's important that it works.",
        "Make sure the buttons work.",
    ])
    func aClauseOfTheSpeakersOwnOrOfNothingNamedStatesNoNeed(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence)?.statement.hasPrefix("The system") != true)
    }
}
