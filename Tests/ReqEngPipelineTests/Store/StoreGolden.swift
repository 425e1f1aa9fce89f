import Foundation
import Testing

/// Golden HTML pages built from the store live beside the renderer's goldens
/// (`Tests/ReqEngRenderTests/Golden/HTML/`); `REQENG_RECORD=1` re-records them.
enum StoreGolden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReqEngRenderTests/Golden/HTML")

    static func expectMatch(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["REQENG_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run with REQENG_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "output differs from Golden/HTML/\(name); re-record with REQENG_RECORD=1",
            sourceLocation: sourceLocation)
    }
}
