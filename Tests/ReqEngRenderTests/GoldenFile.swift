import Foundation
import Testing

/// Compares whole outputs with files under `Golden/`; `REQENG_RECORD=1` re-records them.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["REQENG_RECORD"] == "1" }

    /// Expects `actual` to equal the golden file `name`, or writes it when recording.
    static func expectMatch(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run with REQENG_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "output differs from Golden/\(name); re-record with REQENG_RECORD=1",
            sourceLocation: sourceLocation)
    }
}
