import Foundation
import ReqEngBase
import ReqEngPipeline
import ReqEngTelemetry
import Testing

/// Counters and histograms count over the life of an output directory (the totals travel through
/// the run store), while the `reqeng_last_run_*` gauges describe one run.
@Suite struct CumulativeMetricsTests {
    private func run(_ inputs: [String], output: String) async -> RunOutcome {
        var pipeline = RunPipeline(
            configuration: PipelineFixture.configuration(inputs: inputs, output: output), userID: "test",
            exitCode: { $0 == .succeeded ? 0 : 2 })
        pipeline.console = MemoryLineSink()
        pipeline.progress = RecordingProgress()
        pipeline.say = { _ in }
        return await pipeline.run()
    }

    private func snapshot(_ output: String) throws -> [MetricFamilySnapshot] {
        let data = try Data(contentsOf: URL(fileURLWithPath: OutputLayout(root: output).metricsJSONPath))
        return try MetricsSnapshot(data: data).familySnapshots()
    }

    private func scalar(_ families: [MetricFamilySnapshot], _ name: String, _ labels: [String: String] = [:]) -> Double
    {
        let family = families.first { $0.descriptor.name == name }
        return family?.series.filter { series in labels.allSatisfy { series.labels.dictionary[$0.key] == $0.value } }
            .reduce(0.0) { total, series in
                if case .scalar(let value) = series.value { return total + value }
                return total
            } ?? 0
    }

    private func histogramCount(_ families: [MetricFamilySnapshot], _ name: String) -> UInt64 {
        let family = families.first { $0.descriptor.name == name }
        return family?.series.reduce(UInt64(0)) { total, series in
            if case .histogram(let histogram) = series.value { return total + histogram.count }
            return total
        } ?? 0
    }

    @Test func countersContinueFromTheLastRunAndGaugesDescribeOneRun() async throws {
        let output = try PipelineFixture.temporaryDirectory("cumulative")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let first = PipelineFixture.inputs + "/library-kiosk.json"
        let second = PipelineFixture.inputs + "/clinic-booking"

        #expect(await run([first], output: output).status == .succeeded)
        let one = try snapshot(output)
        let alone = try PipelineFixture.temporaryDirectory("cumulative-alone")
        defer { try? FileManager.default.removeItem(atPath: alone) }
        #expect(await run([second], output: alone).status == .succeeded)
        let secondAlone = try snapshot(alone)
        #expect(await run([second], output: output).status == .succeeded)
        let two = try snapshot(output)

        // A fresh directory starts at 0: the first run's counters are its own requirements.
        #expect(scalar(one, "requirements_extracted_total") == scalar(one, "reqeng_last_run_requirements"))
        // The second run continues: its totals are the first run's plus what it alone would count.
        for name in ["requirements_extracted_total", "sessions_created_total", "requirements_validation_issues_total"] {
            #expect(scalar(two, name) == scalar(one, name) + scalar(secondAlone, name), "\(name)")
        }
        #expect(
            scalar(two, "agent_invocations_total", ["agent_name": "extraction"])
                == scalar(one, "agent_invocations_total", ["agent_name": "extraction"])
                + scalar(secondAlone, "agent_invocations_total", ["agent_name": "extraction"]))
        #expect(
            histogramCount(two, "agent_duration_seconds")
                == histogramCount(one, "agent_duration_seconds") + histogramCount(secondAlone, "agent_duration_seconds")
        )
        // Gauges are the second run's alone.
        #expect(scalar(two, "reqeng_last_run_requirements") == scalar(secondAlone, "reqeng_last_run_requirements"))
        #expect(scalar(two, "reqeng_last_run_requirements") == scalar(secondAlone, "requirements_extracted_total"))
        for severity in ["error", "warning", "info"] {
            #expect(
                scalar(two, "reqeng_last_run_findings", ["severity": severity])
                    == scalar(secondAlone, "requirements_validation_issues_total", ["severity": severity]))
        }
        #expect(scalar(two, "reqeng_last_run_status", ["status": "succeeded"]) == 1)
        #expect(scalar(two, "reqeng_last_run_agent_error_ratio") == 0)
        #expect(scalar(two, "reqeng_last_run_exit_code") == 0)
    }

    @Test func aPartialRunSaysSoInItsGauges() async throws {
        let output = try PipelineFixture.temporaryDirectory("cumulative-partial")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let inputs = try PipelineFixture.temporaryDirectory("cumulative-partial-in")
        defer { try? FileManager.default.removeItem(atPath: inputs) }
        try Data("Ana: Users must be able to reset a password.\n".utf8)
            .write(to: URL(fileURLWithPath: inputs + "/good.txt"))
        try Data("Ana: caf\u{e9}\n".utf8.map { $0 == 0xC3 ? 0xFF : $0 }).write(
            to: URL(fileURLWithPath: inputs + "/bad.txt"))
        #expect(await run([inputs], output: output).status == .partial)
        let families = try snapshot(output)
        #expect(scalar(families, "reqeng_last_run_status", ["status": "partial"]) == 1)
        #expect(scalar(families, "reqeng_last_run_status", ["status": "succeeded"]) == 0)
        #expect(scalar(families, "reqeng_last_run_exit_code") == 2)
    }
}
