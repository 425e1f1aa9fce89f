import Foundation
import Synchronization

/// Where newline-terminated records go: a file, standard error, or memory in tests.
package protocol LineSink: Sendable {
    /// Appends `line` and a newline; never throws, so telemetry cannot fail a run.
    func write(line: String)
}

/// Appends lines to a file, one writer at a time.
package final class FileLineSink: LineSink {
    private struct State {
        var handle: FileHandle?
        var failedWrites = 0
    }

    package let path: String
    private let state: Mutex<State>

    /// Opens `path` for appending, creating it (and nothing else) when missing.
    package init(path: String) throws(TelemetryError) {
        self.path = path
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard manager.createFile(atPath: path, contents: nil) else {
                throw .cannotWrite(path: path, reason: "the file could not be created")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path: path, reason: "the file could not be opened for writing")
        }
        do {
            try handle.seekToEnd()
        } catch {
            throw .cannotWrite(path: path, reason: "\(error)")
        }
        state = Mutex(State(handle: handle))
    }

    package func write(line: String) {
        let data = Data((line + "\n").utf8)
        state.withLock { state in
            guard let handle = state.handle else { return }
            do {
                try handle.write(contentsOf: data)
            } catch {
                state.failedWrites += 1
            }
        }
    }

    /// Lines that could not be written (disk full, file gone); reported by the session at the end.
    package var failedWrites: Int {
        state.withLock { $0.failedWrites }
    }

    /// Flushes to disk and closes the file; later writes are dropped.
    package func close() {
        state.withLock { state in
            try? state.handle?.synchronize()
            try? state.handle?.close()
            state.handle = nil
        }
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
