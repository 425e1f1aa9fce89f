import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite("Conflicts and duplicates across sessions")
struct ConflictAndDuplicateTests {
    typealias F = QualityFixtures

    private func issues(_ requirements: [Requirement]) -> [QualityIssue] {
        ValidationAgent(rules: [ConflictRule(), DuplicateRule()]).validate(requirements)
    }

    @Test func contradictingBoundsOnTheSameQuantityConflict() throws {
        let early = F.requirement(
            "REQ-001", "Patients must cancel at least 24 hours before the appointment.", speaker: "Dana", session: "s1")
        let late = F.requirement(
            "REQ-002", "Patients can cancel up to 2 hours before the appointment.", speaker: "Omar", session: "s2")
        let found = issues([early, late])
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.issueType == "conflict")
        #expect(conflict.severity == .error)
        #expect(conflict.requirementID == "REQ-001")
        #expect(conflict.relatedRequirementIDs == ["REQ-002"])
        #expect(conflict.message.contains("\"at least 24 hours\""))
        #expect(conflict.message.contains("\"up to 2 hours\""))
    }

    @Test func compatibleBoundsDoNotConflict() {
        let lower = F.requirement("REQ-001", "Patients must cancel at least 2 hours before the appointment.")
        let upper = F.requirement("REQ-002", "Reminders must be sent at most 48 hours before the appointment.")
        #expect(issues([lower, upper]).filter { $0.issueType == "conflict" }.isEmpty)
    }

    @Test func boundsOnUnrelatedQuantitiesDoNotConflict() {
        let search = F.requirement("REQ-001", "Search results shall appear within 2 seconds.")
        let backup = F.requirement("REQ-002", "The nightly backup shall take at least 30 minutes of downtime budget.")
        #expect(issues([search, backup]).isEmpty)
    }

    @Test func mustAgainstMustNotOnTheSameActionConflicts() throws {
        let allow = F.requirement("REQ-001", "Receptionists must delete cancelled appointments.", speaker: "Dana")
        let forbid = F.requirement("REQ-002", "Receptionists must not delete cancelled appointments.", speaker: "Omar")
        let conflict = try #require(issues([allow, forbid]).first)
        #expect(conflict.issueType == "conflict")
        #expect(conflict.message.contains("forbids"))
    }

    @Test func aProhibitionOnSomeDaysIsAnExceptionNotAnOpposite() {
        let send = F.requirement("REQ-001", "The reminder should go out one day before the appointment.")
        let notSunday = F.requirement("REQ-002", "The reminders should not go out on Sundays.", speaker: "Omar")
        #expect(issues([send, notSunday]).isEmpty)
        let never = F.requirement("REQ-002", "The reminders should not go out before the appointment.", speaker: "Omar")
        #expect(issues([send, never]).contains { $0.issueType == "conflict" })
    }

    @Test func mustNotOnADifferentActionIsNoConflict() {
        let allow = F.requirement("REQ-001", "Receptionists must delete cancelled appointments.")
        let forbid = F.requirement("REQ-002", "Receptionists must not see medical notes.")
        #expect(issues([allow, forbid]).isEmpty)
    }

    @Test func incompatibleTechnologyChoicesConflict() throws {
        let first = F.requirement("REQ-001", "The system shall use PostgreSQL for bookings.")
        let second = F.requirement("REQ-002", "The system shall use MySQL as its database.")
        let conflict = try #require(issues([first, second]).first)
        #expect(conflict.message.contains("\"postgresql\""))
        #expect(conflict.message.contains("\"mysql\""))
    }

    @Test func paraphrasesInDifferentSessionsAreDuplicates() throws {
        let first = F.requirement(
            "REQ-001", "Patients must be able to book appointments online.", speaker: "Dana", session: "s1")
        let second = F.requirement(
            "REQ-007", "Patients should be able to book an appointment online.", speaker: "Omar", session: "s2")
        let duplicate = try #require(issues([first, second]).first)
        #expect(duplicate.issueType == "duplicate")
        #expect(duplicate.severity == .warning)
        #expect(duplicate.requirementID == "REQ-001")
        #expect(duplicate.relatedRequirementIDs == ["REQ-007"])
    }

    /// Pairs around the 0.6 threshold: similar wording above it, related but different needs below.
    @Test(arguments: [
        ("The system shall send an SMS reminder to each patient.", "Each patient shall get an SMS reminder.", true),
        (
            "The clinic manager shall export the monthly revenue report.",
            "The clinic manager shall export a monthly revenue report as PDF.", true
        ),
        (
            "The system shall send an SMS reminder to each patient.",
            "The system shall send an email invoice to each patient.", false
        ),
        ("Doctors shall see the schedule of the day.", "Receptionists shall edit the schedule of the week.", false),
    ])
    func duplicateThreshold(first: String, second: String, expected: Bool) {
        let pair = [F.requirement("REQ-001", first), F.requirement("REQ-002", second)]
        #expect(issues(pair).contains { $0.issueType == "duplicate" } == expected)
    }

    @Test func contradictionsAreNotAlsoReportedAsDuplicates() {
        let allow = F.requirement("REQ-001", "Receptionists must delete cancelled appointments.")
        let forbid = F.requirement("REQ-002", "Receptionists must not delete cancelled appointments.")
        #expect(issues([allow, forbid]).map(\.issueType) == ["conflict"])
    }

    @Test func aRequirementIsNeverItsOwnDuplicate() {
        let same = F.requirement("REQ-001", "Patients must book appointments online.")
        #expect(issues([same]).isEmpty)
    }

    @Test func differentUpperLimitsAndConditionalExceptionsAreNoConflict() {
        let strict = F.requirement("REQ-001", "Search results shall appear within 2 seconds.")
        let loose = F.requirement("REQ-002", "Search results shall appear within 5 seconds.")
        #expect(issues([strict, loose]).filter { $0.issueType == "conflict" }.isEmpty)
        let rule = F.requirement("REQ-003", "The estimator shall apply recycled parts to the estimate.")
        let exception = F.requirement(
            "REQ-004", "The estimator shall not apply recycled parts to the estimate if no parts are returned.")
        #expect(issues([rule, exception]).filter { $0.issueType == "conflict" }.isEmpty)
    }

    @Test func aNegationBeforeABoundFlipsItsSide() {
        let bounds = NumericBound.bounds(in: "Users must not wait more than 10 seconds.")
        #expect(bounds.map(\.kind) == [.upper])
        let fast = F.requirement("REQ-001", "Users must not wait more than 10 seconds for the page.")
        let slow = F.requirement("REQ-002", "Users may wait at least 20 seconds for the page.")
        #expect(issues([fast, slow]).map(\.issueType) == ["conflict"])
    }

    @Test func numericBoundsAreNormalisedToBaseUnits() {
        let bounds = NumericBound.bounds(in: "Respond within 1.5 minutes and keep at least 2 days of logs.")
        #expect(bounds.map(\.kind) == [.upper, .lower])
        #expect(bounds.map(\.value) == [90, 172_800])
        #expect(bounds.allSatisfy { $0.dimension == "time" })
    }

    /// Statements without a digit or a number word skip the expressions; the rest are read as before.
    @Test func onlyStatementsThatCanStateAQuantityAreRead() {
        #expect(!NumericBound.mayStateQuantity("The app shows the schedule."))
        #expect(NumericBound.mayStateQuantity("Keep 2 days."))
        #expect(NumericBound.mayStateQuantity("Sessions time out after FIFTEEN minutes."))
        #expect(NumericBound.mayStateQuantity("Les séances expirent."))
        #expect(NumericBound.bounds(in: "Sessions time out after Fifteen minutes.").map(\.value) == [900])
        #expect(NumericBound.bounds(in: "Die Sitzung läuft ab: at most 15 minutes.").count == 1)
    }
}
