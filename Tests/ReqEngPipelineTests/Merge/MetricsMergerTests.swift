import Foundation
import Metrics
import ReqEngAgents
import ReqEngLLM
import ReqEngPipeline
import ReqEngTelemetry
import Testing

/// Counters and histograms add up per label set; gauges follow their meaning; families that cannot
/// be added are refused.
@Suite struct MetricsMergerTests {
    /// A shard's `metrics.json`, recorded through the same registry a run uses.
    private func shard(
        invocations: Int, durations: [Double], runSeconds: Double, lastSuccess: Double?, cost: Double = 0,
        buckets: [Double]? = nil
    ) -> Data {
        var catalog = MetricCatalog.all
        if let buckets, let index = catalog.firstIndex(where: { $0.name == GraphInstruments.duration.name }) {
            catalog[index].buckets = buckets
        }
        let registry = PrometheusRegistry(families: catalog)
        Counter(
            label: GraphInstruments.invocations.name, dimensions: [("agent_name", "ingest"), ("status", "success")],
            factory: registry
        ).increment(by: invocations)
        let timer = Timer(
            label: GraphInstruments.duration.name, dimensions: [("agent_name", "ingest")], factory: registry)
        for seconds in durations { timer.recordNanoseconds(Int64(seconds * 1e9)) }
        Gauge(label: ProjectMetrics.sessionsActive.name, factory: registry).record(3)
        Gauge(label: RunTelemetry.lastRunDuration.name, factory: registry).record(runSeconds)
        Gauge(label: RunTelemetry.systemInfo.name, dimensions: [("version", "0.1.0")], factory: registry).record(1)
        Gauge(label: LLMInstruments.cost.name, dimensions: [("model", "m")], factory: registry).record(cost)
        if let lastSuccess { Gauge(label: RunTelemetry.lastSuccess.name, factory: registry).record(lastSuccess) }
        return MetricsSnapshot(registry.snapshot()).encoded()
    }

    private func value(_ families: [MetricFamilySnapshot], _ name: String) -> MetricSeriesValue? {
        families.first { $0.descriptor.name == name }?.series.first?.value
    }

    @Test func countersAndHistogramsAreSummedAndGaugesFollowTheirMeaning() throws {
        let inputs = [
            MetricsMerger.Input(
                path: "a",
                data: shard(invocations: 2, durations: [0.05, 0.7], runSeconds: 4, lastSuccess: 100, cost: 0.25),
                succeeded: true),
            MetricsMerger.Input(
                path: "b", data: shard(invocations: 5, durations: [3], runSeconds: 9, lastSuccess: 90, cost: 0.5),
                succeeded: true),
        ]
        let merged = try MetricsMerger.merge(inputs, previousLastSuccess: nil)
        #expect(value(merged, "agent_invocations_total") == .scalar(7))
        guard case .histogram(let durations) = value(merged, "agent_duration_seconds") else {
            Issue.record("agent_duration_seconds is not a histogram")
            return
        }
        #expect(durations.count == 3)
        #expect(abs(durations.sum - 3.75) < 1e-9)
        // 1 ms … 50 ms, then the design's 0.1 … 60 s and +Inf.
        #expect(durations.cumulativeBuckets.map(\.count) == [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3])
        #expect(value(merged, "sessions_active") == .scalar(0))
        #expect(value(merged, "reqeng_last_run_duration_seconds") == .scalar(9))
        #expect(value(merged, "reqeng_last_success_timestamp_seconds") == .scalar(90))
        #expect(value(merged, "system_info") == .scalar(1))
        #expect(value(merged, "llm_cost_usd") == .scalar(0.75))
        #expect(merged.map(\.descriptor.name) == merged.map(\.descriptor.name).sorted())
        let text = PrometheusExposition.text(merged)
        #expect(text.contains("# TYPE agent_duration_seconds histogram\n"))
        if let promtool = ShardMergeTests.promtool {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("merged-\(UUID()).prom")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(text.utf8).write(to: file)
            #expect(try ShardMergeTests.status(promtool, ["check", "metrics"], stdin: file.path) == 0)
        }
    }

    @Test func aFailedShardKeepsThePreviousLastSuccessOrNone() throws {
        let inputs = [
            MetricsMerger.Input(
                path: "a", data: shard(invocations: 1, durations: [], runSeconds: 1, lastSuccess: 100), succeeded: true),
            MetricsMerger.Input(
                path: "b", data: shard(invocations: 1, durations: [], runSeconds: 1, lastSuccess: 50), succeeded: false),
        ]
        let carried = try MetricsMerger.merge(inputs, previousLastSuccess: 40)
        #expect(value(carried, "reqeng_last_success_timestamp_seconds") == .scalar(40))
        let none = try MetricsMerger.merge(inputs, previousLastSuccess: nil)
        #expect(value(none, "reqeng_last_success_timestamp_seconds") == nil)
        #expect(RunTelemetry.recordedLastSuccess(inMetricsJSON: MetricsSnapshot(carried).encoded()) == 40)
    }

    @Test func histogramsWithDifferentBucketsAreRefused() {
        let inputs = [
            MetricsMerger.Input(
                path: "a", data: shard(invocations: 1, durations: [1], runSeconds: 1, lastSuccess: 1), succeeded: true),
            MetricsMerger.Input(
                path: "b", data: shard(invocations: 1, durations: [1], runSeconds: 1, lastSuccess: 1, buckets: [1, 2]),
                succeeded: true),
        ]
        let error = #expect(throws: MergeError.self) { try MetricsMerger.merge(inputs, previousLastSuccess: nil) }
        guard case .badShardData(let path, let reason) = error else {
            Issue.record("expected badShardData, got \(String(describing: error))")
            return
        }
        #expect(path == "b")
        #expect(reason.contains("agent_duration_seconds"))
    }

    @Test(arguments: [
        "not json", #"{"families":[{"name":"x","type":"summary","help":"h","series":[]}]}"#,
        #"{"families":[{"name":"x","type":"histogram","help":"h","series":[{"labels":{},"buckets":[{"le":"1","count":2}],"sum":1,"count":2}]}]}"#,
        #"{"families":[{"name":"x","type":"histogram","help":"h","series":[{"labels":{},"buckets":[{"le":"1","count":3},{"le":"+Inf","count":2}],"sum":1,"count":2}]}]}"#,
    ])
    func filesReqengDidNotWriteAreRefused(text: String) {
        let input = MetricsMerger.Input(path: "shard/metrics/metrics.json", data: Data(text.utf8), succeeded: true)
        let error = #expect(throws: MergeError.self) { try MetricsMerger.merge([input], previousLastSuccess: nil) }
        #expect(error?.category == .badData)
        #expect(error?.description.contains("shard/metrics/metrics.json") == true)
    }
}
