import ReqEngIngest
import ReqEngModel
import Testing

@Suite("WebVTT and SubRip transcripts")
struct SubtitleTranscriptParserTests {
    @Test func voiceTagsMergeConsecutiveCues() throws {
        let vtt = """
            WEBVTT
            Kind: captions

            NOTE exported by a meeting tool
            spanning two lines

            STYLE
            ::cue { color: white }

            1a2b/12-0
            00:00:01.500 --> 00:00:04.000
            <v Maria Lopez>We need the rota</v>

            1a2b/12-1
            00:00:04.000 --> 00:00:06.000
            <v Maria Lopez>online &amp; on paper.</v>

            00:00:07.250 --> 00:00:09.000 align:start
            <v.loud Tom>Both &lt;really&gt;?

            00:01:02.000 --> 00:01:03.000
            <v Maria Lopez><b>Yes</b>&nbsp;both.
            """
        let (transcript, _) = try parse(vtt, as: .webvtt)
        #expect(
            lines(transcript) == [
                "Maria Lopez: We need the rota online & on paper.", "Tom: Both <really>?", "Maria Lopez: Yes both.",
            ])
        #expect(transcript.turns.map(\.timestamp) == ["00:00:01", "00:00:07", "00:01:02"])
    }

    @Test func speakerPrefixInsideCues() throws {
        let vtt = """
            WEBVTT

            1
            00:00:00.000 --> 00:00:02.000
            Maria: Shifts change weekly.

            2
            00:00:02.000 --> 00:00:03.000
            Tom: Who plans them?

            3
            00:00:03.000 --> 00:00:05.000
            Maria: The head nurse.
            """
        let (transcript, _) = try parse(vtt, as: .webvtt)
        #expect(
            lines(transcript) == ["Maria: Shifts change weekly.", "Tom: Who plans them?", "Maria: The head nurse."])
    }

    @Test func twoVoicesInOneCue() throws {
        let vtt = "WEBVTT\n\n00:05.000 --> 00:06.000\n<v Ana>Ready?</v> <v Ben>Ready.</v>\n"
        let (transcript, _) = try parse(vtt, as: .webvtt)
        #expect(lines(transcript) == ["Ana: Ready?", "Ben: Ready."])
        #expect(transcript.turns.map(\.timestamp) == ["00:00:05", "00:00:05"])
    }

    @Test func missingHeaderIsMalformed() throws {
        let error = try #require(parseError("00:00:01.000 --> 00:00:02.000\nHi", as: .webvtt))
        #expect(error.kind == "malformed_vtt")
        #expect(error.message.contains("line 1"))
    }

    @Test func brokenTimingNamesItsLine() throws {
        let vtt =
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>One\n\ncue-2\n00:00:03.000 --> 00:0x:04.000\n<v A>Two\n"
        let error = try #require(parseError(vtt, as: .webvtt))
        #expect(error == .malformedVTT(path: "project/session.webvtt", line: 7, detail: error.detailForTest))
        #expect(error.message.contains("at line 7"))
    }

    @Test func headerOnlyMeansNoTurns() {
        #expect(parseError("WEBVTT\n\nNOTE nothing said\n", as: .webvtt)?.kind == "no_turns")
    }

    @Test func srtWithSpeakersAndTags() throws {
        let srt = """
            1
            00:00:01,000 --> 00:00:04,000
            Maria: <i>Reports</i> are late

            2
            00:00:04,000 --> 00:00:05,500
            every month.

            3
            00:00:06,000 --> 00:00:08,000
            Tom: Why?

            4
            00:00:09,000 --> 00:00:10,000
            Maria: Manual steps.
            """
        let (transcript, _) = try parse(srt, as: .srt)
        #expect(lines(transcript) == ["Maria: Reports are late every month.", "Tom: Why?", "Maria: Manual steps."])
        #expect(transcript.turns.map(\.timestamp) == ["00:00:01", "00:00:06", "00:00:09"])
    }

    @Test func srtMalformedTimingNamesItsLine() throws {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nMaria: Hi\n\n2\n00:00:03 -> 00:00:04\nTom: Hi\n"
        let error = try #require(parseError(srt, as: .srt))
        #expect(error.kind == "malformed_srt")
        #expect(error.message.contains("line 6"))
    }

    @Test func srtBadTimestampNamesItsLine() throws {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:61:00,000 --> 00:62:00,000\nHo\n"
        let error = try #require(parseError(srt, as: .srt))
        #expect(error.message.contains("line 6"))
    }

    @Test func plainTextIsNotSubRip() {
        #expect(parseError("Maria: this is not a subtitle file", as: .srt)?.kind == "malformed_srt")
    }

    @Test func cuesWithoutSpeakersStaySeparate() throws {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00:02,000 --> 00:00:03,000\nsecond\n"
        let (transcript, _) = try parse(srt, as: .srt)
        #expect(lines(transcript) == ["Unknown: first", "Unknown: second"])
    }
}

extension IngestError {
    /// The detail text of a malformed-subtitle error, so a test can compare the other fields exactly.
    var detailForTest: String {
        switch self {
        case .malformedVTT(_, _, let detail), .malformedSRT(_, _, let detail): detail
        default: ""
        }
    }
}
