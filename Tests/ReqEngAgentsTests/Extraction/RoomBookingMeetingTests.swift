import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A planning meeting of our own for a room-booking app: among a team, a bare "it" is kept only
/// when what is said of it is plainly the product's; what it runs on is.
struct RoomBookingMeetingTests {
    private static let opening: [(String, String)] = [
        ("Anna", "Okay, let's start. This is the planning meeting for the new room booking app for our office."),
        ("Ben", "People mostly complain that they can't see which rooms are free."),
        ("Anna", "So the app should show which rooms are free right now?"),
        ("Ben", "Yes, and for the rest of the day."),
    ]

    @Test func whatABareItRunsOnIsTheProducts() {
        let found = InterviewAnswerTests.extract(Self.opening + [("Carla", "It must work on phones.")])
        #expect(found.contains { $0.statement == "The system shall work on phones." && $0.priority == .must })
    }

    @Test func aBareItGivenAThingNobodyReturnsToStaysOut() {
        let found = InterviewAnswerTests.extract(Self.opening + [("Carla", "It must have a dark mode.")])
        #expect(!found.contains { $0.statement.contains("dark mode") })
    }

    @Test func runningOnAPlatformIsNoTaskOfTheMeeting() {
        #expect(ExtractionAgent.namesPlatform(["to", "work", "on", "old", "phones"]))
        #expect(ExtractionAgent.namesPlatform(["run", "on", "any", "tablet"]))
        #expect(!ExtractionAgent.namesPlatform(["work", "on", "the", "design"]))
        #expect(!ExtractionAgent.namesPlatform(["be", "on", "phones"]))
    }
}
