import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A client's "let them …": what people are to be able to do. Every line is written for the test
/// (a library kiosk).
@Suite struct LetImperativeTests {
    @Test(arguments: [
        ("Let them add a photo.", "The system should let users add a photo."),
        ("Just let members renew at the kiosk.", "The system should let members renew at the kiosk."),
        ("So let the teachers swap duties.", "The system should let the teachers swap duties."),
    ])
    func whatPeopleAreToDoIsANeed(said: String, need: String) {
        #expect(LetImperative.asNeed(said) == need)
    }

    @Test(arguments: [
        "Let me think about it.", "Let's see what we have.", "Let us move on.", "Let it go.",
        "Let the tool do it.", "Let them do it.",
    ])
    func theSpeakersOwnBusinessAndTheProductAreNot(said: String) {
        #expect(LetImperative.asNeed(said) == nil)
    }

    /// In an interview the imperative becomes a requirement citing its turn; among a design team,
    /// "let them" is about people in the room, and is not read.
    @Test func anInterviewReadsItAndATeamDoesNot() {
        let interview = ExtractionFixtures.kioskInterview([
            ("Kim", "Members report broken books at the kiosk. What should a report hold?"),
            ("Ola", "And a photo. Let them add a photo of the broken book."),
            ("Kim", "A photo of the book, fine."),
        ])
        #expect(interview.map(\.statement).contains("The system should let users add a photo of the broken book."))
        let meeting = ExtractionFixtures.teamMeeting([
            ("Ana", "The lock needs a photo sensor. The photo sensor is small."),
            ("Ben", "Let them add a photo sensor to the lock."),
        ])
        #expect(!meeting.contains { $0.statement.hasPrefix("The system should let") })
    }
}
