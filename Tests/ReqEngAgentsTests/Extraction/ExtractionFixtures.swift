import Logging
import ReqEngIngest
import ReqEngModel

@testable import ReqEngAgents

/// Transcripts and helpers written for the extraction tests (a fictional clinic booking project).
enum ExtractionFixtures {
    static let intake = Transcript(
        id: "intake-1", title: "Front desk interview", sourcePath: "clinic/intake.txt", format: .text,
        participants: [Participant(name: "Dana", role: "Receptionist"), Participant(name: "Lee", role: "Analyst")],
        turns: [
            Turn(number: 1, speaker: "Lee", text: "Hi Dana, thanks for joining. How are you today?"),
            Turn(number: 2, speaker: "Dana", text: "Good, thanks! Happy to help."),
            Turn(
                number: 3, speaker: "Lee",
                text: "What is the most painful part of booking right now?"),
            Turn(
                number: 4, speaker: "Dana",
                text: """
                    Right now we have to phone every patient the day before. Um, so the system must send \
                    an SMS reminder to each patient 24 hours before the appointment.
                    """),
            Turn(number: 5, speaker: "Lee", text: "So what I'm hearing is the system must send reminders?"),
            Turn(number: 6, speaker: "Dana", text: "Yeah, exactly."),
            Turn(
                number: 7, speaker: "Dana",
                text: """
                    And, uh, the calendar page needs to load within 2 seconds, you know, even at 9 a.m. \
                    when everyone calls.
                    """),
            Turn(
                number: 8, speaker: "Dana",
                text: "I think receptionists must be able to move an appointment by dragging it to another slot."),
            Turn(number: 9, speaker: "Dana", text: "It would be nice if the app could show the patient's photo."),
        ])

    static let followUp = Transcript(
        id: "follow-up-2", sourcePath: "clinic/follow-up.txt", format: .text,
        participants: [Participant(name: "Sam", role: "Practice manager")],
        turns: [
            Turn(number: 1, speaker: "Sam", text: "Sounds good."),
            Turn(
                number: 2, speaker: "Sam",
                text: "The system has to send an SMS reminder to every patient 24 hours before their appointment."),
            Turn(
                number: 3, speaker: "Sam",
                text: "Only practice managers can export the billing report, and it must be encrypted at rest."),
            Turn(number: 4, speaker: "Sam", text: "Online payments are out of scope for this release."),
        ])

    static func state(_ transcripts: [Transcript]) -> GraphState {
        var state = GraphState(project: ProjectInput(name: "clinic", files: []))
        state.transcripts = transcripts
        return state
    }

    static let context = AgentContext(engine: EngineSettings(), logger: Logger(label: "extraction-tests"))

    static func ref(_ turn: Int = 1) -> SourceRef {
        SourceRef(sessionID: "s", turn: turn, speaker: "Dana", quote: "")
    }

    /// The requirement one sentence yields, if any.
    static func extract(_ sentence: String, role: String? = nil) -> Requirement? {
        ExtractionAgent().requirement(from: sentence, source: ref(), speakerRole: role)
    }

    /// The requirements extracted from a design team's meeting (no interviewer), its lines numbered
    /// from 1.
    static func teamMeeting(_ lines: [(String, String)]) -> [Requirement] {
        let transcript = Transcript(
            id: "m1", sourcePath: "m1.json", format: .json,
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        return ExtractionAgent().extract(from: [transcript]).requirements
    }

    /// The requirements extracted from a library-kiosk interview of Kim (the interviewer) with Ola
    /// (a librarian), its lines numbered from 1.
    static func kioskInterview(_ lines: [(String, String)]) -> [Requirement] {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: [Participant(name: "Kim", role: "Interviewer"), Participant(name: "Ola", role: "Librarian")],
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        return ExtractionAgent().extract(from: [transcript]).requirements
    }
}
