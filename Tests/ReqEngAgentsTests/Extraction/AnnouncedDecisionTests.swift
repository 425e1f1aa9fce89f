import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A team's decision announced as such ("So the decision is no display", "the decision is that
/// it's white"), a proposal announced ("what I'm suggesting is …"), staying with an option, and a
/// read-back item that names one thing and its number. Every line is written for the test (a
/// fictional thermostat team).
@Suite struct AnnouncedDecisionTests {
    private static let opening: [(String, String)] = [
        ("Ann", "This meeting is about the thermostat, its display and the app."),
        ("Bob", "The thermostat and the app, yes. A display is expensive."),
    ]

    private static func meeting(_ lines: [(String, String)]) -> [String] {
        ExtractionFixtures.teamMeeting(opening + lines).map(\.statement)
    }

    @Test func aRulingAnnouncedAsTheDecisionIsAWont() throws {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [("Cat", "So the decision is no display on the device.")])
        let ruled = try #require(found.first { $0.statement.contains("display") })
        #expect(ruled.statement == "No display on the device.")
        #expect(ruled.priority == .wont)
    }

    @Test func aClauseAnnouncedAsTheDecisionIsTheNeed() {
        #expect(
            Self.meeting([("Cat", "The decision is that the thermostat is white.")]).contains(
                "The thermostat is white."))
        // Without a clause, or about something the meeting never returns to, nothing is decided.
        #expect(!Self.meeting([("Cat", "The decision is the thermostat.")]).contains { $0.contains("decision") })
        #expect(PseudoCleft.unfolded("The decision is that we meet on Friday.") == nil)
    }

    @Test func aProposalAnnouncedAsSuchIsTheClauseProposed() {
        let found = Self.meeting([("Cat", "So what I'm suggesting is, the thermostat works with the phone app.")])
        #expect(found.contains("The thermostat works with the phone app."), "\(found)")
        #expect(PseudoCleft.unfolded("What I'm suggesting is we talk later.") == nil)
        #expect(PseudoCleft.unfolded("What I'm suggesting is a break.") == nil)
    }

    @Test func stayingWithAnOptionIsADecision() {
        let found = Self.meeting([
            ("Cat", "Could we do a wooden thermostat?"), ("Ann", "Yeah, let's stay with the white thermostat."),
        ])
        #expect(found.contains("Let's stay with the white thermostat."), "\(found)")
    }

    @Test func aReadBackItemOfOneThingAndItsNumberConfirmsTheNeedBefore() {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Cat", "The battery should last at least two years."), ("Bob", "Yes, the battery, two years."),
                ("Ann", "Okay, to sum up: no display, battery for two years, and the app for the schedule."),
            ])
        let battery = found.filter { $0.statement.lowercased().contains("battery") }
        #expect(battery.count == 1, "\(found.map(\.statement))")
        #expect(battery.first?.sourceRefs.map(\.turn) == [3, 5])
    }
}

extension AnnouncedDecisionTests {
    @Test func whatThoseWhoCommissionTheProductLaidDownIsAMust() throws {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Ann", "Management says the thermostat is only for heating, not for air conditioning."),
                ("Ann", "And the new requirement is that the thermostat works with any boiler."),
            ])
        let heating = try #require(found.first { $0.statement.contains("heating") })
        #expect(heating.statement == "The thermostat is only for heating, not for air conditioning.")
        #expect(heating.priority == .must)
        #expect(found.contains { $0.statement == "The thermostat works with any boiler." && $0.priority == .must })
    }

    @Test(arguments: [
        "The client said we can meet on Friday.", "Management says so.", "The company decided the thermostat?",
        "Our boss said they are busy.", "Marketing says the thermostat is white.",
    ])
    func whatIsNoClauseOfTheProductLaidDownIsNoBrief(sentence: String) {
        let words = sentence.split(separator: " ").map(String.init)
        #expect(PseudoCleft.briefClause(words, words.map(SpeechCleaner.bare)) == nil)
    }
}
