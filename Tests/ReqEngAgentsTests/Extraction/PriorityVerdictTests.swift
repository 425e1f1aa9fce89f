import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A thing named with its priority and no need phrase ("Okay, voice is nice to have.").
@Suite struct PriorityVerdictTests {
    @Test(arguments: [
        ("Okay, voice is nice to have.", "Voice is nice to have.", Priority.could),
        ("Let's say a wooden cover is a nice-to-have, then.", "A wooden cover is nice to have.", .could),
        ("So the receipt is a must.", "The receipt is a must.", .must),
        ("Offline loans are top priority.", "Offline loans are a must.", .must),
        ("Fine reminders are not needed.", "Fine reminders are not needed.", .wont),
        ("The receipt is the other must-have.", "The receipt is a must.", .must),
        (
            "Okay, the card reader working offline, I'd put that as a must too.",
            "The card reader working offline: a must.", .must
        ),
        ("Email receipts, I would call it a nice to have.", "Email receipts: nice to have.", .could),
    ])
    func aThingAndItsPriority(said: String, statement: String, priority: Priority) {
        let reading = PriorityVerdict.reading(said)
        #expect(reading?.words == statement)
        #expect(reading?.priority == priority)
    }

    @Test(arguments: [
        "That's a nice to have.",  // points back
        "It is a must.",
        "The email is optional.",  // a field users may leave empty
        "Voice is nice to have, and they also asked for a timer.",  // a clause of its own follows
        "The kiosk in the hall is important for us.",  // no priority word of the list
        "We are a must for the town.",
        "Email receipts, I'd put that on the list.",  // no priority said
        "Email receipts, you'd call it a must.",  // someone else's verdict, asked about
    ])
    func notAVerdict(said: String) {
        #expect(PriorityVerdict.reading(said) == nil)
    }

    @Test func aVerdictInAConversationIsARequirementOfThatPriority() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "Tell me about the kiosk receipts."), ("Ola", "Members want a receipt from the kiosk."),
            ("Kim", "And receipts by email?"), ("Ola", "Okay, email receipts are nice to have."),
        ])
        let email = found.first { $0.statement == "Email receipts are nice to have." }
        #expect(email?.priority == .could)
        #expect(email?.sourceRefs.first?.turn == 4)
    }
}

extension PriorityVerdictTests {
    @Test func aThingNamedThenJudged() {
        let reading = PriorityVerdict.reading("So a receipt for every loan, that's a must, I'd say.")
        #expect(reading?.words == "A receipt for every loan: a must.")
        #expect(reading?.priority == .must)
        #expect(PriorityVerdict.reading("Email receipts, that's nice to have.")?.priority == .could)
        // A clause before the comma says more than a thing; a verdict on what was said points back.
        #expect(PriorityVerdict.reading("We need receipts, that's a must.") == nil)
        #expect(PriorityVerdict.reading("Yes, that's a must.") == nil)
        #expect(PriorityVerdict.reading("A receipt for every loan, that's what members ask.") == nil)
    }
}
