import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Conflicts and duplicates that only show when statements are compared on concepts and quantities.
@Suite("Conflicts and duplicates in other words")
struct ConceptConflictTests {
    typealias F = QualityFixtures

    private func types(_ first: String, _ second: String, actors: (String?, String?) = (nil, nil)) -> [String] {
        let lhs = F.requirement("REQ-001", first, actor: actors.0, speaker: "Ada", session: "s1", turn: 3)
        let rhs = F.requirement("REQ-002", second, actor: actors.1, speaker: "Ben", session: "s2", turn: 7)
        return ValidationAgent(rules: [ConflictRule(), DuplicateRule()]).validate([lhs, rhs]).map(\.issueType)
    }

    @Test(arguments: [
        // A limit stated after the number, against a set value.
        (
            "Couriers should stay signed in for the whole route, 6 hours at least.",
            "The session shall time out after 10 minutes of inactivity."
        ),
        // A granted "up to" against a cap, in money.
        ("Members should be able to withdraw up to €500 per day.", "The daily withdrawal limit must not exceed €300."),
        // Two thresholds for the same approval, one of them "only".
        ("Any refund over 50 euros shall require approval.", "Refund approval should only kick in above 400 euros."),
        // Two selling prices for the same product.
        ("The selling price of the lamp shall be 40 dollars.", "The price of the lamp must stay under 30 dollars."),
        // An ability to book late against a minimum lead time.
        (
            "A court should be bookable up to 1 hour before it starts.",
            "Court bookings must be made at least 2 days in advance."
        ),
    ])
    func quantitiesThatCannotBothHoldConflict(_ first: String, _ second: String) {
        #expect(types(first, second) == ["conflict"])
    }

    @Test(arguments: [
        // Two caps of different size: the stricter meets both.
        ("Search results shall appear within 2 seconds.", "Search results shall appear within 5 seconds."),
        // The same unit about unrelated things.
        ("The scanner should confirm a scan within 1 second.", "The nightly export shall finish within 2 hours."),
        // Compatible limits.
        (
            "Members can cancel at least 1 hour before the class.",
            "Reminders shall be sent at most 2 days before the class."
        ),
        // What the buyer pays and what making one costs are two amounts.
        (
            "The selling price of the lamp will be 40 dollars.",
            "The production cost of the lamp must be at most 15 dollars."
        ),
        ("Each kiosk may cost us no more than €900 to build.", "The kiosk should retail at €2,500 or more."),
    ])
    func compatibleOrUnrelatedQuantitiesDoNotConflict(_ first: String, _ second: String) {
        #expect(!types(first, second).contains("conflict"))
    }

    @Test(arguments: [
        (
            "Visitors must be able to pay parking fees at the machine by card.",
            "The machines must not take card payments."
        ),
        (
            "Drivers must be able to correct the mileage on the tablet.",
            "Drivers must not adjust mileage readings themselves."
        ),
        ("Members shall be able to cancel a transfer within 10 minutes.", "Instant transfers shall not be reversed."),
        (
            "Mechanics have to be able to close jobs from the tablet even when the camera is broken.",
            "Mechanics must not be able to close a job without a photo."
        ),
    ])
    func requiringWhatAnotherForbidsConflicts(_ first: String, _ second: String) {
        #expect(types(first, second) == ["conflict"])
    }

    @Test(arguments: [
        // A different action on the same object.
        (
            "The planner shall detect clashes and refuse to save a timetable with one.",
            "Teachers must not edit the timetable."
        ),
        // An exception with its own condition.
        (
            "The estimator shall apply discounts to the quote.",
            "The estimator shall not apply discounts to the quote if the customer is new."
        ),
        // "only" already forbids everyone else.
        ("Only managers shall export the payroll.", "Clerks without the manager role shall not export the payroll."),
    ])
    func exceptionsAndOtherActionsDoNotConflict(_ first: String, _ second: String) {
        #expect(!types(first, second).contains("conflict"))
    }

    @Test func differentPeopleMayBeAllowedDifferentThings() {
        let found = types(
            "Members must not be able to cancel classes online.", "Trainers must be able to cancel classes online.",
            actors: ("member", "trainer"))
        #expect(!found.contains("conflict"))
    }

    @Test func conflictMessagesNameBothSpeakers() throws {
        let lhs = F.requirement(
            "REQ-001", "Guests must be able to pay by card.", speaker: "Ada", session: "s1", turn: 3)
        let rhs = F.requirement(
            "REQ-002", "The kiosk must not accept card payments.", speaker: "Ben", session: "s2", turn: 7)
        let issue = try #require(ValidationAgent(rules: [ConflictRule()]).validate([lhs, rhs]).first)
        #expect(issue.message.contains("(Ada, s1 turn 3)"))
        #expect(issue.message.contains("(Ben, s2 turn 7)"))
    }

    @Test(arguments: [
        ("Every staff member must have their own individual account.", "Everyone should have their own login."),
        ("The handhelds shall keep working without a connection and sync later.", "The scanners must work offline."),
        (
            "Users should log in by scanning their badge.",
            "Logging back in shall be one badge scan, not a typed password."
        ),
        (
            "The app shall send a push notification when the parcel arrives.",
            "Customers should get a notification when the parcel arrives."
        ),
    ])
    func paraphrasesAreDuplicates(_ first: String, _ second: String) {
        #expect(types(first, second) == ["duplicate"])
    }

    @Test(arguments: [
        // The same object, a different action.
        (
            "The search for spare parts shall take no longer than 15 seconds.",
            "Only estimators shall search for spare parts."
        ),
        // Different numbers.
        ("The system shall support 1000 simultaneous users.", "The system shall support 50 simultaneous users."),
        // Different objects.
        ("Staff shall be able to add a new class.", "Staff shall be able to add a new room."),
        // A target that only one of them sets.
        ("The tool should make the timetable itself.", "The tool should make a timetable within five minutes."),
    ])
    func relatedButDifferentNeedsAreNotDuplicates(_ first: String, _ second: String) {
        #expect(!types(first, second).contains("duplicate"))
    }

    @Test func quantitiesAreReadInWordsAfterCurrencySignsAndAsSetValues() {
        let bounds = NumericBound.bounds(
            in: "Log out after thirty seconds, and allow up to €2,000 or 8 hours at least.")
        #expect(bounds.map(\.kind) == [.lower, .lower, .exact])
        #expect(bounds.map(\.dimension) == ["money:eur", "time", "time"])
        #expect(bounds.map(\.value) == [2000, 28_800, 30])
        #expect(NumericBound.bounds(in: "The ones we print are fine.").isEmpty)
        #expect(NumericBound.bounds(in: "The desk is open 24 hours per day.").isEmpty)
    }

    @Test func conceptsFoldEverydaySynonyms() {
        let text = TokenizedText("Send a text message when the Wi-Fi drops and the user logs in").tokens
        let concepts = ConceptLexicon.concepts(of: text)
        #expect(concepts.isSuperset(of: ["sms", "offline", "signin", "person"]))
    }
}
