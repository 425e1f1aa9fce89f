import Foundation
import ReqEngTestSupport
import Testing

/// The render tests' golden files, under `Golden/`.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func expectMatch(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        try Golden.expectMatch(actual, file: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
