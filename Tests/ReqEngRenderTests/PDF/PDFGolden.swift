import Foundation
import Testing

/// Compares text with a golden file under `Golden/PDF`; `REQENG_RECORD=1` rewrites the file instead.
enum PDFGolden {
    static func directory(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/PDF")
    }

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory().appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["REQENG_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: directory(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                expectedLines.indices.first { $0 >= actualLines.count || expectedLines[$0] != actualLines[$0] }
                ?? expectedLines.count
            let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
            Issue.record(
                "\(name).txt differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\nRe-record with REQENG_RECORD=1 if the change is intended.",
                sourceLocation: sourceLocation)
        }
    }
}
