import Foundation
import ReqEngBase
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where newline-terminated records go: a file, standard error, or memory in tests.
package protocol LineSink: Sendable {
    /// Appends `line` and a newline; never throws, so telemetry cannot fail a run.
    func write(line: String)
}

/// Writes up to `count` bytes to a descriptor, as `write(2)` does: the count written, or -1.
package typealias LineWriteFunction = @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int

/// Appends lines to a file, one writer at a time, and only whole lines.
///
/// A write that fails part-way (a full disk, a file-size limit) is cut back to the end of the last
/// complete line, and so is a cut-off line a killed process left at the end of the file, so every
/// line of a JSONL file is a whole JSON value.
package final class FileLineSink: LineSink {
    private struct State {
        var descriptor: Int32?
        /// File length after the last whole line.
        var committed: Int64
        var failedWrites = 0
    }

    package let path: String
    private let state: Mutex<State>
    private let writeBytes: LineWriteFunction

    /// Opens `path` for appending, creating it (and nothing else) when missing. `writeBytes` is the
    /// system's `write(2)` unless a test injects a failing one.
    package init(path: String, writeBytes: @escaping LineWriteFunction = systemWrite) throws(TelemetryError) {
        self.path = path
        self.writeBytes = writeBytes
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let committed = Self.endOfLastLine(path: path)
        if let committed, ftruncate(descriptor, off_t(committed)) != 0 {
            let reason = String(cString: strerror(errno))
            _ = Self.closeDescriptor(descriptor)
            throw .cannotWrite(path: path, reason: reason)
        }
        let length = committed ?? Int64(lseek(descriptor, 0, SEEK_END))
        state = Mutex(State(descriptor: descriptor, committed: max(0, length)))
    }

    package func write(line: String) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        state.withLock { state in
            guard let descriptor = state.descriptor else { return }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer -> Int in
                    guard let base = buffer.baseAddress else { return -1 }
                    return writeBytes(descriptor, base.advanced(by: offset), bytes.count - offset)
                }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    // Cut the partial line off, so the file still ends with a whole one.
                    _ = ftruncate(descriptor, off_t(state.committed))
                    state.failedWrites += 1
                    return
                }
                offset += written
            }
            state.committed += Int64(bytes.count)
        }
    }

    /// Lines that could not be written (disk full, file gone); reported by the session at the end.
    package var failedWrites: Int {
        state.withLock { $0.failedWrites }
    }

    /// Flushes to disk and closes the file; later writes are dropped.
    package func close() {
        state.withLock { state in
            guard let descriptor = state.descriptor else { return }
            _ = fsync(descriptor)
            _ = Self.closeDescriptor(descriptor)
            state.descriptor = nil
        }
    }

    /// `close(2)`, named apart from ``close()``.
    private static func closeDescriptor(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.close(descriptor)
        #elseif canImport(Musl)
            Musl.close(descriptor)
        #else
            Darwin.close(descriptor)
        #endif
    }

    /// `write(2)`.
    package static let systemWrite: LineWriteFunction = { descriptor, bytes, count in
        posixWrite(descriptor, bytes, count)
    }

    /// The length up to and including the last newline when the file ends without one (a line cut
    /// off by a killed process); `nil` when the file is empty or ends with a whole line.
    private static func endOfLastLine(path: String) -> Int64? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return nil }
        var end = size
        let chunk: UInt64 = 64 * 1024
        while end > 0 {
            let start = end > chunk ? end - chunk : 0
            guard (try? handle.seek(toOffset: start)) != nil,
                let data = try? handle.read(upToCount: Int(end - start))
            else { return nil }
            if end == size, data.last == 0x0A { return nil }
            if let newline = data.lastIndex(of: 0x0A) {
                return Int64(start) + Int64(newline - data.startIndex) + 1
            }
            end = start
        }
        return 0
    }
}

/// Writes lines to standard error (the human-readable console log).
package struct StandardErrorSink: LineSink {
    package init() {}

    package func write(line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Keeps lines in memory, for tests.
package final class MemoryLineSink: LineSink {
    private let storage = Mutex<[String]>([])

    package init() {}

    package func write(line: String) {
        storage.withLock { $0.append(line) }
    }

    /// Everything written so far, in order.
    package var lines: [String] {
        storage.withLock { $0 }
    }
}
