import ReqEngIngest
import ReqEngModel
import Testing

/// A line listing who took part ("Participants: Sara (facilitator), Jonas (HR manager)") declares
/// the participants and their roles; it is no turn of an unknown speaker.
@Suite("Roster lines")
struct RosterTests {
    @Test func aBoldRosterLineInMarkdownDeclaresParticipants() throws {
        let text = """
            # Leave requests workshop

            **Participants:** Sara (facilitator), Jonas (HR manager), Emma - team lead, Ravi

            **Sara:** Thanks for coming.
            **Jonas:** Every request is approved by the team lead.
            """
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(
            transcript.participants == [
                Participant(name: "Sara", role: "facilitator"), Participant(name: "Jonas", role: "HR manager"),
                Participant(name: "Emma", role: "team lead"), Participant(name: "Ravi"),
            ])
        #expect(
            lines(transcript) == ["Sara: Thanks for coming.", "Jonas: Every request is approved by the team lead."])
    }

    @Test func aPlainAttendeesLineDeclaresParticipants() throws {
        let text = """
            Attendees: Sara (facilitator), Jonas (HR manager)
            Sara: Thanks for coming.
            Jonas: Every request is approved by the team lead.
            Sara: Good.
            """
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.participants.first == Participant(name: "Sara", role: "facilitator"))
        #expect(transcript.turns.count == 3)
    }

    @Test func aLabelBeforeSentencesStaysText() throws {
        let text = """
            **Sara:** Thanks for coming.
            **Participants:** everyone who uses the portal, most of them daily.
            **Jonas:** Fine.
            """
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(transcript.participants.isEmpty)
        #expect(transcript.turns.first?.text.contains("everyone who uses the portal") == true)
    }
}
