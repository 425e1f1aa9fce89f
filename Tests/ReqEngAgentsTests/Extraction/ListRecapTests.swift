import ReqEngModel
import Testing

@testable import ReqEngAgents

/// An interviewer's closing summary, agreed to, split into what it confirms and what it adds. Lines
/// written for the test (a fictional climbing gym).
@Suite struct ListRecapTests {
    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        let transcript = Transcript(
            id: "gym", sourcePath: "gym.md", format: .markdown,
            participants: [Participant(name: "Lena", role: "Analyst"), Participant(name: "Tom", role: "Owner")],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        return ExtractionAgent().extract(from: [transcript]).requirements
    }

    private static let interview: [(String, String)] = [
        ("Lena", "What's the problem with course bookings today?"),
        ("Tom", "Members message us to book a course. Members should book courses online themselves."),
        ("Lena", "Can members cancel a course booking?"),
        ("Tom", "Up to 24 hours before the course."),
        ("Lena", "Anything else?"),
        ("Tom", "And it must not lose bookings."),
    ]

    @Test func eachItemConfirmsANeedOrAddsOne() throws {
        let found = Self.extract(
            Self.interview + [
                (
                    "Lena",
                    "Let me sum up. Members book courses online, cancel up to a day before, "
                        + "non-members pay by card or iDEAL, ten per course."
                ),
                ("Tom", "Yes, that's it."),
            ])
        let book = try #require(found.first { $0.statement.hasPrefix("Members should book courses") })
        #expect(book.sourceRefs.map(\.turn) == [2, 8, 7])
        let cancel = try #require(found.first { $0.statement.contains("24 hours") })
        #expect(cancel.sourceRefs.map(\.turn) == [4, 3, 8, 7])
        #expect(found.contains { $0.statement == "Non-members pay by card or iDEAL." })
        #expect(found.contains { $0.statement == "10 per course." })
        // The need said just before the summary is no item of it and stays as said.
        #expect(found.contains { $0.statement == "The system shall not lose bookings." })
        #expect(!found.contains { $0.statement.contains(", cancel up to") })
    }

    @Test func aSentenceWithCommasIsNoListWithoutASummary() {
        let found = Self.extract(
            Self.interview + [
                ("Lena", "So members book courses online, cancel up to a day before, pay by card."),
                ("Tom", "Yes."),
            ])
        #expect(!found.contains { $0.statement == "Pay by card." })
    }

    @Test(arguments: [
        ("Members book online, cancel a day before, pay by card.", 3),
        ("Members book online, and pay by card.", nil),
        ("Members book online, cancel a day before, right.", nil),
    ])
    func itemsOfAList(statement: String, count: Int?) {
        #expect(ExtractionAgent.listItems(statement)?.count == count)
    }
}
