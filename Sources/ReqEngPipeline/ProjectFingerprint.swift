import Foundation
import ReqEngIngest

/// A fingerprint of a project's inputs: every file's relative path, format and bytes, plus the
/// document date. Equal fingerprints (with equal configuration hashes) mean equal documents, which
/// is what lets an incremental run skip a project and a resumed run trust its checkpoints.
package enum ProjectFingerprint {
    package static func of(_ project: ProjectInput, generatedAt: String) -> String {
        var hasher = StableHasher()
        hasher.add("project=\(project.name)\ngenerated_at=\(generatedAt)\n")
        for file in project.files {
            hasher.add("file=\(file.relativePath)\nformat=\(file.format.rawValue)\n")
            // An unreadable file hashes as such; ingest reports it, and a later fix changes the hash.
            if let data = FileManager.default.contents(atPath: file.path) {
                hasher.add("bytes=\(data.count)\n")
                hasher.add(data)
            } else {
                hasher.add("unreadable\n")
            }
        }
        return hasher.hexDigest
    }
}

/// FNV-1a over two 64-bit lanes with different offsets: 128 bits, stable across runs and machines.
/// Change detection, not security: inputs are the user's own files.
struct StableHasher {
    private var low: UInt64 = 0xcbf2_9ce4_8422_2325
    private var high: UInt64 = 0x6c62_272e_07bb_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func add(_ text: String) {
        add(Data(text.utf8))
    }

    mutating func add(_ data: Data) {
        for byte in data {
            low = (low ^ UInt64(byte)) &* Self.prime
            high = (high ^ UInt64(byte ^ 0x5A)) &* Self.prime
        }
    }

    var hexDigest: String {
        [high, low].map { value in
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
