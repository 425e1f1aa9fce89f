import ReqEngIngest
import ReqEngModel
import Testing

@Suite("JSON transcripts")
struct JSONTranscriptParserTests {
    @Test func turnsShapeWithParticipantsAndTimestamps() throws {
        let json = """
            {
              "session_id": "S-07", "title": "Billing", "date": "2024-04-02",
              "participants": ["Maria", {"name": "Tom", "role": "Accountant"}],
              "turns": [
                {"speaker": "Maria", "text": "Invoices go out monthly.", "timestamp": 65.9},
                {"speaker": "Tom", "text": "  With   VAT?  ", "timestamp": "00:01:10"},
                {"speaker": "Maria", "text": "   "},
                {"text": "Yes.", "timestamp": "2024-04-02T10:15:30Z"}
              ]
            }
            """
        let (transcript, _) = try parse(json, as: .json)
        #expect(transcript.id == "S-07")
        #expect(transcript.title == "Billing")
        #expect(transcript.participants == [Participant(name: "Maria"), Participant(name: "Tom", role: "Accountant")])
        #expect(lines(transcript) == ["Maria: Invoices go out monthly.", "Tom: With VAT?", "Unknown: Yes."])
        #expect(transcript.turns.map(\.number) == [1, 2, 3])
        #expect(transcript.turns.map(\.timestamp) == ["00:01:05", "00:01:10", "10:15:30"])
    }

    @Test func chatExportsNameTheWriterAuthorSenderOrFrom() throws {
        let json = """
            {"messages": [
              {"author": "Jonas", "text": "Receipts are photographed in the app."},
              {"sender": "Dev", "message": "And approval?"},
              {"from": "Jonas", "text": "By the team lead."},
              {"from": {"id": 7}, "text": "Noted."}
            ]}
            """
        let (transcript, _) = try parse(json, as: .json)
        #expect(
            lines(transcript) == [
                "Jonas: Receipts are photographed in the app.", "Dev: And approval?", "Jonas: By the team lead.",
                "Unknown: Noted.",
            ])
    }

    @Test func chatMessagesShape() throws {
        let json = """
            {"messages": [
              {"role": "system", "content": "You are an interviewer."},
              {"role": "user", "content": "We need reminders."},
              {"role": "assistant", "content": [{"type": "text", "text": "By email"}, {"type": "image_url"},
                                                {"type": "text", "text": "or text?"}]}
            ]}
            """
        let (transcript, notices) = try parse(json, as: .json)
        #expect(lines(transcript) == ["user: We need reminders.", "assistant: By email or text?"])
        #expect(notices.contains { $0.message.contains("system message") })
        #expect(notices.contains { $0.message.contains("non-text content part") })
    }

    @Test func bareArrayOfTurns() throws {
        let json = #"[{"speaker": "Ana", "text": "One."}, "Loose line.", 42, {"speaker": "Ben", "text": "Two."}]"#
        let (transcript, notices) = try parse(json, as: .json)
        #expect(lines(transcript) == ["Ana: One.", "Unknown: Loose line.", "Ben: Two."])
        #expect(notices.map(\.message) == ["item 3 skipped: expected an object or a string, found a number"])
    }

    @Test func truncatedJSONNamesWhereItEnds() throws {
        let json = #"{"turns": [{"speaker": "Ana", "text": "We need"#
        let error = try #require(parseError(json, as: .json))
        #expect(error.kind == "malformed_json")
        #expect(error.message.contains("truncated"))
        #expect(error.message.contains("byte offset 38"))
    }

    @Test func invalidJSONReportsTheDecoder() throws {
        let error = try #require(parseError(#"{"turns": [1,,2]}"#, as: .json))
        #expect(error.kind == "malformed_json")
        #expect(error.message.contains("character 13"))
    }

    @Test func objectWithoutTurnsNamesItsKeys() throws {
        let error = try #require(parseError(#"{"dialogue": [], "meta": 1}"#, as: .json))
        #expect(error.kind == "malformed_json")
        #expect(error.message.contains("[dialogue, meta]"))
    }

    @Test func emptyTurnsMeansNoTurns() {
        #expect(parseError(#"{"turns": []}"#, as: .json)?.kind == "no_turns")
    }

    @Test func depthLimitIsExact() {
        let json = #"{"turns": [{"speaker": "A", "text": "x"}]}"#
        #expect(parseError(json, as: .json, limits: InputLimits(maxJSONDepth: 3)) == nil)
        #expect(parseError(json, as: .json, limits: InputLimits(maxJSONDepth: 2))?.kind == "too_deep")
    }

    @Test func hundredThousandDeepArrayIsRejectedFast() throws {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let clock = ContinuousClock()
        var error: IngestError?
        let elapsed = clock.measure { error = parseError(json, as: .json) }
        #expect(error == .tooDeep(path: "project/session.json", limit: 64, offset: 64))
        #expect(elapsed < .seconds(2))
    }

    @Test func bracketsInsideStringsDoNotCount() throws {
        let text = String(repeating: "[", count: 500)
        let json = #"{"turns": [{"speaker": "A", "text": "\#(text) \"quoted\" {"}]}"#
        let (transcript, _) = try parse(json, as: .json)
        #expect(transcript.turns.first?.text.hasPrefix("[[[") == true)
    }
}

