import Foundation
import Logging
import Metrics
import ReqEngBase
import Testing
import Tracing

@testable import ReqEngTelemetry

/// A whole session: files created where DESIGN.md §5 says, written on finish; ids and users.
@Suite struct TelemetrySessionTests {
    @Test func writesLogsTracesAndMetricsUnderTheOutputDirectory() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-session-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var configuration = TelemetrySession.Configuration(
            outputDirectory: root, runID: "20250304T050607Z-00beef", userID: "ana", serviceVersion: "1.2.3")
        configuration.families = [MetricFamilyDescriptor(name: "runs_total", help: "Runs.", type: .counter)]
        configuration.clock = .fixed(Date(timeIntervalSince1970: 1_741_064_767))
        configuration.consoleSink = MemoryLineSink()
        configuration.idGenerator = .sequential()
        let session = try TelemetrySession(configuration)

        session.tracer.withSpan("run") { _ in
            session.logger.info("started", metadata: ["event_type": "run_start"])
        }
        Counter(label: "runs_total", factory: session.metrics).increment()
        try await session.finish()

        let logLines = try String(contentsOfFile: session.paths.logs, encoding: .utf8).split(separator: "\n")
        #expect(session.paths.logs == root + "/logs/20250304T050607Z-00beef.jsonl")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(logLines[0].utf8)) as? [String: Any])
        #expect(log["request_id"] as? String == "20250304T050607Z-00beef")
        #expect(log["user_id"] as? String == "ana")
        #expect(log["trace_id"] as? String == "00000000000000000000000000000001")

        let traces = try String(contentsOfFile: session.paths.traces, encoding: .utf8)
        #expect(session.paths.traces.hasSuffix("/traces/20250304T050607Z-00beef.otlp.jsonl"))
        #expect(traces.split(separator: "\n").count == 1)
        #expect(traces.contains(#""service.instance.id""#))

        let metrics = try String(contentsOfFile: root + "/metrics/metrics.prom", encoding: .utf8)
        #expect(metrics == "# HELP runs_total Runs.\n# TYPE runs_total counter\nruns_total 1\n")
        #expect(FileManager.default.fileExists(atPath: root + "/metrics/metrics.json"))
    }

    @Test func metricsRecordedWithoutADescriptorAreLeftOutAndReported() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reqeng-session-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var configuration = TelemetrySession.Configuration(
            outputDirectory: root, runID: "20250304T050607Z-00beef", userID: "ana", serviceVersion: "1.2.3")
        configuration.families = [MetricFamilyDescriptor(name: "runs_total", help: "Runs.", type: .counter)]
        let console = MemoryLineSink()
        configuration.consoleSink = console
        let session = try TelemetrySession(configuration)
        Counter(label: "runs_total", factory: session.metrics).increment()
        Counter(label: "walks_total", factory: session.metrics).increment()
        try await session.finish()

        let metrics = try String(contentsOfFile: root + "/metrics/metrics.prom", encoding: .utf8)
        #expect(!metrics.contains("walks_total"))
        #expect(session.metrics.unregisteredNames == ["walks_total"])
        #expect(console.lines.contains { $0.contains("without a descriptor") && $0.contains("walks_total") })
    }

    @Test func anUnwritableOutputDirectoryIsAnErrorWithThePath() {
        var configuration = TelemetrySession.Configuration(
            outputDirectory: "/proc/reqeng-cannot-write", runID: "r", userID: "u", serviceVersion: "0")
        configuration.consoleSink = MemoryLineSink()
        #expect(throws: TelemetryError.self) { try TelemetrySession(configuration) }
    }

    @Test func runIDsAreSortableAndWellFormed() {
        var generator = SystemRandomNumberGenerator()
        let early = RunIdentifier.make(at: Date(timeIntervalSince1970: 1_700_000_000), using: &generator)
        let late = RunIdentifier.make(at: Date(timeIntervalSince1970: 1_700_000_001), using: &generator)
        #expect(early.hasPrefix("20231114T221320Z-"))
        #expect(RunIdentifier.isValid(early))
        #expect(early < late)
        #expect(!RunIdentifier.isValid("20231114T221320Z-XYZ"))
    }

    @Test(arguments: [
        (["GITHUB_ACTOR": "gh", "USER": "local"], "gh"),
        (["GITLAB_USER_LOGIN": "gl", "BUILD_USER": "b"], "gl"),
        (["BUILD_USER": "b", "USER": "local"], "b"),
        (["GITHUB_ACTOR": " ", "USER": "local"], "local"),
        ([:], "unknown"),
    ])
    func resolvesTheUser(environment: [String: String], expected: String) {
        #expect(UserIdentity.resolve(environment: environment) == expected)
    }
}
