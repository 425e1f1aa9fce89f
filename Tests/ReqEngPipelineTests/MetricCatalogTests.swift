import Foundation
import ReqEngPipeline
import ReqEngTelemetry
import Testing

/// The catalogue is what the registry exposes: every family once, and every name a run records in it.
@Suite struct MetricCatalogTests {
    @Test func everyFamilyIsDescribedOnceWithAValidName() {
        let names = MetricCatalog.all.map(\.name)
        #expect(Set(names).count == names.count, "a family is declared twice: \(names.sorted())")
        for descriptor in MetricCatalog.all {
            #expect(MetricName.sanitizedMetric(descriptor.name) == descriptor.name)
            #expect(!descriptor.help.isEmpty)
            #expect(descriptor.type == .histogram ? !descriptor.buckets.isEmpty : descriptor.buckets.isEmpty)
        }
    }

    /// A whole run over the sample inputs: a metric recorded under a name without a descriptor is
    /// left out of the files and reported on the console, which fails this test.
    @Test func aWholeRunRecordsOnlyCataloguedMetrics() async throws {
        let output = try PipelineFixture.temporaryDirectory("catalogue")
        defer { try? FileManager.default.removeItem(atPath: output) }
        var pipeline = RunPipeline(
            configuration: PipelineFixture.configuration(inputs: [PipelineFixture.inputs], output: output),
            userID: "test", exitCode: { $0 == .succeeded ? 0 : 1 })
        let console = MemoryLineSink()
        pipeline.console = console
        pipeline.progress = RecordingProgress()
        pipeline.say = { _ in }
        let outcome = await pipeline.run()
        #expect(outcome.status == .succeeded)
        #expect(!console.lines.contains { $0.contains("without a descriptor") }, "\(console.lines)")

        let text = PipelineFixture.contents(of: output + "/metrics/metrics.prom")
        let exposed = Set(
            text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { $0.split(separator: " ")[2] })
        for family in [
            "agent_invocations_total", "agent_duration_seconds", "db_query_duration_seconds",
            "rd_documents_generated_total",
            "requirements_extracted_total", "sessions_created_total", "system_info", "reqeng_last_run_duration_seconds",
            "reqeng_last_run_status", "reqeng_last_run_findings", "reqeng_last_run_requirements",
        ] {
            #expect(exposed.contains(Substring(family)), "\(family) missing from metrics.prom")
        }
    }
}
