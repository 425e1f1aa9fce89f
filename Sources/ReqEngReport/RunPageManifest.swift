import Foundation
import ReqEngBase
import ReqEngStore

/// What the kept run pages were rendered from (`reports/runs/manifest.json`), so that a rerun
/// renders only the pages that may have changed.
///
/// A page is kept while the page fingerprint (tool version, templates, trace links, alert rules,
/// trend length) is the same, its run's record is the same, the summaries its trends were drawn
/// from are the same, and the file is still there. The summary stored with each page is what the
/// index row and later pages' trends need of that run, so a kept run's rows are not read again.
struct RunPageManifest: Codable, Sendable, Hashable {
    /// One kept page.
    struct Entry: Codable, Sendable, Hashable {
        /// Digest of the run's record (status, exit code, outcome and end change when a run finishes).
        var record: String
        /// Digest of the earlier runs' summaries in the page's trends.
        var earlier: String
        /// The run as the index and later trends show it.
        var summary: RunSummary
    }

    /// Bump when the pages' content changes without the templates or the tool version changing.
    static let pageFormat = 1

    var fingerprint: String
    /// By run id.
    var runs: [String: Entry]

    /// The manifest under `root`, or `nil` when it is missing, unreadable or from another fingerprint.
    static func read(root: String, fingerprint: String) -> RunPageManifest? {
        let path = (root as NSString).appendingPathComponent(OutputLayout.runPagesManifest)
        guard let data = FileManager.default.contents(atPath: path),
            let manifest = try? JSONDecoder().decode(RunPageManifest.self, from: data),
            manifest.fingerprint == fingerprint
        else { return nil }
        return manifest
    }

    /// Sorted-key JSON, so an unchanged manifest is written byte for byte the same; `nil` when a
    /// summary holds a number JSON cannot (the pages are then all rendered on the next run).
    func encoded() -> [UInt8]? {
        (try? Self.encoder.encode(self)).map { Array($0) }
    }

    /// SHA-256 of the sorted-key JSON of `value`; a value that cannot be encoded digests to a
    /// string no other value has, so it never matches a stored entry.
    static func digest(_ value: some Encodable) -> String {
        guard let data = try? encoder.encode(value) else { return "unencodable-\(UUID().uuidString)" }
        return ContentDigest.sha256Hex(bytes: Array(data))
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