/// Control characters spelled in JSON are removed at ingest with a notice, so the run store and
/// the documents hold the same text (issue 16, item 6).
@Suite("Control characters in transcripts")
struct ControlCharacterTests {
    @Test("NUL and other controls are removed from text and speaker, and noted")
    func nulRemoved() throws {
        let json = #"{"turns": [{"speaker": "Ana\u0007", "text": "Users must\u0000 export\u001b data as CSV."}]}"#
        let (transcript, notices) = try parse(json, as: .json)
        #expect(transcript.turns.map(\.text) == ["Users must export data as CSV."])
        #expect(transcript.turns.map(\.speaker) == ["Ana"])
        #expect(!transcript.turns[0].text.unicodeScalars.contains { $0.value < 0x20 })
        #expect(notices.contains { $0.message.contains("3 control character(s)") })
    }

    @Test("Text without controls gets no notice")
    func cleanTextUntouched() throws {
        let (transcript, notices) = try parse(#"[{"speaker": "Ana", "text": "Tabs\tstay spaces."}]"#, as: .json)
        #expect(transcript.turns.map(\.text) == ["Tabs stay spaces."])
        #expect(!notices.contains { $0.message.contains("control character") })
    }
}

/// A key written twice in one JSON object is reported: the decoder keeps only the last value
/// (issue 16, item 13).
@Suite("Duplicate JSON keys")
struct DuplicateJSONKeyTests {
    @Test("A second 'turns' array is noted, naming the key and where it repeats")
    func duplicateTurnsNoted() throws {
        let json =
            #"{"turns": [{"speaker": "Ana", "text": "Users must log in."}], "turns": [{"speaker": "Tom", "text": "Ok."}]}"#
        let (transcript, notices) = try parse(json, as: .json)
        #expect(transcript.turns.map(\.speaker) == ["Tom"])
        let offset = Array(json.utf8).count - #""turns": [{"speaker": "Tom", "text": "Ok."}]}"#.utf8.count
        #expect(notices.contains { $0.message.contains("\"turns\" appears twice") && $0.message.contains("\(offset)") })
    }

    @Test("Equal keys in different objects, and equal strings as values, are not duplicates")
    func noFalseDuplicates() throws {
        let json =
            #"{"title": "turns", "turns": [{"speaker": "Ana", "text": "A"}, {"speaker": "Ana", "text": "turns"}]}"#
        let (_, notices) = try parse(json, as: .json)
        #expect(!notices.contains { $0.message.contains("appears twice") })
    }

    @Test("A duplicate inside a nested turn object is found too")
    func nestedDuplicate() throws {
        let json = #"[{"speaker": "Ana", "text": "First", "text": "Second"}]"#
        let (transcript, notices) = try parse(json, as: .json)
        #expect(transcript.turns.map(\.text) == ["Second"])
        #expect(notices.contains { $0.message.contains("\"text\" appears twice") })
    }
}
