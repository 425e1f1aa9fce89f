import ReqEngIngest
import ReqEngModel
import Testing

/// Inputs met while fuzzing the parsers (see `Fuzz/` and `scripts/fuzz.sh`), pinned so that each keeps
/// ending in a transcript or a clean ``IngestError``, never a crash or a hang.
///
/// The fuzzers have not found a crash so far; the cases below are the corners their dictionaries
/// steer towards (broken entities, surrogates, numbers out of range, unclosed or empty structure).
/// A crash found later is added here as its minimised bytes, with the outcome the fixed parser gives.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// What parsing one input must give.
    enum Outcome: Hashable, CustomStringConvertible {
        /// A transcript with these `speaker: text` turns.
        case turns([String])
        /// A failure of this kind.
        case failure(String)

        var description: String {
            switch self {
            case .turns(let lines): "turns \(lines)"
            case .failure(let kind): "failure \(kind)"
            }
        }
    }

    /// One pinned input.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var format: TranscriptFormat
        var bytes: [UInt8]
        var outcome: Outcome

        init(_ name: String, _ format: TranscriptFormat, _ text: String, _ outcome: Outcome) {
            self.init(name, format, bytes: Array(text.utf8), outcome)
        }

        init(_ name: String, _ format: TranscriptFormat, bytes: [UInt8], _ outcome: Outcome) {
            self.name = name
            self.format = format
            self.bytes = bytes
            self.outcome = outcome
        }

        var testDescription: String { "\(format.rawValue): \(name)" }
    }

    static let cases: [Case] = [
        Case("UTF-16 byte order mark alone", .text, bytes: [0xFF, 0xFE], .failure("empty")),
        Case("UTF-16 with an odd byte count", .srt, bytes: [0xFE, 0xFF, 0x00], .failure("invalid_utf8")),
        Case(
            "NUL after a UTF-8 byte order mark", .markdown, bytes: [0xEF, 0xBB, 0xBF, 0x41, 0x00], .failure("binary")),
        Case(
            "lone carriage returns as line ends", .text, "A: one\rB: two\rA: three",
            .turns(["A: one", "B: two", "A: three"])),
        Case("stamp with six-digit hours", .text, "[999999:59:59] Ann: late", .turns(["Ann: late"])),
        Case(
            "stamp with a ten-digit fraction", .text, "[00:01.1234567890] Ann: hi",
            .turns(["Unknown: [00:01.1234567890] Ann: hi"])),
        Case("bracket never closed", .text, "[00:01 Ann: hi\n(", .turns(["Unknown: [00:01 Ann: hi", "Unknown: ("])),
        Case("front matter fence alone", .markdown, "---\n", .failure("no_turns")),
        Case("bold with an empty name", .markdown, "**:** hi", .turns(["Unknown: **:** hi"])),
        Case(
            "participants item that is only brackets", .markdown, "---\nparticipants: [(), :, ]\n---\nA: hi",
            .turns(["A: hi"])),
        Case("voice tag without a name", .webvtt, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v >hi", .turns(["Unknown: hi"])),
        Case(
            "surrogate and oversized entities", .webvtt,
            "WEBVTT\n\n00:01.000 --> 00:02.000\n&#xD800; &#99999999999; &#x;",
            .turns(["Unknown: &#xD800; &#99999999999; &#x;"])),
        Case(
            "tag never closed", .webvtt, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann hi <b",
            .turns(["Unknown: <v Ann hi <b"])),
        Case("arrow without times", .webvtt, "WEBVTT\n\n-->\nhi", .failure("malformed_vtt")),
        Case("header only", .webvtt, "WEBVTT", .failure("no_turns")),
        Case("cue number alone", .srt, "1", .failure("malformed_srt")),
        Case("timing with an empty end", .srt, "1\n00:00:01,000 --> \nhi", .failure("malformed_srt")),
        Case(
            "seconds past the limit", .json, #"[{"speaker": "A", "text": "x", "timestamp": 1e400}]"#,
            .failure("malformed_json")),
        Case(
            "huge number as a speaker", .json, #"[{"speaker": 1e300, "text": "x", "time": -5}]"#, .turns(["1e+300: x"])),
        Case("lone surrogate escape", .json, #"["\ud800"]"#, .failure("malformed_json")),
        Case(
            "nesting one past the limit", .json, String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
            .failure("too_deep")),
        Case("closing brackets only", .json, "]]]}", .failure("malformed_json")),
        Case("scalar at the top level", .json, "42", .failure("malformed_json")),
    ]

    @Test(arguments: cases)
    func endsCleanly(_ input: Case) {
        let outcome: Outcome
        do throws(IngestError) {
            let (transcript, _) = try parse(bytes: input.bytes, as: input.format)
            outcome = .turns(lines(transcript))
        } catch {
            outcome = .failure(error.kind)
        }
        #expect(outcome == input.outcome)
    }
}
