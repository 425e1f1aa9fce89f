import ReqEngModel
import Testing

@testable import ReqEngAgents

/// The heading a requirement gets from its final statement. Every statement is written for the
/// test (a bike lock, a library kiosk and a booking tool).
@Suite struct RequirementTitleTests {
    @Test(arguments: [
        // The shared frame goes, with the "have" or "be" that only carries what follows.
        ("We have to have a spare battery.", "A spare battery"),
        ("The system shall send a reminder the day before.", "Send a reminder the day before"),
        ("We need an alarm when the lock is forced.", "An alarm when the lock is forced"),
        ("I'd like a green light when it is locked.", "A green light when it is locked"),
        ("Of course we should have our logo on the lock.", "Our logo on the lock"),
        ("The system should be able to export the bookings.", "Export the bookings"),
        ("The lock shall be of course very light.", "Very light"),
        ("The idea is that members scan their card at the kiosk.", "Members scan their card at the kiosk"),
        // A subject that says who or what stays.
        ("Cheapest first should be the default.", "Cheapest first should be the default"),
        ("Members can renew a loan at the kiosk.", "Members can renew a loan at the kiosk"),
        ("Not all slots should be bookable online.", "Not all slots should be bookable online"),
        // A passive keeps its "be"; one word alone is no heading.
        ("The kiosk shall be locked at night.", "Be locked at night"),
        ("The system shall be simple.", "The system shall be simple"),
        ("The lamp should be curved.", "The lamp should be curved"),
        // Who wants what, when the wish names someone else's action.
        ("We want the kiosk to print receipts.", "We want the kiosk to print receipts"),
    ])
    func theSharedFrameGoesAndTheSubjectStays(statement: String, title: String) {
        #expect(RequirementTitle.title(of: statement) == title)
    }

    @Test(arguments: [
        ("The kiosk shall not show prices.", "Not show prices"),
        ("We don't want a map view.", "We don't want a map view"),
        ("We would not like the tool to email parents.", "We would not like the tool to email parents"),
        ("The system should not hang.", "The system should not hang"),
        ("No ads on the booking page, ever.", "No ads on the booking page, ever"),
    ])
    func aHeadingNeverSaysTheOppositeOfItsStatement(statement: String, title: String) {
        #expect(RequirementTitle.title(of: statement) == title)
    }

    @Test(arguments: [
        // At the first clause boundary.
        (
            "The kiosk shall print a receipt for every loan, because members ask for one.",
            "Print a receipt for every loan"
        ),
        ("We need a website where members see their loans and renew them.", "A website"),
        // Two words that name no thing are no heading: the clause after them is kept.
        (
            "The system should tell users if the card has had its parcel this week.",
            "Tell users if the card has had its parcel this week"
        ),
        // A comma after a linking word is no boundary: the cut comes later, and says so.
        (
            "The first rule is, no member has more than ten books at the same time.",
            "The first rule is, no member has…"
        ),
        // Up to thirteen words are their own heading; a cut never ends on a word that leads on, nor on
        // a number or quantity word that belonged to what was cut.
        (
            "Members should see their own loans and the due dates.",
            "Members should see their own loans and the due dates"
        ),
        (
            "A loan at the kiosk should take under ten seconds per book.",
            "A loan at the kiosk should take under ten seconds per book"
        ),
        (
            "Every loan and every return is written to the audit log of the branch with the time.",
            "Every loan and every return is written to the audit…"
        ),
    ])
    func aLongStatementIsCutWhereItsClauseEnds(statement: String, title: String) {
        #expect(RequirementTitle.title(of: statement) == title)
    }

}
