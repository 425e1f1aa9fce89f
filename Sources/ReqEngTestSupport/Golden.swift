import Foundation
import Testing

/// Golden-file comparison shared by every test target: whole outputs are compared with files kept
/// next to the tests that own them, and `REQENG_RECORD=1` re-records them instead.
package enum Golden {
    /// Whether this test run re-records golden files.
    package static var recording: Bool { ProcessInfo.processInfo.environment["REQENG_RECORD"] == "1" }

    /// Expects `actual` to equal the file at `url` (or writes it when recording); a difference is
    /// reported at its first differing line.
    package static func expectMatch(
        _ actual: String, file url: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "golden file \(url.lastPathComponent) is missing; run with REQENG_RECORD=1",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = want.indices.first { $0 >= got.count || want[$0] != got[$0] } ?? want.count
        Issue.record(
            """
            \(url.lastPathComponent) differs at line \(line + 1):
              expected: \(line < want.count ? String(want[line]) : "<end>")
              actual:   \(line < got.count ? String(got[line]) : "<end>")
            Re-record with REQENG_RECORD=1 if the change is intended.
            """,
            sourceLocation: sourceLocation)
    }
}
