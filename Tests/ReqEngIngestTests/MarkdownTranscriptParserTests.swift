import ReqEngIngest
import ReqEngModel
import Testing

@Suite("Markdown transcripts")
struct MarkdownTranscriptParserTests {
    @Test func frontMatterAndBoldSpeakers() throws {
        let text = """
            ---
            title: "Front desk interview"
            date: 2024-03-05
            project: clinic
            participants:
              - name: Ana Ruiz
                role: Receptionist
              - Ben Ode (Product Owner)
              - Cleo Park: Nurse
              - Dan
            ---

            # Session notes

            **Ana Ruiz:** Patients call to book.
            **Ben Ode**: Could they book online?
            - only for check-ups
            - not for emergencies

            ## Later
            Cleo Park: Nurses need the list by 8.
            """
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(transcript.title == "Front desk interview")
        #expect(transcript.date == "2024-03-05")
        #expect(
            transcript.participants == [
                Participant(name: "Ana Ruiz", role: "Receptionist"),
                Participant(name: "Ben Ode", role: "Product Owner"),
                Participant(name: "Cleo Park", role: "Nurse"), Participant(name: "Dan"),
            ])
        #expect(
            lines(transcript) == [
                "Ana Ruiz: Patients call to book.",
                "Ben Ode: Could they book online? only for check-ups not for emergencies",
                "Cleo Park: Nurses need the list by 8.",
            ])
    }

    @Test func boldSpeakersInListItemsAndCRLF() throws {
        let text = "- **Maria (00:00:12):** We print the rota.\r\n- **Tom:** Weekly?\r\n  - yes, on Mondays\r\n"
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(lines(transcript) == ["Maria: We print the rota.", "Tom: Weekly? yes, on Mondays"])
        #expect(transcript.turns.first?.timestamp == "00:00:12")
    }

    @Test func titleFallsBackToTheFirstHeading() throws {
        let text = "# Kickoff workshop\n\nMaria: Welcome.\nTom: Thanks.\n"
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(transcript.title == "Kickoff workshop")
        #expect(lines(transcript) == ["Maria: Welcome.", "Tom: Thanks."])
    }

    @Test func boldLabelInsideATurnStaysText() throws {
        let text = "**Maria:** We need exports.\n**Note:** CSV is enough.\n**Tom:** Agreed."
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(lines(transcript) == ["Maria: We need exports. **Note:** CSV is enough.", "Tom: Agreed."])
    }

    @Test func inlineParticipantListAndDeclaredSingleSpeaker() throws {
        let text = "---\nparticipants: [Maria, 'Tom Lee']\n---\nMaria: Hi.\nTom Lee: Hello there.\n"
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(transcript.participants.map(\.name) == ["Maria", "Tom Lee"])
        #expect(transcript.turns.map(\.speaker) == ["Maria", "Tom Lee"])
    }

    @Test func unclosedFrontMatterIsReadAsTextWithANotice() throws {
        let text = "---\ntitle: Draft\nMaria: We need a calendar.\nTom: Which one?\nMaria: Shared."
        let (transcript, notices) = try parse(text, as: .markdown)
        #expect(notices.contains { $0.message.contains("never closed") })
        #expect(transcript.turns.map(\.speaker).suffix(3) == ["Maria", "Tom", "Maria"])
    }

    @Test func declaredProjectThatDiffersFromTheDirectoryGivesANotice() throws {
        let text = "---\nproject: billing\n---\nMaria: Invoices monthly.\n"
        let file = InputFile(path: "/nonexistent", relativePath: "clinic/s.md", format: .markdown)
        let (_, notices) = try TranscriptLoader().parse(Array(text.utf8), file: file, project: "clinic")
        #expect(notices.map(\.message).contains { $0.contains("\"billing\"") && $0.contains("\"clinic\"") })
    }

    @Test func onlyHeadingsMeansNoTurns() {
        #expect(parseError("---\ntitle: x\n---\n# Heading\n\n## Another\n", as: .markdown)?.kind == "no_turns")
    }
}
