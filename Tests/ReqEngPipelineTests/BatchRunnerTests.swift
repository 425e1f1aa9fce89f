import Foundation
import InMemoryTracing
import MetricsTestKit
import ReqEngAgents
import ReqEngBase
import ReqEngPipeline
import Testing

@Suite struct BatchRunnerTests {
    private func run(
        _ configuration: BatchConfiguration, instruments: GraphInstruments = .none,
        progress: RecordingProgress = RecordingProgress()
    ) async throws(PipelineError) -> BatchResult {
        try await BatchRunner(
            configuration: configuration, logger: PipelineFixture.quietLogger, instruments: instruments,
            progress: progress
        ).run()
    }

    /// Also shows that parallelism does not change the output: one run uses one job, the other three.
    @Test func twoRunsWriteByteIdenticalDocumentsInEveryFormat() async throws {
        let first = try PipelineFixture.temporaryDirectory("det-a")
        let second = try PipelineFixture.temporaryDirectory("det-b")
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        let formats = Set(OutputFormat.allCases)
        var serial = PipelineFixture.configuration(output: first, formats: formats)
        serial.jobs = 1
        var parallel = PipelineFixture.configuration(output: second, formats: formats)
        parallel.jobs = 3
        let serialResult = try await run(serial)
        let parallelResult = try await run(parallel)
        #expect(serialResult.projects.map(\.name) == parallelResult.projects.map(\.name))
        let names = try FileManager.default.contentsOfDirectory(atPath: first + "/rd").sorted()
        #expect(names.contains { $0.hasSuffix(".pdf") })
        for name in names {
            let a = FileManager.default.contents(atPath: first + "/rd/" + name)
            let b = FileManager.default.contents(atPath: second + "/rd/" + name)
            #expect(a != nil && a == b, "\(name) differs between runs")
        }
    }

    @Test func badFilesAreRecordedAndTheGoodProjectIsStillWritten() async throws {
        let root = try PipelineFixture.temporaryDirectory("mixed")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input + "/good", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: input + "/bad", withIntermediateDirectories: true)
        try "Ana: The system must send a reminder 24 hours before each visit.\nTom: Yes.\n"
            .write(toFile: input + "/good/interview.txt", atomically: true, encoding: .utf8)
        try Data().write(to: URL(fileURLWithPath: input + "/bad/empty.txt"))
        try Data([0x41, 0x3A, 0x20, 0xC3, 0x28]).write(to: URL(fileURLWithPath: input + "/bad/latin.txt"))
        try "{\"turns\": [".write(toFile: input + "/bad/cut.json", atomically: true, encoding: .utf8)
        let progress = RecordingProgress()
        let result = try await run(
            PipelineFixture.configuration(inputs: [input], output: root + "/out"), progress: progress)
        #expect(Set(result.failures.map(\.kind)) == ["empty", "invalid_utf8", "malformed_json"])
        #expect(Set(result.failures.map(\.path)).count == 3)
        #expect(result.projects.first { $0.name == "good" }?.files.count == 2)
        #expect(result.projects.first { $0.name == "bad" }?.error != nil)
        #expect(FileManager.default.fileExists(atPath: root + "/out/rd/good.json"))
        #expect(!FileManager.default.fileExists(atPath: root + "/out/rd/bad.json"))
        #expect(progress.recorded.filter { $0.hasPrefix("error: ") }.count == 3)
    }

    @Test func failFastStopsStartingProjectsAndKeepsWhatIsDone() async throws {
        let root = try PipelineFixture.temporaryDirectory("failfast")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/in"
        for name in ["a-bad", "b-bad", "c-good"] {
            try FileManager.default.createDirectory(atPath: input + "/" + name, withIntermediateDirectories: true)
        }
        try Data().write(to: URL(fileURLWithPath: input + "/a-bad/empty.txt"))
        try Data().write(to: URL(fileURLWithPath: input + "/b-bad/empty.txt"))
        try "Ana: The system must print a receipt.\n".write(
            toFile: input + "/c-good/notes.txt", atomically: true, encoding: .utf8)
        var configuration = PipelineFixture.configuration(inputs: [input], output: root + "/out")
        configuration.maxFailures = 1
        let result = try await run(configuration)
        #expect(result.failures.count == 1)
        #expect(result.projectsNotStarted == ["b-bad", "c-good"])
        guard case .tooManyFailures(let count, let limit) = result.stoppedEarly else {
            Issue.record("expected the batch to stop early")
            return
        }
        #expect(count == 1 && limit == 1)
    }

    @Test func missingInputIsNoInput() async {
        do {
            _ = try await run(PipelineFixture.configuration(inputs: ["/nonexistent/reqeng"], output: "/tmp/unused"))
            Issue.record("expected no-input")
        } catch {
            guard case .noInput(let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("/nonexistent/reqeng"))
        }
    }

    @Test func missingTemplatesAreABadConfiguration() async throws {
        let output = try PipelineFixture.temporaryDirectory("tpl")
        defer { try? FileManager.default.removeItem(atPath: output) }
        var configuration = PipelineFixture.configuration(output: output)
        configuration.templates = ResourceFiles(origin: "/nonexistent/templates", files: [:])
        do {
            _ = try await run(configuration)
            Issue.record("expected a configuration error")
        } catch {
            guard case .badConfiguration(let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("/nonexistent/templates"))
        }
    }

    @Test func anOutputPathThatIsAFileCannotBeWritten() async throws {
        let root = try PipelineFixture.temporaryDirectory("unwritable")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "not a directory".write(toFile: root + "/out", atomically: true, encoding: .utf8)
        do {
            _ = try await run(PipelineFixture.configuration(output: root + "/out"))
            Issue.record("expected a write error")
        } catch {
            guard case .cannotWrite = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    @Test func metricCountsAgreeWithTheAgentSpans() async throws {
        let output = try PipelineFixture.temporaryDirectory("telemetry")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let tracer = InMemoryTracer()
        let metrics = TestMetrics()
        let result = try await run(
            PipelineFixture.configuration(output: output),
            instruments: GraphInstruments(tracer: tracer, metrics: metrics))
        let agentSpans = tracer.finishedSpans.filter { $0.operationName.hasPrefix("agent.") }
        let byAgent = Dictionary(grouping: agentSpans, by: { String($0.operationName.dropFirst("agent.".count)) })
        #expect(byAgent["render"]?.count == result.projects.count)
        for (agent, spans) in byAgent {
            let counter = try metrics.expectCounter(
                "agent_invocations_total", [("agent_name", agent), ("status", "success")])
            #expect(counter.totalValue == Int64(spans.count), "\(agent)")
        }
        let roots = tracer.finishedSpans.filter { $0.operationName == "reqeng.run" }
        #expect(roots.count == 1)
        let rootTrace = try #require(roots.first).traceID
        #expect(agentSpans.allSatisfy { $0.traceID == rootTrace })
        let requirements = result.projects.reduce(0) { $0 + $1.requirements }
        let extracted = metrics.counters.filter { $0.label == "requirements_extracted_total" }
            .reduce(0) { $0 + $1.totalValue }
        #expect(extracted == Int64(requirements))
    }
}
