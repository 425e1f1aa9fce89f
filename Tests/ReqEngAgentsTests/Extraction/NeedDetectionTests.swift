import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct NeedDetectionTests {
    @Test(arguments: [
        "The system must export invoices as PDF.",
        "Um, we need the app to, you know, remind patients by SMS.",
        "Nurses have to be able to see allergies on the chart.",
        "It would be nice if the dashboard could show weekly totals.",
        "We can't have the scheduler double-book a room.",
        "Could we make sure the portal must log every failed login?",
        "I want to be able to print the daily schedule.",
    ])
    func findsNeeds(_ sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) != nil)
    }

    @Test(arguments: [
        "Hi everyone, thanks for coming in today.",
        "Yeah, exactly.",
        "Sounds good to me.",
        "What reports do you need every week?",
        "Should the app send reminders?",
        "So what I'm hearing is that the system must send reminders.",
        "Right now we have to phone every patient by hand.",
        "I can't remember who set that up.",
        "The weather was terrible on Monday.",
    ])
    func ignoresNonNeeds(_ sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }

    /// "We have to decide, uh, so the case should …": the meeting's step is broken off, and the need is
    /// the clause after its "so"; a step with more to it ("decide so we can go home") states none.
    @Test func aNeedAfterAMeetingStepBrokenOffIsRead() {
        #expect(
            ExtractionFixtures.extract("Well, we have to decide, uh, so the case should be rubber.")?.statement
                == "The case should be rubber.")
        #expect(
            ExtractionFixtures.extract("I need to think, so the case should be rubber.")?.statement
                == "The case should be rubber.")
        #expect(ExtractionFixtures.extract("We have to decide so we can go home.") == nil)
        #expect(NeedDetector.afterMeetingStep(["we", "have", "to", "decide", "on", "the", "case", "so"]) == nil)
    }

    @Test func stripsFillersAndRestarts() {
        let cleaned = SpeechCleaner().clean("So, um, the the system should, like, you know, archive old records")
        #expect(cleaned.text == "The system should, archive old records")
        let hedged = SpeechCleaner().clean("I think maybe the app should export data")
        #expect(hedged.hedges == 2)
        #expect(hedged.text == "The app should export data")
    }

    @Test func readsActorActionAndCondition() throws {
        let requirement = try #require(
            ExtractionFixtures.extract("When a booking is cancelled, receptionists must be able to reopen the slot."))
        #expect(requirement.actor == "receptionist")
        #expect(requirement.action == "be able to reopen the slot")
        #expect(requirement.condition == "when a booking is cancelled")
        #expect(requirement.statement == "Receptionists shall be able to reopen the slot when a booking is cancelled.")

        let spoken = try #require(ExtractionFixtures.extract("We need to be able to print labels.", role: "Nurse"))
        #expect(spoken.actor == "nurse")
        #expect(spoken.statement == "The nurse shall be able to print labels.")

        let system = try #require(ExtractionFixtures.extract("We need the app to archive closed cases after 30 days."))
        #expect(system.actor == "system")
        #expect(system.statement.hasPrefix("The app shall archive closed cases"))
    }

    @Test(arguments: [
        ("The system must encrypt backups.", Priority.must),
        ("The system shall not store card numbers.", .must),
        ("The portal has to show opening hours.", .must),
        ("The app should remember the last search.", .should),
        ("Ideally the app could suggest free slots.", .could),
        ("It would be nice if reports could be emailed.", .could),
        ("The app must support payments, but not in this release.", .wont),
    ])
    func priorityFromModal(_ sentence: String, _ priority: Priority) throws {
        let requirement = try #require(ExtractionFixtures.extract(sentence))
        #expect(requirement.priority == priority)
    }

    @Test func negationIsKeptInTheStatement() throws {
        let requirement = try #require(ExtractionFixtures.extract("We can't have the scheduler double-book a room."))
        #expect(requirement.statement == "The scheduler shall not double-book a room.")
        #expect(requirement.actor == "system")
    }

    @Test func quoteIsTheSentenceAsSaidCappedAt200Characters() throws {
        let long = "The system must keep " + String(repeating: "very ", count: 60) + "old records."
        let transcript = Transcript(
            id: "s", sourcePath: "s.txt", format: .text, turns: [Turn(number: 1, speaker: "Ana", text: long)])
        let requirement = try #require(ExtractionAgent().extract(from: [transcript]).requirements.first)
        #expect(requirement.sourceRefs.first?.quote.count == 200)
        #expect(requirement.sourceRefs.first?.quote.hasPrefix("The system must keep very") == true)
    }

    /// "I'd love X" is a wish, kept in the speaker's words (X may be a thing or a doing); put off
    /// to another system or "someday", it is a Won't.
    @Test func aLovedThingPutOffIsAWontInTheSpeakersWords() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "And the spare copies of the kiosk cards, how do you keep track of those?"),
            ("Ola", "In my head. I'd love stock someday, but not in this system, not now."),
            ("Kim", "What else should the kiosk do?"),
            ("Ola", "I'd love a receipt printer at the kiosk."),
        ])
        #expect(
            found.map(\.statement) == [
                "I'd love stock someday, but not in this system, not now.", "I'd love a receipt printer at the kiosk.",
            ])
        #expect(found.map(\.priority) == [.wont, .should])
    }

    /// "It would be good to have a beep": a wish said of no one is read for what the product is to
    /// have; "it would be good to test it with students" may be the team's own task, and is not.
    @Test func anImpersonalWishIsReadForWhatTheProductHas() {
        let found = ExtractionFixtures.teamMeeting([
            ("Ana", "Let's look at the lock. The lock needs a battery. The lock has a keypad."),
            ("Cy", "People lose their keys. I think it would be good to have a beep in the lock."),
            ("Ben", "It would be a good idea to test the lock with students."),
            ("Ana", "The keypad and the lock and the beep."),
        ])
        #expect(found.contains { $0.statement == "The system should have a beep in the lock." })
        #expect(!found.contains { $0.statement.contains("students") })
    }

    /// "The projector doesn't want to see my laptop": a thing that will not work, said as if it had
    /// a will, is nobody's wish; a person's "doesn't want" still is.
    @Test func aThingThatWontWorkIsNoWish() {
        let found = ExtractionFixtures.teamMeeting([
            ("Ana", "Hang on, the projector doesn't want to see my laptop."),
            ("Ben", "The lock needs a battery. The lock has a keypad. It didn't want to start earlier."),
            ("Ana", "The customer doesn't want a key."),
        ])
        #expect(!found.contains { $0.statement.contains("projector") || $0.statement.contains("start") })
        #expect(found.contains { $0.statement == "The customer should not have a key." })
        #expect(
            ExtractionAgent.thingRefuses(["the", "printer", "doesn't"], cue: NeedCue("want", .should, strength: 0.75)))
        #expect(
            !ExtractionAgent.thingRefuses(["the", "school", "doesn't"], cue: NeedCue("want", .should, strength: 0.75)))
    }

    /// "Personally I prefer this one": an option shown in the room, which no reader can check.
    @Test func aPreferenceForAShownOptionIsNoRequirement() {
        let prefer = NeedCue("prefer", .should, strength: 0.7)
        #expect(ExtractionAgent.isNoWish(subject: ["i"], predicate: ["this", "one", "just"], cue: prefer))
        #expect(ExtractionAgent.isNoWish(subject: ["we"], predicate: ["the", "other", "one"], cue: prefer))
        #expect(!ExtractionAgent.isNoWish(subject: ["i"], predicate: ["one", "big", "button"], cue: prefer))
        #expect(
            !ExtractionAgent.isNoWish(
                subject: ["i"], predicate: ["this", "lock"], cue: NeedCue("want", .should, strength: 0.75)))
    }

    /// "Who does the shelving?" "Students, mostly. … they should only see the shelf list": "they"
    /// is the people the answer named.
    @Test func theyAfterAnAnswerToWhoIsThePeopleNamed() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "The kiosk should let members renew books. Who does the shelving at night?"),
            ("Ola", "Students, mostly. So, um, they should only be able to see the shelf list, you know."),
            ("Kim", "And what do members see?"),
            ("Ola", "Their loans. They should see the due dates."),
        ])
        #expect(found.map(\.statement).contains("Students should only be able to see the shelf list."))
        #expect(!found.contains { $0.statement.hasPrefix("Their loans") })
        #expect(PointerResolution.whoAnswer("The council.", question: "And who pays for it?") == "The council")
        #expect(PointerResolution.whoAnswer("I think the council pays.", question: "Who pays for it?") == nil)
        #expect(PointerResolution.whoAnswer("Students, mostly.", question: "What do they do?") == nil)
    }

    /// "What does the member get?" "Online, they should get an email …": "they" in the first
    /// sentence of the answer is the people the question asked about.
    @Test func theyInAnAnswerIsThePeopleTheQuestionAskedAbout() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "The kiosk should let members renew books. What does the member actually get in their hand?"),
            ("Ola", "So, online, they should get an email with the slip. They can print it too."),
        ])
        #expect(found.contains { $0.statement.hasPrefix("The member should get an email with the slip") })
        #expect(PointerResolution.askedAbout("And how do your volunteers log in?") == "the volunteers")
        #expect(PointerResolution.askedAbout("What does the kiosk print?") == nil)
        #expect(PointerResolution.askedAbout("Who pays for it?") == nil)
    }
}

extension NeedDetectionTests {
    @Test(arguments: [
        ("Big pictures of the dishes would help.", "Big pictures of the dishes would help."),
        ("The screen is small, so bigger buttons would really help.", "Bigger buttons would really help."),
    ])
    func aThingThatWouldHelpIsAWish(sentence: String, statement: String) {
        let found = ExtractionFixtures.extract(sentence)
        #expect(found?.statement == statement)
        #expect(found?.priority == .should)
    }

    @Test(arguments: ["That would help.", "It would help a lot.", "If you could call me, that would help."])
    func helpSaidOfNothingNamedIsAVerdict(sentence: String) {
        #expect(ExtractionFixtures.extract(sentence) == nil)
    }
}
