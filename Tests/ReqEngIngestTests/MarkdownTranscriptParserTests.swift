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
                // List items stay items, each ended as a sentence.
                "Ben Ode: Could they book online? - only for check-ups. - not for emergencies.",
                "Cleo Park: Nurses need the list by 8.",
            ])
    }

    @Test func boldSpeakersInListItemsAndCRLF() throws {
        let text = "- **Maria (00:00:12):** We print the rota.\r\n- **Tom:** Weekly?\r\n  - yes, on Mondays\r\n"
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(lines(transcript) == ["Maria: We print the rota.", "Tom: Weekly? - yes, on Mondays."])
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

/// Front matter is YAML, read by a YAML parser; what it rejects is reported, and an unclosed header
/// does not turn its keys into speakers (issue 16, item 13).
@Suite("Markdown front matter as YAML")
struct FrontMatterYAMLTests {
    @Test("Malformed YAML is reported with the parser's reason, and the transcript is still read")
    func malformedYAMLReported() throws {
        let text = "---\ntitle: \"Kickoff\nparticipants: [Maria, Tom\n---\nMaria: We need a calendar.\nTom: Shared.\n"
        let (transcript, notices) = try parse(text, as: .markdown)
        #expect(notices.contains { $0.message.contains("not valid YAML") })
        #expect(transcript.turns.map(\.speaker) == ["Maria", "Tom"])
        #expect(transcript.title == nil)
    }

    @Test("An unclosed header ends before the transcript: no speaker called 'title', and a notice says so")
    func unclosedHeaderKeysAreNotSpeakers() throws {
        let text = "---\ntitle: Draft\nparticipants:\n  - Maria\nMaria: We need a calendar.\nTom: Which one?\n"
        let (transcript, notices) = try parse(text, as: .markdown)
        #expect(transcript.turns.map(\.speaker) == ["Maria", "Tom"])
        #expect(!transcript.speakers.contains("title"))
        #expect(transcript.title == "Draft")
        #expect(notices.contains { $0.message.contains("never closed") && $0.message.contains("lines 2–4") })
    }

    @Test("Values of the wrong shape are reported, not silently dropped")
    func wrongShapesReported() throws {
        let text = "---\ntitle: [one, two]\nparticipants: Maria\n---\nMaria: Hi.\n"
        let (_, notices) = try parse(text, as: .markdown)
        #expect(notices.contains { $0.message.contains("'title' is a list or map") })
        #expect(notices.contains { $0.message.contains("'participants' is not a list of people") })
    }

    @Test("YAML features the old reader missed: block scalars, comments, quoted names with colons")
    func realYAML() throws {
        let text = """
            ---
            # planning session
            title: >
              Kickoff: scope
            participants:
              - "Dr. Ana: Lead": Sponsor
              - {name: Tom, role: Developer}
            ---
            Tom: We must ship in May.
            """
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(transcript.title == "Kickoff: scope")
        #expect(
            transcript.participants.prefix(2) == [
                Participant(name: "Dr. Ana: Lead", role: "Sponsor"), Participant(name: "Tom", role: "Developer"),
            ])
    }
}
