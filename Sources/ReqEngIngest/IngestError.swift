import ReqEngModel

/// Everything that can go wrong while finding or reading transcripts.
///
/// Discovery throws only ``notFound`` (an input named on the command line does not exist); every
/// other case describes one file and is recorded as an `InputFailure` so the rest of the batch goes on.
/// Each case carries the path it is about, relative to its input directory where one is known.
package enum IngestError: Error, Sendable, Hashable {
    /// The file has no bytes, or only whitespace.
    case empty(path: String)
    /// The file holds a NUL byte near its start, so it is not text.
    case binary(path: String, offset: Int)
    /// The bytes are not valid in the file's encoding (UTF-8, or UTF-16 when a BOM says so).
    case invalidUTF8(path: String, offset: Int, encoding: String)
    /// The file is bigger than `InputLimits.maxFileBytes`; it was not read.
    case tooLarge(path: String, size: Int, limit: Int)
    /// The JSON does not parse, or parses to a shape that holds no transcript.
    case malformedJSON(path: String, detail: String)
    /// JSON nesting deeper than `InputLimits.maxJSONDepth`, found by a scan before any parsing.
    case tooDeep(path: String, limit: Int, offset: Int)
    /// A WebVTT file without its header, or with a cue timing line that does not parse.
    case malformedVTT(path: String, line: Int, detail: String)
    /// A SubRip cue whose number or timing line does not parse.
    case malformedSRT(path: String, line: Int, detail: String)
    /// The transcript parsed, but holds no non-empty turn.
    case noTurns(path: String)
    /// The transcript holds more turns than `InputLimits.maxTurns`.
    case tooManyTurns(path: String, count: Int, limit: Int)
    /// The transcript holds more words than `InputLimits.maxWords`.
    case tooManyWords(path: String, count: Int, limit: Int)
    /// The batch holds more transcript files than `InputLimits.maxFiles`; this one was not read.
    case tooManyFiles(path: String, limit: Int)
    /// The file system refused the file (permissions, not a regular file, I/O error).
    case unreadable(path: String, reason: String)
    /// A symbolic link leads outside its input directory; it was neither followed nor read.
    case symlinkOutside(path: String, target: String)
    /// An input path does not exist (or a file vanished between discovery and reading).
    case notFound(path: String)

    /// Machine-readable name of the case, as written to `InputFailure.kind`, logs and metrics.
    package var kind: String {
        switch self {
        case .empty: "empty"
        case .binary: "binary"
        case .invalidUTF8: "invalid_utf8"
        case .tooLarge: "too_large"
        case .malformedJSON: "malformed_json"
        case .tooDeep: "too_deep"
        case .malformedVTT: "malformed_vtt"
        case .malformedSRT: "malformed_srt"
        case .noTurns: "no_turns"
        case .tooManyTurns: "too_many_turns"
        case .tooManyWords: "too_many_words"
        case .tooManyFiles: "too_many_files"
        case .unreadable: "unreadable"
        case .symlinkOutside: "symlink_outside"
        case .notFound: "not_found"
        }
    }

    /// The path the error is about.
    package var path: String {
        switch self {
        case .empty(let path), .binary(let path, _), .invalidUTF8(let path, _, _), .tooLarge(let path, _, _),
            .malformedJSON(let path, _), .tooDeep(let path, _, _), .malformedVTT(let path, _, _),
            .malformedSRT(let path, _, _), .noTurns(let path), .tooManyTurns(let path, _, _),
            .tooManyWords(let path, _, _), .tooManyFiles(let path, _),
            .unreadable(let path, _), .symlinkOutside(let path, _), .notFound(let path):
            path
        }
    }

    /// What went wrong and what to do about it, without the path (see ``description``).
    package var message: String {
        switch self {
        case .empty:
            "the file is empty or holds only whitespace; add the transcript text or remove the file"
        case .binary(_, let offset):
            "the file looks binary (NUL byte at byte offset \(offset)); save it as UTF-8 text"
        case .invalidUTF8(_, let offset, let encoding):
            "invalid \(encoding) at byte offset \(offset); re-save the file as UTF-8 (no bytes were repaired)"
        case .tooLarge(_, let size, let limit):
            "the file is \(size) bytes (\(Self.mebibytes(size))), over the limit of \(limit) bytes "
                + "(\(Self.mebibytes(limit))); split it into smaller sessions"
        case .malformedJSON(_, let detail):
            "malformed JSON: \(detail)"
        case .tooDeep(_, let limit, let offset):
            "JSON nesting goes deeper than \(limit) levels at byte offset \(offset); "
                + "a transcript needs at most a few levels, so check how the file was produced"
        case .malformedVTT(_, let line, let detail):
            "malformed WebVTT at line \(line): \(detail)"
        case .malformedSRT(_, let line, let detail):
            "malformed SubRip at line \(line): \(detail)"
        case .noTurns:
            "the transcript holds no turns (no non-empty utterance was found)"
        case .tooManyTurns(_, let count, let limit):
            "the transcript holds \(count) turns, more than the limit of \(limit); split it into smaller sessions"
        case .tooManyWords(_, let count, let limit):
            "the transcript holds \(count) words, more than the limit of \(limit); split it into smaller sessions"
        case .tooManyFiles(_, let limit):
            "the inputs hold more than \(limit) transcript files; this one was not read "
                + "(raise --max-files, or split the batch with --shard)"
        case .unreadable(_, let reason):
            "cannot read the file: \(reason)"
        case .symlinkOutside(_, let target):
            "symbolic link to \(target), outside the input directory; it was not followed. "
                + "Copy the file into the input directory to use it"
        case .notFound:
            "no such file or directory"
        }
    }

    /// Records the error as a per-file failure of `project`.
    package func failure(project: String) -> InputFailure {
        InputFailure(path: path, project: project, kind: kind, reason: message)
    }

    private static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}

extension IngestError: CustomStringConvertible {
    /// `path: message`, the form used in logs and on the terminal.
    package var description: String { "\(path): \(message)" }
}
