import Foundation
import ReqEngTelemetry
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A disk that fills up mid-line leaves whole lines only (issue 16, item 9).
@Suite("File line sink on a full disk")
struct FileLineSinkTests {
    /// `write(2)` on a disk with `capacity` bytes left: writes what fits, then fails with ENOSPC.
    static func fullDisk(capacity: Int) -> LineWriteFunction {
        let left = Mutex(capacity)
        return { descriptor, bytes, count in
            let allowed = left.withLock { value -> Int in
                let take = min(value, count)
                value -= take
                return take
            }
            guard allowed > 0 else {
                errno = ENOSPC
                return -1
            }
            return FileLineSink.systemWrite(descriptor, bytes, allowed)
        }
    }

    static func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "reqeng-sink-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        ).path
    }

    @Test("A line that does not fit is cut back; the file holds only whole lines and the loss is counted")
    func partialLineCutBack() throws {
        let path = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try FileLineSink(path: path, writeBytes: Self.fullDisk(capacity: 40))
        sink.write(line: #"{"n":1,"pad":"aaaaaaaa"}"#)  // 25 bytes with the newline: fits
        sink.write(line: #"{"n":2,"pad":"bbbbbbbb"}"#)  // only 15 of 25 bytes fit
        sink.write(line: #"{"n":3}"#)  // nothing fits
        sink.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "{\"n\":1,\"pad\":\"aaaaaaaa\"}\n")
        #expect(sink.failedWrites == 2)
    }

    @Test("A cut-off line left by a killed process is removed when the file is opened again")
    func leftoverPartialLineRemoved() throws {
        let path = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "{\"n\":1}\n{\"n\":2,\"cut".write(toFile: path, atomically: false, encoding: .utf8)
        let sink = try FileLineSink(path: path)
        sink.write(line: #"{"n":3}"#)
        sink.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "{\"n\":1}\n{\"n\":3}\n")
    }
}
