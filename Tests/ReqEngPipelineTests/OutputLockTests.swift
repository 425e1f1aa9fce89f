import Foundation
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
