import Foundation
import ReqEngIngest
import ReqEngModel

/// Parses inline transcript text the way the loader does, without touching the file system.
func parse(
    _ text: String, as format: TranscriptFormat, stem: String = "session", limits: InputLimits = InputLimits()
) throws(IngestError) -> (Transcript, [InputNotice]) {
    try parse(bytes: Array(text.utf8), as: format, stem: stem, limits: limits)
}

/// Parses raw bytes the way the loader does.
func parse(
    bytes: [UInt8], as format: TranscriptFormat, stem: String = "session", limits: InputLimits = InputLimits()
) throws(IngestError) -> (Transcript, [InputNotice]) {
    let file = InputFile(
        path: "/nonexistent/\(stem)", relativePath: "project/\(stem).\(format.rawValue)", format: format)
    return try TranscriptLoader(limits: limits).parse(bytes, file: file)
}

/// The error parsing `text` throws, or `nil` when it parses.
func parseError(_ text: String, as format: TranscriptFormat, limits: InputLimits = InputLimits()) -> IngestError? {
    parseError(bytes: Array(text.utf8), as: format, limits: limits)
}

/// The error parsing `bytes` throws, or `nil` when they parse.
func parseError(bytes: [UInt8], as format: TranscriptFormat, limits: InputLimits = InputLimits()) -> IngestError? {
    do throws(IngestError) {
        _ = try parse(bytes: bytes, as: format, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// `speaker: text` of each turn, for compact expectations.
func lines(_ transcript: Transcript) -> [String] {
    transcript.turns.map { "\($0.speaker): \($0.text)" }
}

/// A fresh directory under the system temporary directory, removed by ``remove()``.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "reqeng-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` at `relative`, creating parent directories.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        let parent = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    func mkdir(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }

    func link(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relative, withDestinationPath: target)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
