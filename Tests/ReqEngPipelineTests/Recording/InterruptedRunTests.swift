import Foundation
import ReqEngPipeline
import ReqEngStore
import Testing

/// A run that ended without finishing (killed, crashed, disk full) does not stay `running` for ever
/// (issue 16, item 8).
@Suite("Interrupted runs")
struct InterruptedRunTests {
    static func start(_ id: String) -> RunStart {
        RunStart(
            id: id, startedAt: Date(timeIntervalSince1970: 1_767_225_600), toolVersion: "0.1.0", engine: "builtin",
            model: nil,
            inputs: ["inputs"], configHash: "cfg")
    }

    @Test("The next run marks a run left 'running' as 'interrupted', and leaves finished ones alone")
    func staleRunMarkedAtNextStart() throws {
        let directory = try PipelineFixture.temporaryDirectory("stale")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try RunRecorder.open(outputDirectory: directory)
        try first.begin(run: Self.start("run-done"))
        try first.finish(run: "run-done", endedAt: Date(), status: .succeeded, exitCode: 0)
        try first.begin(run: Self.start("run-killed"))
        // The process dies here: no finish. A later process takes the lock and begins its run.
        let second = try RunRecorder.open(outputDirectory: directory)
        try second.begin(run: Self.start("run-next"))
        #expect(try second.store.run(id: "run-killed")?.status == "interrupted")
        #expect(try second.store.run(id: "run-done")?.status == "finished")
        #expect(try second.store.run(id: "run-next")?.status == "running")
    }

    @Test("A run stopped by a signal is recorded as interrupted with the shell's exit status")
    func signalledRunRecorded() throws {
        let directory = try PipelineFixture.temporaryDirectory("signal")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try recorder.begin(run: Self.start("run-term"))
        try recorder.finish(run: "run-term", endedAt: Date(), status: .interrupted(signal: 15), exitCode: 143)
        let run = try #require(try recorder.store.run(id: "run-term"))
        #expect(run.status == "interrupted")
        #expect(run.exitCode == 143)
    }
}

/// A cancelled batch (what SIGINT and SIGTERM do) starts no new project and says what it left.
@Suite("Cancelled batch")
struct CancelledBatchTests {
    @Test("Cancelled before it starts: no project runs, and every project is listed as not started")
    func cancelledBatchStartsNothing() async throws {
        let output = try PipelineFixture.temporaryDirectory("cancelled")
        defer { try? FileManager.default.removeItem(atPath: output) }
        var configuration = PipelineFixture.configuration(output: output)
        configuration.jobs = 1
        let runner = BatchRunner(
            configuration: configuration, logger: PipelineFixture.quietLogger, progress: RecordingProgress())
        let started = AsyncStream<Void>.makeStream()
        let task = Task {
            for await _ in started.stream { break }
            return try await runner.run()
        }
        task.cancel()
        started.continuation.yield()
        let result = try await task.value
        #expect(result.projects.isEmpty)
        #expect(!result.projectsNotStarted.isEmpty)
        #expect(result.summary.contains("\(result.projectsNotStarted.count) project(s) not started"))
    }
}
