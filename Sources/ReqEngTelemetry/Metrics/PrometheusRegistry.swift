import CoreMetrics
import ReqEngBase
import Synchronization

/// A swift-metrics `MetricsFactory` that keeps every series in memory and exposes them in the
/// Prometheus text format (and as JSON) with HELP and TYPE lines, in a deterministic order.
///
/// Family names, help, types and buckets come from the descriptors given at creation, and only
/// described families are exposed: a metric recorded under any other name is rejected (its updates
/// are dropped) and its name is kept in ``unregisteredNames``, which the session reports at the end
/// and tests assert empty, so a name spelled without a descriptor cannot slip into the exposition.
/// Timers record seconds (the registry divides their nanoseconds).
package final class PrometheusRegistry: MetricsFactory {
    struct Family {
        var descriptor: MetricFamilyDescriptor
        var series: [MetricLabels: MetricSeriesValue] = [:]
    }

    private let descriptors: [String: MetricFamilyDescriptor]
    private let families = Mutex<[String: Family]>([:])
    private let rejected = Mutex<Set<String>>([])

    package init(families descriptors: [MetricFamilyDescriptor]) {
        var byName: [String: MetricFamilyDescriptor] = [:]
        for descriptor in descriptors {
            byName[descriptor.name] = descriptor
        }
        self.descriptors = byName
    }

    /// The descriptor a family is exposed with; nil for a name nobody registered.
    package func descriptor(named name: String) -> MetricFamilyDescriptor? {
        descriptors[name]
    }

    /// Names (sanitised) that code recorded without a registered descriptor, sorted; their updates
    /// were dropped. Empty in a correct program.
    package var unregisteredNames: [String] {
        rejected.withLock { $0.sorted() }
    }

    /// Current value of a counter or gauge series; nil when absent or a histogram.
    package func value(_ name: String, labels: [String: String] = [:]) -> Double? {
        if case .scalar(let value) = series(name, labels: labels) { return value }
        return nil
    }

    /// Current value of any series; nil when absent.
    package func series(_ name: String, labels: [String: String] = [:]) -> MetricSeriesValue? {
        families.withLock { $0[name]?.series[MetricLabels(labels)] }
    }

    /// Every family with at least one series, sorted by name, series sorted by label set.
    package func snapshot() -> [MetricFamilySnapshot] {
        families.withLock { families in
            families.keys.sorted().compactMap { name in
                guard let family = families[name], !family.series.isEmpty else { return nil }
                let series = family.series.keys.sorted().map { labels in
                    MetricFamilySnapshot.Series(labels: labels, value: family.series[labels] ?? .scalar(0))
                }
                return MetricFamilySnapshot(descriptor: family.descriptor, series: series)
            }
        }
    }

    /// Adds earlier totals (the previous run's, kept in the run store) to the counters and histograms,
    /// so that they count over the life of an output directory and `rate()` / `increase()` see one
    /// rising series across runs. Gauges describe one run and are never carried over.
    ///
    /// A family that is not registered, has another type, or a histogram whose bucket bounds changed
    /// is left out (it starts again at 0, which Prometheus reads as a counter reset); the names of
    /// those left out are returned, sorted.
    @discardableResult
    package func restore(_ totals: [MetricFamilySnapshot]) -> [String] {
        var skipped: [String] = []
        families.withLock { families in
            for total in totals {
                let name = total.descriptor.name
                guard let descriptor = descriptors[name], descriptor.type == total.descriptor.type,
                    descriptor.type != .gauge
                else {
                    if descriptors[name]?.type != .gauge { skipped.append(name) }
                    continue
                }
                var family = families[name] ?? Family(descriptor: descriptor)
                var merged = family.series
                var compatible = true
                for series in total.series {
                    let current =
                        merged[series.labels] ?? .initial(kind: descriptor.type, buckets: descriptor.buckets)
                    guard let sum = Self.adding(series.value, to: current) else {
                        compatible = false
                        break
                    }
                    merged[series.labels] = sum
                }
                guard compatible else {
                    skipped.append(name)
                    continue
                }
                family.series = merged
                families[name] = family
            }
        }
        return skipped.sorted()
    }

    /// `earlier + current` for two values of one family; nil when histogram bounds differ.
    private static func adding(_ earlier: MetricSeriesValue, to current: MetricSeriesValue) -> MetricSeriesValue? {
        switch (earlier, current) {
        case (.scalar(let left), .scalar(let right)):
            return .scalar(left + right)
        case (.histogram(let left), .histogram(var right)) where left.bounds == right.bounds:
            for index in right.bucketCounts.indices { right.bucketCounts[index] += left.bucketCounts[index] }
            right.sum += left.sum
            right.count += left.count
            return .histogram(right)
        default:
            return nil
        }
    }

    /// Registers the series (so it is exposed even before its first update) and returns its handler;
    /// for an unregistered name, records the rejection and returns a handler whose updates go nowhere.
    private func handler(label: String, dimensions: [(String, String)], divisor: Double = 1) -> PrometheusSeriesHandler
    {
        let name = MetricName.sanitizedMetric(label)
        let labels = MetricLabels(dimensions)
        if let descriptor = descriptors[name] {
            families.withLock { families in
                var family = families[name] ?? Family(descriptor: descriptor)
                if family.series[labels] == nil {
                    family.series[labels] = .initial(kind: descriptor.type, buckets: descriptor.buckets)
                }
                families[name] = family
            }
        } else {
            rejected.withLock { _ = $0.insert(name) }
        }
        return PrometheusSeriesHandler(registry: self, family: name, labels: labels, divisor: divisor)
    }

    /// Called by handlers on every update.
    func apply(_ operation: MetricSeriesValue.Operation, family name: String, labels: MetricLabels) {
        families.withLock { families in
            guard var family = families[name] else { return }
            var value =
                family.series[labels] ?? .initial(kind: family.descriptor.type, buckets: family.descriptor.buckets)
            value.apply(operation, kind: family.descriptor.type)
            family.series[labels] = value
            families[name] = family
        }
    }

    package func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        handler(label: label, dimensions: dimensions)
    }

    package func makeFloatingPointCounter(
        label: String,
        dimensions: [(String, String)]
    ) -> any FloatingPointCounterHandler {
        handler(label: label, dimensions: dimensions)
    }

    package func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        handler(label: label, dimensions: dimensions)
    }

    package func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        handler(label: label, dimensions: dimensions)
    }

    package func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        handler(label: label, dimensions: dimensions, divisor: 1e9)
    }

    /// A destroyed metric disappears from the exposition.
    private func destroy(_ handler: AnyObject) {
        guard let handler = handler as? PrometheusSeriesHandler else { return }
        families.withLock { families in
            families[handler.family]?.series[handler.labels] = nil
        }
    }

    package func destroyCounter(_ handler: any CounterHandler) { destroy(handler) }
    package func destroyMeter(_ handler: any MeterHandler) { destroy(handler) }
    package func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) { destroy(handler) }
    package func destroyRecorder(_ handler: any RecorderHandler) { destroy(handler) }
    package func destroyTimer(_ handler: any TimerHandler) { destroy(handler) }
}
