import Foundation
import ReqEngBase
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
