import Foundation
import ReqEngBase
import ReqEngPipeline
import Testing

/// Write failures name what was being written and why, in words (issue 16, item 13).
@Suite("Output failure messages")
struct OutputMessageTests {
    @Test("A document that cannot be written is not called a telemetry file")
    func documentWriteFailureNamesTheDocument() throws {
        let root = try PipelineFixture.temporaryDirectory("doc-fail")
        defer { try? FileManager.default.removeItem(atPath: root) }
        // No rd/ directory: the temporary file cannot be created, as on a full or vanished disk.
        do throws(WriteError) {
            try OutputWriter(root: root).write(Array("# RD\n".utf8), to: "rd/app.md")
            Issue.record("the write must fail")
        } catch {
            #expect(!error.description.contains("telemetry"), "\(error)")
            #expect(error.description.contains("rd/app.md"))
            #expect(error.description.contains("No such file or directory"))
        }
    }

    @Test("An output path under a regular file says which path component is a file")
    func outputUnderAFile() throws {
        let root = try PipelineFixture.temporaryDirectory("under-file")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "not a directory".write(toFile: root + "/report.txt", atomically: true, encoding: .utf8)
        do throws(PipelineError) {
            _ = try OutputLock(outputDirectory: root + "/report.txt/out")
            Issue.record("a directory under a file cannot be created")
        } catch {
            #expect(!error.description.contains("NSCocoaErrorDomain"), "\(error)")
            #expect(error.description.contains("report.txt' is a file, not a directory"), "\(error)")
        }
        do throws(WriteError) {
            try OutputWriter(root: root + "/report.txt").ensureDirectory("rd")
            Issue.record("a directory under a file cannot be created")
        } catch {
            #expect(error.description.contains("is a file, not a directory"), "\(error)")
        }
    }
}
