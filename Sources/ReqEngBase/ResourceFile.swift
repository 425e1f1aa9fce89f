import Foundation
import ReqEngResources

/// One file read once, from the embedded copy or from a path (`--prices FILE`).
package struct ResourceFile: Sendable, Hashable {
    /// Where the bytes came from, for messages: a path, or `built-in prices/llm-prices.json`.
    package let origin: String
    package let data: Data

    package init(origin: String, data: Data) {
        self.origin = origin
        self.data = data
    }

    /// The embedded copy of the repository file `path`, or `nil` when the build embedded none.
    package static func embedded(_ path: String) -> ResourceFile? {
        EmbeddedFiles.data(path).map { ResourceFile(origin: "built-in \(path)", data: $0) }
    }

    /// The file at `path`; the error names it and the reason.
    package static func load(path: String) throws(ResourceError) -> ResourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ResourceError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw ResourceError(path: path, reason: "a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ResourceError(path: path, reason: "the file cannot be read")
        }
        return ResourceFile(origin: path, data: data)
    }

    /// SHA-256 of the bytes.
    package var digest: String { ContentDigest.sha256Hex(bytes: Array(data)) }
}
