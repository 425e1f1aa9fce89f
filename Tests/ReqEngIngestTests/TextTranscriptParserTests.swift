import ReqEngIngest
import ReqEngModel
import Testing

@Suite("Plain-text transcripts")
struct TextTranscriptParserTests {
    @Test func speakersStampsAndContinuationLines() throws {
        let text = """
            [00:01:05] Maria: We need online booking.
            [00:01:20] Tom: How many clinics
            use the current form?
            [1:02:03] Maria: Three,   for now.
            """
        let (transcript, _) = try parse(text, as: .text)
        #expect(
            lines(transcript) == [
                "Maria: We need online booking.", "Tom: How many clinics use the current form?",
                "Maria: Three, for now.",
            ])
        #expect(transcript.turns.map(\.timestamp) == ["00:01:05", "00:01:20", "01:02:03"])
        #expect(transcript.turns.map(\.number) == [1, 2, 3])
        #expect(transcript.id == "session")
        #expect(transcript.format == .text)
    }

    @Test func stampAfterTheSpeakerName() throws {
        let text = "Maria (01:05): First point.\nTom [00:02:10]: Second point.\nMaria (02:30): Third."
        let (transcript, _) = try parse(text, as: .text)
        #expect(lines(transcript) == ["Maria: First point.", "Tom: Second point.", "Maria: Third."])
        #expect(transcript.turns.map(\.timestamp) == ["00:01:05", "00:02:10", "00:02:30"])
    }

    @Test func noteUrlAndClockAreNotSpeakers() throws {
        let text = """
            Maria: We open at 10:30 every day.
            Note: the reception closes at noon.
            Tom: See http://example.org/booking for the old form.
            Maria: Ok.
            Tom: Good.
            """
        let (transcript, _) = try parse(text, as: .text)
        #expect(
            lines(transcript) == [
                "Maria: We open at 10:30 every day. Note: the reception closes at noon.",
                "Tom: See http://example.org/booking for the old form.", "Maria: Ok.", "Tom: Good.",
            ])
    }

    @Test func aNameSeenOnceAmongRepeatedSpeakersIsAVoice() throws {
        let text = "Maria: Hello.\nTom: Hi.\nMaria: Agenda first.\nTom: Fine.\nAna Ruiz: One question from me."
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.turns.last?.speaker == "Ana Ruiz")
        #expect(transcript.turns.count == 5)
    }

    @Test func aLabelInProseIsNotASpeaker() throws {
        let text = """
            The clinic wants patients to book online.
            Important: the old phone line must keep working.
            Staff also want reminders by text message.
            Nobody mentioned payments.
            """
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.turns.count == 4)
        #expect(transcript.turns.allSatisfy { $0.speaker == "Unknown" })
        #expect(transcript.turns[1].text == "Important: the old phone line must keep working.")
    }

    @Test func fileWithoutSpeakersIsOneTurnPerLine() throws {
        let text = "first thing we heard\n\n   second thing   \n[00:00:09] third thing\n"
        let (transcript, _) = try parse(text, as: .text)
        #expect(
            lines(transcript) == ["Unknown: first thing we heard", "Unknown: second thing", "Unknown: third thing"])
        #expect(transcript.turns.map(\.timestamp) == [nil, nil, "00:00:09"])
    }

    @Test func clockInRunningTextIsKept() throws {
        let text =
            "10:30 is when the desk opens.\nMaria: And it closes at 18:00.\n10:30 still suits everyone.\nTom: Ok."
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.turns.first?.text == "10:30 is when the desk opens.")
        #expect(transcript.turns.first?.timestamp == nil)
        #expect(transcript.turns[1].text == "And it closes at 18:00. 10:30 still suits everyone.")
    }

    @Test func bareStampBeforeASpeakerIsAStamp() throws {
        let (transcript, _) = try parse("00:00:04 Maria: Hi.\n00:00:09 Tom: Hello.", as: .text)
        #expect(transcript.turns.map(\.timestamp) == ["00:00:04", "00:00:09"])
        #expect(lines(transcript) == ["Maria: Hi.", "Tom: Hello."])
    }

    @Test func singleSpeakerLineIsASpeaker() throws {
        let (transcript, _) = try parse("Maria: only this.", as: .text)
        #expect(lines(transcript) == ["Maria: only this."])
    }

    @Test func roleInParenthesesDeclaresAParticipant() throws {
        let text = "Ana Ruiz (Receptionist): Calls pile up.\nTom: Since when?\nAna Ruiz: Since March."
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.participants == [Participant(name: "Ana Ruiz", role: "Receptionist")])
        #expect(transcript.turns.map(\.speaker) == ["Ana Ruiz", "Tom", "Ana Ruiz"])
    }

    @Test func linesBeforeTheFirstSpeakerAreAnUnknownTurn() throws {
        let text = "Interview, clinic front desk\nMaria: Hello.\nTom: Hello.\nMaria: Start?"
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.turns.first?.speaker == "Unknown")
        #expect(transcript.turns.first?.text == "Interview, clinic front desk")
    }

    @Test func stampOnItsOwnLineDatesTheNextTurn() throws {
        let text = "[00:00:05]\nMaria: Hello.\n[00:00:09]\nTom: Hi."
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.turns.map(\.timestamp) == ["00:00:05", "00:00:09"])
        #expect(lines(transcript) == ["Maria: Hello.", "Tom: Hi."])
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func lineEndings(_ ending: String) throws {
        let text = ["Maria: one", "Tom: two", "more", "Maria: three"].joined(separator: ending)
        let (transcript, _) = try parse(text, as: .text)
        #expect(lines(transcript) == ["Maria: one", "Tom: two more", "Maria: three"])
    }

    @Test(arguments: [
        ("http://example.org", false), ("10:30 start", false), ("Maria: hi", true), ("Dr. Lee: yes", true),
        ("one two three four five: x", false), ("Speaker 2: yes", true), ("\"Quoted\": no", false),
        ("A name that is far far too long to be one: x", false),
    ])
    func prefixShape(_ line: String, _ isPrefix: Bool) {
        #expect((SpeakerPrefix.parse(line) != nil) == isPrefix)
    }
}

/// Speaker names carrying emoji or the punctuation chat tools add are still speakers, so a
/// requirement is credited to whoever said it (issue 16, item 7).
@Suite("Speaker names with emoji and punctuation")
struct DecoratedSpeakerNameTests {
    @Test(
        "The decorated name opens its own turn",
        arguments: [
            "Ana 👩‍⚕️", "Ana 👩🏽‍💻", "Ana | Product", "Ana <ana@clinic.example>", "Ana 🇪🇸", "Dr. Ana ✅",
            "Ana #ops",
        ])
    func decoratedNameIsASpeaker(name: String) throws {
        let text = "Tom: Let us talk about reminders.\n\(name): Users must get a reminder a day before.\nTom: Ok.\n"
        let (transcript, _) = try parse(text, as: .text)
        #expect(transcript.turns.count == 3, "\(lines(transcript))")
        #expect(transcript.turns.dropFirst().first?.speaker == name)
        #expect(transcript.turns.dropFirst().first?.text == "Users must get a reminder a day before.")
    }

    @Test("Markdown bold speakers with emoji are recognised too")
    func markdownDecoratedName() throws {
        let text = "**Tom:** Let us talk.\n**Ana 👩‍⚕️:** Users must confirm by SMS.\n"
        let (transcript, _) = try parse(text, as: .markdown)
        #expect(transcript.turns.map(\.speaker) == ["Tom", "Ana 👩‍⚕️"])
    }
}
