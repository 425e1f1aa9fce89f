import Foundation
import ReqEngBase
import ReqEngPipeline
import Testing

@Suite struct OutputLockTests {
    @Test func aSecondWriterIsRefusedAtOnceWithTheHolderNamed() throws {
        let directory = try PipelineFixture.temporaryDirectory("lock")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try OutputLock(outputDirectory: directory)
        let started = ContinuousClock.now
        do {
            _ = try OutputLock(outputDirectory: directory)
            Issue.record("a second lock on the same directory must fail")
        } catch {
            guard case .locked(let path, let holder) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path.hasSuffix(OutputLock.fileName))
            #expect(holder.contains("pid \(getpid())"))
        }
        #expect(ContinuousClock.now - started < .seconds(1))
        withExtendedLifetime(first) {}
    }

    @Test func theLockIsFreeAgainOnceReleased() throws {
        let directory = try PipelineFixture.temporaryDirectory("relock")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do { _ = try OutputLock(outputDirectory: directory) }
        let again = try OutputLock(outputDirectory: directory)
        withExtendedLifetime(again) {}
    }
}

@Suite struct OutputWriterTests {
    @Test func staleTemporaryFilesOfAKilledRunAreRemovedAndOthersKept() throws {
        let root = try PipelineFixture.temporaryDirectory("stale")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/rd", withIntermediateDirectories: true)
        try "half".write(toFile: root + "/rd/.clinic.json.tmp-4242-1", atomically: false, encoding: .utf8)
        try "whole".write(toFile: root + "/rd/clinic.json", atomically: false, encoding: .utf8)
        try "lock".write(toFile: root + "/.reqeng.lock", atomically: false, encoding: .utf8)
        #expect(OutputWriter(root: root).removeStaleTemporaryFiles() == 1)
        #expect(!FileManager.default.fileExists(atPath: root + "/rd/.clinic.json.tmp-4242-1"))
        #expect(FileManager.default.fileExists(atPath: root + "/rd/clinic.json"))
        #expect(FileManager.default.fileExists(atPath: root + "/.reqeng.lock"))
    }

    @Test func writesReplaceTheFileAndLeaveNoTemporary() throws {
        let root = try PipelineFixture.temporaryDirectory("atomic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = OutputWriter(root: root)
        try writer.write(Array("one".utf8), to: "a.txt")
        try writer.write(Array("two".utf8), to: "a.txt")
        #expect(PipelineFixture.contents(of: root + "/a.txt") == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["a.txt"])
    }
}
