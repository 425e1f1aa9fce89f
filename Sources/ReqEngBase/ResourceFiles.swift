import Foundation
import ReqEngResources

/// A set of named files — the templates with their prompts and partials, a price table — read once,
/// either from the copy compiled into the executable or from a directory or file given on the
/// command line (`--templates DIR`, `--prices FILE`).
///
/// Everything that reads them reads these bytes, and ``digest`` hashes these same bytes, so a run's
/// configuration fingerprint changes exactly when what the run uses changes.
package struct ResourceFiles: Sendable, Hashable {
    /// Where the files came from, for messages: a path, or `built-in <folder>`.
    package let origin: String
    /// Relative path (`rd.md.mustache`, `prompts/extraction.prompt`) → bytes.
    package let files: [String: Data]
    /// SHA-256 over every path and its bytes in path order: equal digests mean equal files.
    /// Computed once, as every project's configuration fingerprint includes it.
    package let digest: String

    package init(origin: String, files: [String: Data]) {
        self.origin = origin
        self.files = files
        self.digest = Self.digest(of: files)
    }

    /// The embedded copy of the repository folder `folder` (`templates`, `prices`, `schemas`, `rules`).
    package static func embedded(_ folder: String) -> ResourceFiles {
        let prefix = folder + "/"
        var files: [String: Data] = [:]
        for path in EmbeddedFiles.paths where path.hasPrefix(prefix) {
            files[String(path.dropFirst(prefix.count))] = EmbeddedFiles.data(path)
        }
        return ResourceFiles(origin: "built-in \(folder)/", files: files)
    }

    /// The built-in default templates (`templates/` of the repository the binary was built from).
    package static var builtInTemplates: ResourceFiles { embedded("templates") }

    /// Every regular, non-hidden file under `directory`; the error names the directory and the reason.
    package static func load(directory: String) throws(ResourceError) -> ResourceFiles {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw ResourceError(path: directory, reason: "no such directory")
        }
        guard isDirectory.boolValue else { throw ResourceError(path: directory, reason: "not a directory") }
        guard let walker = fileManager.enumerator(atPath: directory) else {
            throw ResourceError(path: directory, reason: "the directory cannot be read")
        }
        var files: [String: Data] = [:]
        while let relative = walker.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = fileManager.contents(atPath: path) else {
                throw ResourceError(path: path, reason: "the file cannot be read")
            }
            files[relative] = data
        }
        return ResourceFiles(origin: directory, files: files)
    }

    /// The bytes of `relativePath`, or `nil` when there is no such file.
    package func data(_ relativePath: String) -> Data? { files[relativePath] }

    /// The full name of `relativePath` for messages (`templates/rd.md.mustache`, `built-in templates/rd.md.mustache`).
    package func describe(_ relativePath: String) -> String {
        origin.hasSuffix("/") ? origin + relativePath : (origin as NSString).appendingPathComponent(relativePath)
    }

    private static func digest(of files: [String: Data]) -> String {
        var bytes: [UInt8] = []
        for path in files.keys.sorted() {
            let data = files[path] ?? Data()
            bytes.append(contentsOf: Array("\(path)\n\(data.count)\n".utf8))
            bytes.append(contentsOf: data)
        }
        return ContentDigest.sha256Hex(bytes: bytes)
    }
}
