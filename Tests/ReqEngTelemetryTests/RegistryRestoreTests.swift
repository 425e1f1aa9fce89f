import Foundation
import Metrics
import ReqEngBase
import Testing

@testable import ReqEngTelemetry

/// Totals carried from the previous run: counters and histograms continue, gauges do not.
@Suite struct RegistryRestoreTests {
    static let families = [
        MetricFamilyDescriptor(name: "jobs_total", help: "Jobs.", type: .counter, labelNames: ["status"]),
        MetricFamilyDescriptor(
            name: "job_seconds", help: "Job time.", type: .histogram, labelNames: ["job"], buckets: [0.1, 1]),
        MetricFamilyDescriptor(name: "queue_depth", help: "Waiting.", type: .gauge),
    ]

    private func previousRun() throws -> [MetricFamilySnapshot] {
        let registry = PrometheusRegistry(families: Self.families)
        Counter(label: "jobs_total", dimensions: [("status", "ok")], factory: registry).increment(by: 5)
        Timer(label: "job_seconds", dimensions: [("job", "a")], factory: registry).recordNanoseconds(50_000_000)
        Gauge(label: "queue_depth", factory: registry).record(7)
        // Through the file format, as the run store keeps it.
        return try MetricsSnapshot(data: MetricsSnapshot(registry.snapshot()).encoded()).familySnapshots()
    }

    @Test func countersAndHistogramsContinueAndGaugesStartEmpty() throws {
        let registry = PrometheusRegistry(families: Self.families)
        Counter(label: "jobs_total", dimensions: [("status", "ok")], factory: registry).increment(by: 2)
        #expect(registry.restore(try previousRun()).isEmpty)
        Counter(label: "jobs_total", dimensions: [("status", "ok")], factory: registry).increment()
        Timer(label: "job_seconds", dimensions: [("job", "a")], factory: registry).recordNanoseconds(2_000_000_000)
        #expect(registry.value("jobs_total", labels: ["status": "ok"]) == 8)
        guard case .histogram(let histogram) = registry.series("job_seconds", labels: ["job": "a"]) else {
            Issue.record("job_seconds is not a histogram")
            return
        }
        #expect(histogram.cumulativeBuckets.map(\.count) == [1, 1, 2])
        #expect(histogram.count == 2)
        #expect(abs(histogram.sum - 2.05) < 1e-12)
        #expect(registry.value("queue_depth") == nil)
    }

    @Test func aHistogramWhoseBucketsChangedStartsAgain() throws {
        var changed = Self.families
        changed[1].buckets = [0.001, 0.1, 1]
        let registry = PrometheusRegistry(families: changed)
        #expect(registry.restore(try previousRun()) == ["job_seconds"])
        #expect(registry.series("job_seconds", labels: ["job": "a"]) == nil)
        #expect(registry.value("jobs_total", labels: ["status": "ok"]) == 5)
    }
}
