import ReqEngModel
import Testing

@testable import ReqEngAgents

/// "They" that opens a turn after no question about people stands for the one kind of people the
/// turns just before name. Every line is written for the test (a fictional bike-rental app).
@Suite struct TheyOfRecentTurnsTests {
    @Test func theyAfterANodIsThePeopleNamedBefore() throws {
        let found = ClientWordingTests.extract([
            ("Ola", "For us the main thing is that mechanics see the broken bikes of the day in the morning."),
            ("Kim", "Okay."),
            ("Ola", "And they need to be able to mark a bike as repaired."),
        ])
        let mark = try #require(found.first { $0.statement.contains("mark a bike") })
        #expect(mark.statement.hasPrefix("Mechanics "))
    }

    @Test func theyAfterMoreAboutThemIsStillThem() throws {
        let found = ClientWordingTests.extract([
            ("Kim", "How do the mechanics get into the app?"),
            ("Ola", "They log in with their staff number and a PIN."),
            ("Ola", "And they should stay logged in for the whole shift."),
        ])
        let stay = try #require(found.first { $0.statement.contains("logged in for the whole shift") })
        #expect(stay.statement.hasPrefix("Mechanics "))
    }

    @Test func aQuestionLinkedByAndStillNamesItsPeople() {
        #expect(PointerResolution.onlyPeopleNamed(in: "And should teachers be able to block slots?") == "teachers")
        #expect(PointerResolution.onlyPeopleNamed(in: "So do parents pay online?") == "parents")
        #expect(PointerResolution.onlyPeopleNamed(in: "And the slots, how long are they?") == nil)
    }

    @Test(arguments: [
        // Two kinds of people named, or a turn about something else in between: "they" stays.
        "For us the main thing is that mechanics and customers see the broken bikes.",
        "Mechanics see the broken bikes. The repair list is printed every morning at the depot.",
    ])
    func theyWithNoOneKindOfPeopleBeforeStays(before: String) throws {
        let lines = before.components(separatedBy: ". ").map { ("Ola", $0) }
        let found = ClientWordingTests.extract(
            lines + [("Kim", "Okay."), ("Ola", "And they need to mark bikes as repaired.")])
        #expect(
            !found.contains { $0.statement.hasPrefix("Mechanics need") || $0.statement.hasPrefix("Customers need") })
    }
}
