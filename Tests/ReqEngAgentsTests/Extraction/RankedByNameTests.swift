import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Needs ranked by name at the end of an interview ("The map and the reminder. Those two are the
/// must-haves."). Every line is written for the test (a fictional bike-rental app).
@Suite struct RankedByNameTests {
    private static let interview: [(String, String)] = [
        ("Kim", "What should the app do?"),
        ("Ola", "Customers should see a map of the free bikes."),
        ("Kim", "And then?"),
        ("Ola", "They should get a reminder when the rental is almost over."),
        ("Kim", "Anything about payment?"),
        ("Ola", "Customers should pay for the rental in the app."),
    ]

    private static func extract(ending lines: [(String, String)]) -> [Requirement] {
        ClientWordingTests.extract(interview + lines)
    }

    private static func priority(of words: String, in found: [Requirement]) throws -> Priority {
        try #require(found.first { $0.statement.contains(words) }).priority
    }

    @Test func thingsNamedAndThenRankedTakeTheRank() throws {
        let found = Self.extract(ending: [
            ("Kim", "What matters most to you?"),
            ("Ola", "The bike map and the reminders. Those two are the must-haves."),
        ])
        let map = try #require(found.first { $0.statement.contains("map of the free bikes") })
        #expect(map.priority == .must)
        #expect(map.statement == "Customers shall see a map of the free bikes.")
        #expect(map.sourceRefs.count == 2)
        #expect(map.sourceRefs.last?.quote == "Those two are the must-haves.")
        #expect(try Self.priority(of: "reminder", in: found) == .must)
        #expect(try Self.priority(of: "pay for the rental", in: found) == .should)
    }

    @Test func aListRankedInOneSentenceTakesTheRankEitherWay() throws {
        let before = Self.extract(ending: [("Ola", "The reminders and paying in the app are nice to have.")])
        #expect(try Self.priority(of: "reminder", in: before) == .could)
        #expect(try Self.priority(of: "pay for the rental", in: before) == .could)
        #expect(try Self.priority(of: "map of the free bikes", in: before) == .should)
        let after = Self.extract(ending: [("Ola", "The must-haves are the map and the reminders.")])
        #expect(try Self.priority(of: "map of the free bikes", in: after) == .must)
        #expect(try Self.priority(of: "reminder", in: after) == .must)
    }

    @Test func anInterviewersRankingRanksNothing() throws {
        let found = Self.extract(ending: [("Kim", "Okay. The bike map and the reminders are the must-haves then.")])
        #expect(try Self.priority(of: "map of the free bikes", in: found) == .should)
    }

    @Test(arguments: [
        // A question, a rank of one thing only, a sentence with a need of its own, and a name
        // that fits nothing: nothing is ranked.
        "The map and the reminders. Are those two the must-haves?",
        "The map is important and the reminders are too.",
        "Customers should rate the bikes and the stations. Those are the must-haves.",
        "The weather and the traffic. Those two are the must-haves.",
    ])
    func aRankingThatNamesNoNeedRanksNothing(ending: String) throws {
        let found = Self.extract(ending: [("Kim", "What matters most?"), ("Ola", ending)])
        #expect(try Self.priority(of: "map of the free bikes", in: found) == .should)
        #expect(try Self.priority(of: "reminder", in: found) == .should)
    }
}
