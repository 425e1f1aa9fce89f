import Foundation
import ReqEngBase

#if canImport(Glibc)
    import Glibc
#endif

/// One writer per output directory: an advisory `flock` on `<output>/.reqeng.lock`, held for the
/// life of the run and released by the kernel when the process ends, however it ends.
///
/// The lock file records who holds it (pid, host, start time), so a second run can say whom it is
/// waiting for instead of just failing.
package final class OutputLock: Sendable {
    package static let fileName = OutputLayout.lockFileName
    private let descriptor: Int32
    package let path: String

    /// Takes the lock or fails at once with ``PipelineError/locked(path:holder:)``; never waits.
    package init(outputDirectory: String, now: Date = Date()) throws(PipelineError) {
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: outputDirectory, reason: OutputWriter.directoryFailure(outputDirectory, error))
        }
        path = OutputLayout(root: outputDirectory).lockFile
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readHolder(descriptor)
            close(descriptor)
            throw .locked(path: path, holder: holder)
        }
        self.descriptor = descriptor
        let holder =
            "pid \(getpid()) on \(ProcessInfo.processInfo.hostName), started \(UTCDate.iso8601(epochSeconds: Int(now.timeIntervalSince1970)))\n"
        _ = ftruncate(descriptor, 0)
        _ = holder.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readHolder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "another reqeng process" }
        return String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
