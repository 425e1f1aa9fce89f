import ReqEngIngest
import ReqEngModel

/// Runs one fuzzer input through `TranscriptLoader.parse` and checks what the loader promises.
///
/// Input must never crash the tool, so a crash anywhere below is a finding. Beyond that, a parse
/// either throws an ``IngestError`` that fits the format and names the file, or returns a transcript
/// whose turns are numbered from 1, non-empty, whitespace-normalised and spoken by someone. A broken
/// promise traps on purpose (`precondition`), which is how a harness reports to libFuzzer.
package enum FuzzHarness {
    /// Error kinds any format may report.
    private static let commonKinds: Set<String> = [
        "empty", "binary", "invalid_utf8", "too_large", "no_turns", "too_many_turns",
    ]

    /// Copies the fuzzer's buffer and checks it as `format`; libFuzzer expects 0 back.
    package static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, format: TranscriptFormat) -> Int32 {
        check(bytes(data, size), format: format)
        return 0
    }

    /// The whole loader path: the first byte picks the format, the rest is the file.
    package static func runChoosingFormat(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let input = bytes(data, size)
        guard let selector = input.first else { return 0 }
        let formats = TranscriptFormat.allCases
        check(Array(input.dropFirst()), format: formats[Int(selector) % formats.count])
        return 0
    }

    /// Parses `bytes` as `format` and traps when the outcome breaks a promise of the loader.
    package static func check(_ bytes: [UInt8], format: TranscriptFormat) {
        let file = InputFile(path: "/fuzz/input", relativePath: "fuzz/input.\(format.rawValue)", format: format)
        let loader = TranscriptLoader()
        do throws(IngestError) {
            let (transcript, _) = try loader.parse(bytes, file: file, project: "fuzz")
            verify(transcript, file: file, limits: loader.limits)
        } catch {
            precondition(error.path == file.relativePath, "error names \(error.path), not the file")
            precondition(allowedKinds(format).contains(error.kind), "\(format) parser threw \(error.kind)")
            precondition(!error.message.isEmpty, "error without a message")
        }
    }

    private static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    private static func allowedKinds(_ format: TranscriptFormat) -> Set<String> {
        switch format {
        case .text, .markdown: commonKinds
        case .json: commonKinds.union(["malformed_json", "too_deep"])
        case .webvtt: commonKinds.union(["malformed_vtt"])
        case .srt: commonKinds.union(["malformed_srt"])
        }
    }

    private static func verify(_ transcript: Transcript, file: InputFile, limits: InputLimits) {
        precondition(transcript.format == file.format && transcript.sourcePath == file.relativePath)
        precondition(!transcript.turns.isEmpty, "a transcript without turns was returned")
        precondition(transcript.turns.count <= limits.maxTurns, "turn limit not enforced")
        for (index, turn) in transcript.turns.enumerated() {
            precondition(turn.number == index + 1, "turn \(index) numbered \(turn.number)")
            precondition(!turn.text.isEmpty, "turn \(turn.number) is empty")
            precondition(turn.text == TextLines.normaliseWhitespace(turn.text), "turn \(turn.number) not normalised")
            precondition(!turn.speaker.isEmpty, "turn \(turn.number) has no speaker")
            if let stamp = turn.timestamp {
                precondition(isClock(stamp), "turn \(turn.number) has timestamp \"\(stamp)\"")
            }
        }
    }

    /// `hh:mm:ss` with at least two hour digits, as ``Timestamp`` writes every stamp.
    private static func isClock(_ stamp: String) -> Bool {
        let parts = stamp.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 2, parts[1].count == 2, parts[2].count == 2 else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isWholeNumber) }
    }
}
