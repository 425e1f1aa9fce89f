import Foundation

/// Writes output files under the output directory so that a reader (or a crash) sees the old file or
/// the new one, never half (``AtomicFile``: temporary file, fsync, rename, directory fsync).
package struct OutputWriter: Sendable {
    package let root: String

    package init(root: String) {
        self.root = root
    }

    /// A writer for the output directory of `layout`.
    package init(_ layout: OutputLayout) {
        self.init(root: layout.root)
    }

    /// Creates `root/relativeDirectory` (and parents) if needed.
    package func ensureDirectory(_ relativeDirectory: String) throws(WriteError) {
        let path = (root as NSString).appendingPathComponent(relativeDirectory)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: Self.directoryFailure(path, error))
        }
    }

    /// Atomically replaces `root/relativePath` with `bytes`; returns the full path written.
    ///
    /// Without `syncingDirectory`, the rename becomes durable at the next ``syncDirectory(_:)`` of
    /// its directory (see ``AtomicFile/write(_:to:syncingDirectory:)``).
    @discardableResult
    package func write(
        _ bytes: [UInt8], to relativePath: String, syncingDirectory: Bool = true
    ) throws(WriteError)
        -> String
    {
        let path = (root as NSString).appendingPathComponent(relativePath)
        try AtomicFile.write(Data(bytes), to: path, syncingDirectory: syncingDirectory)
        return path
    }

    /// Makes every rename into `root/relativeDirectory` so far durable.
    package func syncDirectory(_ relativeDirectory: String) {
        AtomicFile.syncDirectory((root as NSString).appendingPathComponent(relativeDirectory))
    }

    /// Deletes temporary files a killed run left behind (`.<name>.tmp-<pid>…`), anywhere under the
    /// output directory; call it only while holding the ``OutputLock``, when no other writer exists.
    /// Returns how many were removed.
    @discardableResult
    package func removeStaleTemporaryFiles() -> Int {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return 0 }
        var removed = 0
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), name.contains(".tmp-") else { continue }
            if (try? FileManager.default.removeItem(atPath: (root as NSString).appendingPathComponent(relative)))
                != nil
            {
                removed += 1
            }
        }
        return removed
    }

    /// Whether `root/relativePath` exists as a regular file.
    package func exists(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        let path = (root as NSString).appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Why `path` could not be created as a directory, in words: a path component that is a file
    /// (Foundation only says "NSCocoaErrorDomain error 512"), else the system's reason.
    package static func directoryFailure(_ path: String, _ error: any Error) -> String {
        var prefix = ""
        for component in (path as NSString).pathComponents {
            prefix = prefix.isEmpty ? component : (prefix as NSString).appendingPathComponent(component)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory) else { break }
            if !isDirectory.boolValue {
                return "'\(prefix)' is a file, not a directory; choose an output path that does not go through it"
            }
        }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedFailureReason ?? nsError.localizedDescription
    }
}
