import Foundation
import ReqEngAgents
import ReqEngPipeline
import Testing

/// A run killed in the middle of a project resumes from the last committed node and ends with the
/// same documents as an uninterrupted run; an unchanged rerun rewrites nothing.
@Suite struct ResumeTests {
    /// Stands in for a crash: the node fails once, after the nodes before it were checkpointed.
    struct Crash: Error {}
    struct CrashingAgent: Agent {
        let name: String
        func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport { throw Crash() }
    }

    private func recordedRun(
        output: String, agents: EngineAgents? = nil, force: Bool = false
    ) async throws -> BatchResult {
        var configuration = PipelineFixture.configuration(output: output)
        configuration.force = force
        let recorder = try RunRecorder.open(outputDirectory: output)
        let runID = "run-\(UInt32.random(in: 0...UInt32.max))"
        try recorder.begin(
            run: RunStart(id: runID, startedAt: Date(), engine: "builtin", model: nil, inputs: [], configHash: "test"))
        let recording = RunRecording(recorder: recorder, runID: runID, executions: ExecutionCollector())
        return try await BatchRunner(
            configuration: configuration, logger: PipelineFixture.quietLogger, progress: RecordingProgress(),
            agents: agents, recording: recording
        ).run()
    }

    @Test func aRunKilledMidProjectResumesToIdenticalDocuments() async throws {
        let reference = try PipelineFixture.temporaryDirectory("resume-ref")
        let crashed = try PipelineFixture.temporaryDirectory("resume-crash")
        defer {
            try? FileManager.default.removeItem(atPath: reference)
            try? FileManager.default.removeItem(atPath: crashed)
        }
        _ = try await recordedRun(output: reference)
        var broken = try EngineAgents.builtin()
        broken.validation = CrashingAgent(name: "validation")
        let first = try await recordedRun(output: crashed, agents: broken)
        #expect(first.projects.allSatisfy { $0.error != nil }, "every project stopped at validation")
        let resumed = try await recordedRun(output: crashed)
        #expect(resumed.projects.allSatisfy { $0.error == nil && !$0.skipped })
        let names = try FileManager.default.contentsOfDirectory(atPath: reference + "/rd").sorted()
        #expect(!names.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: crashed + "/rd").sorted() == names)
        for name in names {
            #expect(
                FileManager.default.contents(atPath: reference + "/rd/" + name)
                    == FileManager.default.contents(atPath: crashed + "/rd/" + name), "\(name)")
        }
    }

    @Test func anUnchangedRerunSkipsEveryProjectAndRewritesNothing() async throws {
        let output = try PipelineFixture.temporaryDirectory("incremental")
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try await recordedRun(output: output)
        let before = try modificationTimes(output + "/rd")
        let rerun = try await recordedRun(output: output)
        #expect(rerun.projects.allSatisfy { $0.skipped })
        #expect(try modificationTimes(output + "/rd") == before)
        let forced = try await recordedRun(output: output, force: true)
        #expect(forced.projects.allSatisfy { !$0.skipped })
    }

    private func modificationTimes(_ directory: String) throws -> [String: Date] {
        var times: [String: Date] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + name)
            times[name] = attributes[.modificationDate] as? Date
        }
        return times
    }
}
