import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A value settled after it was first said: the requirement keeps the last value and cites the
/// turn that settled it; questions, suggestions and unrelated values change nothing. Every line is
/// written for the test (a fictional bike-light team and a library kiosk interview).
@Suite struct ValueCorrectionTests {
    @Test func decisiveSentencesSettleAValue() {
        #expect(ValueCorrection.settledValue("Make it fifteen.")?.number == "fifteen")
        #expect(ValueCorrection.settledValue("Okay, three minutes then.")?.unit == "minute")
        #expect(ValueCorrection.settledValue("Twenty it is.")?.number == "twenty")
        #expect(ValueCorrection.settledValue("Let's say 30 seconds.")?.number == "30")
        #expect(ValueCorrection.settledValue("Four I can live with.")?.number == "four")
        #expect(ValueCorrection.settledValue("Three?") == nil)
        #expect(ValueCorrection.settledValue("I'd say five.") == nil)
        #expect(ValueCorrection.settledValue("We sold three hundred last year, then it stopped selling.") == nil)
    }

    @Test func theLastSettledValueReplacesTheFirst() throws {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "The light should switch off after two minutes without movement."),
            ("Marketing", "Two? That's short for a bike light. I'd say five."),
            ("Designer", "Three?"),
            ("Marketing", "Three. Okay. Three I can live with."),
        ])
        let light = try #require(found.first { $0.statement.contains("switch off") })
        #expect(light.statement.contains("3 minutes"))
        #expect(!light.statement.contains("two"))
        // The criterion holds the value in digits, and follows the correction too.
        #expect(light.acceptanceCriteria.contains { $0.contains("3 min") })
        #expect(!light.acceptanceCriteria.contains { $0.contains("2 min") })
        #expect(light.sourceRefs.map(\.turn) == [1, 4])
    }

    /// A bare "six then" after another number was said about something else settles that one.
    @Test func aNumberSaidSinceIsWhatABareValueSettles() throws {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "Let's say a cargo bike counts as two bikes in the rack."),
            ("Marketing", "Fine. But eight bikes online a day is a lot for one rack."),
            ("Designer", "Okay. Six then."),
        ])
        let cargo = try #require(found.first { $0.statement.contains("cargo") })
        #expect(cargo.statement.contains("two"))
        #expect(!cargo.statement.contains("6"))
    }

    @Test func aValueAboutSomethingElseChangesNothing() throws {
        let found = ExtractionFixtures.teamMeeting([
            ("Designer", "The light should switch off after two minutes without movement."),
            ("Designer", "The charger must be rated for ten volts."),
            ("Marketing", "Every five minutes is fine for the app sync."),
        ])
        let light = try #require(found.first { $0.statement.contains("switch off") })
        #expect(light.statement.contains("2 minutes"))
        #expect(light.sourceRefs.map(\.turn) == [1])
    }

    @Test func anInterviewersValueIsNoDecision() throws {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "How long should a reservation stay on the shelf?"),
            ("Ola", "The kiosk should hold a reservation for seven days."),
            ("Kim", "Make it ten."),
            ("Ola", "Hm, we'll see."),
        ])
        let hold = try #require(found.first { $0.statement.contains("reservation") })
        #expect(hold.statement.contains("7 days"))
    }
}
