import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A need refused on the spot whose proposer gives in is no requirement; the refusal may be one.
/// Every line is written for the test (a fictional bike-lock product).
@Suite struct ConcededNeedsTests {
    private static let opening: [(String, String)] = [
        ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
        ("Manager", "The lock is charged by a small solar panel on the lock."),
    ]

    private static func statements(_ lines: [(String, String)]) -> [String] {
        ExtractionFixtures.teamMeeting(opening + lines).map(\.statement)
    }

    @Test func aNeedItsProposerGivesUpIsDropped() {
        let found = Self.statements([
            ("Designer", "We want the lock to open with a phone app as well."),
            ("Manager", "No, no. The brief says the lock works without a phone."),
            ("Marketing", "Mm."),
            ("Designer", "Okay. Fair enough."),
        ])
        #expect(!found.contains { $0.contains("phone app") })
    }

    @Test(arguments: [
        // The proposer argues on: the disagreement stays open, and so does the need.
        [
            ("Designer", "We want the lock to open with a phone app as well."),
            ("Manager", "No, no. The brief says the lock works without a phone."),
            ("Designer", "Okay, but then we lose the younger buyers."),
        ],
        // Nobody refuses.
        [
            ("Designer", "We want the lock to open with a phone app as well."),
            ("Manager", "Yes, and the app shows the battery."),
            ("Designer", "Okay."),
        ],
        // The proposer's own "no" and "okay" are no refusal and no concession.
        [
            ("Designer", "We want the lock to open with a phone app as well."),
            ("Designer", "No, really, that's what people ask for."),
        ],
    ])
    func aNeedNotConcededStays(_ lines: [(String, String)]) {
        #expect(Self.statements(lines).contains { $0.contains("phone app") })
    }
}
