import Foundation

/// Writes output files so that a reader (or a crash) sees the old file or the new one, never half:
/// write to a temporary file in the same directory, sync it, rename it into place, sync the directory.
package struct OutputWriter: Sendable {
    package let root: String

    package init(root: String) {
        self.root = root
    }

    /// Creates `root/relativeDirectory` (and parents) if needed.
    package func ensureDirectory(_ relativeDirectory: String) throws(PipelineError) {
        let path = (root as NSString).appendingPathComponent(relativeDirectory)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: Self.reason(error))
        }
    }

    /// Atomically replaces `root/relativePath` with `bytes`; returns the full path written.
    @discardableResult
    package func write(_ bytes: [UInt8], to relativePath: String) throws(PipelineError) -> String {
        let path = (root as NSString).appendingPathComponent(relativePath)
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).tmp-\(getpid())")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: Self.systemReason()) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(
                    descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Self.systemReason()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Self.systemReason() }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = Self.systemReason() }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        Self.syncDirectory(directory)
        return path
    }

    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
