import Foundation
import ReqEngBase
import ReqEngLLM
import ReqEngTelemetry

/// Combines the `metrics.json` of several shards into the snapshot one run over all their projects
/// would have written.
///
/// Counters and histograms (buckets, sum and count) are summed per label set; histograms must share
/// their buckets. Gauges follow their meaning: `sessions_active` is 0 (nothing is running any more),
/// the run duration is the longest shard's (shards run side by side), the last-success time is the
/// earliest shard's when every shard succeeded (else the merged output's previous value, as a failed
/// run carries it over), cost and the last run's requirements and findings are summed, the last
/// run's status is the worst shard's, and any other gauge (`system_info`, pool size, the last run's
/// duration, exit code and agent error ratio) takes the largest value.
package struct MetricsMerger {
    /// One shard's metrics file and whether its run succeeded (every input used, no `--fail-on` alert).
    package struct Input {
        package var path: String
        package var data: Data
        package var succeeded: Bool

        package init(path: String, data: Data, succeeded: Bool) {
            self.path = path
            self.data = data
            self.succeeded = succeeded
        }
    }

    private struct Family {
        var descriptor: MetricFamilyDescriptor
        var series: [MetricLabels: MetricSeriesValue] = [:]
        var firstPath: String
    }

    /// Merges `inputs` (in shard order); `previousLastSuccess` is the value in the merged output's
    /// existing `metrics.json`, if any. Families come out sorted by name, series by label set.
    package static func merge(
        _ inputs: [Input], previousLastSuccess: Double?
    ) throws(MergeError) -> [MetricFamilySnapshot] {
        var families: [String: Family] = [:]
        var lastSuccesses: [Double] = []
        for input in inputs {
            let document: [MetricFamilySnapshot]
            do {
                document = try MetricsSnapshot(data: input.data).familySnapshots()
            } catch {
                throw .badShardData(path: input.path, reason: error.reason)
            }
            for family in document {
                let name = family.descriptor.name
                if name == RunTelemetry.lastSuccess.name {
                    if case .scalar(let value) = family.series.first?.value { lastSuccesses.append(value) }
                    continue
                }
                var merged = families[name] ?? Family(descriptor: family.descriptor, firstPath: input.path)
                guard merged.descriptor.type == family.descriptor.type else {
                    throw .badShardData(
                        path: input.path,
                        reason: "'\(name)' is a \(family.descriptor.type.rawValue) here but a "
                            + "\(merged.descriptor.type.rawValue) in \(merged.firstPath)")
                }
                merged.descriptor.labelNames = Array(Set(merged.descriptor.labelNames + family.descriptor.labelNames))
                    .sorted()
                for (labels, value) in family.series.map({ ($0.labels, $0.value) }) {
                    merged.series[labels] = try combine(
                        merged.series[labels], value, family: name, kind: family.descriptor.type, path: input.path)
                }
                families[name] = merged
            }
        }
        let allSucceeded = inputs.allSatisfy(\.succeeded) && lastSuccesses.count == inputs.count
        if let lastSuccess = allSucceeded ? lastSuccesses.min() : previousLastSuccess {
            families[RunTelemetry.lastSuccess.name] = Family(
                descriptor: RunTelemetry.lastSuccess, series: [MetricLabels([:]): .scalar(lastSuccess)],
                firstPath: "")
        }
        if let statuses = families[RunTelemetry.lastRunStatus.name] {
            // One status for the merged run: the worst any shard ended with.
            let labels = statuses.series.keys.compactMap { $0.dictionary["status"] }
            let worst = Self.statusesWorstFirst.first(where: labels.contains) ?? labels.sorted().first
            families[RunTelemetry.lastRunStatus.name]?.series =
                worst.map { [MetricLabels(["status": $0]): .scalar(1)] } ?? [:]
        }
        for labels in families[ProjectMetrics.sessionsActive.name]?.series.keys.map({ $0 }) ?? [] {
            families[ProjectMetrics.sessionsActive.name]?.series[labels] = .scalar(0)
        }
        return exposition(families)
    }

    /// `reqeng_last_run_status` labels, the worst first.
    static let statusesWorstFirst = ["failed", "nothing_usable", "interrupted", "partial", "alerts_fired", "succeeded"]

    private static func combine(
        _ current: MetricSeriesValue?, _ next: MetricSeriesValue, family: String, kind: MetricFamilyDescriptor.Kind,
        path: String
    ) throws(MergeError) -> MetricSeriesValue {
        guard let current else { return next }
        switch (current, next) {
        case (.scalar(let left), .scalar(let right)):
            return .scalar(combineScalars(left, right, family: family, kind: kind))
        case (.histogram(var left), .histogram(let right)):
            guard left.bounds == right.bounds else {
                throw .badShardData(
                    path: path,
                    reason: "histogram '\(family)' has buckets \(right.bounds) here but \(left.bounds) in another shard"
                )
            }
            for index in left.bucketCounts.indices { left.bucketCounts[index] += right.bucketCounts[index] }
            left.sum += right.sum
            left.count += right.count
            return .histogram(left)
        default:
            throw .badShardData(path: path, reason: "'\(family)' mixes histogram and scalar series")
        }
    }

    private static func combineScalars(
        _ left: Double, _ right: Double, family: String, kind: MetricFamilyDescriptor.Kind
    ) -> Double {
        switch (kind, family) {
        case (.counter, _), (_, LLMInstruments.cost.name), (_, RunTelemetry.lastRunCost.name),
            (_, RunTelemetry.lastRunRequirements.name), (_, RunTelemetry.lastRunFindings.name):
            left + right
        default: max(left, right)
        }
    }

    /// Renders through a ``PrometheusRegistry``, so that order, types and exposition are exactly
    /// those of a run: every series is registered, then given its merged value.
    private static func exposition(_ families: [String: Family]) -> [MetricFamilySnapshot] {
        let registry = PrometheusRegistry(families: families.values.map(\.descriptor))
        for family in families.values {
            for labels in family.series.keys {
                _ = registry.makeCounter(
                    label: family.descriptor.name, dimensions: labels.pairs.map { ($0.name, $0.value) })
            }
        }
        return registry.snapshot().map { snapshot in
            var snapshot = snapshot
            for index in snapshot.series.indices {
                if let value = families[snapshot.descriptor.name]?.series[snapshot.series[index].labels] {
                    snapshot.series[index].value = value
                }
            }
            return snapshot
        }
    }
}
