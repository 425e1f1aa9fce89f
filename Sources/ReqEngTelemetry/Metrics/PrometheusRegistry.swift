import CoreMetrics
import Synchronization

/// A swift-metrics `MetricsFactory` that keeps every series in memory and exposes them in the
/// Prometheus text format (and as JSON) with HELP and TYPE lines, in a deterministic order.
///
/// Family names, help, types and buckets come from the descriptors given at creation; a metric
/// nobody described is still exposed, typed by the API that created it, with a generic help line.
/// Handler kinds map to families as: counters → counter, gauges and meters → gauge,
/// aggregating recorders → histogram, timers → histogram in seconds.
package final class PrometheusRegistry: MetricsFactory {
    struct Family {
        var descriptor: MetricFamilyDescriptor
        var series: [MetricLabels: MetricSeriesValue] = [:]
    }

    private let descriptors: [String: MetricFamilyDescriptor]
    private let families = Mutex<[String: Family]>([:])

    package init(families descriptors: [MetricFamilyDescriptor]) {
        var byName: [String: MetricFamilyDescriptor] = [:]
        for descriptor in descriptors {
            byName[descriptor.name] = descriptor
        }
        self.descriptors = byName
    }

    /// The descriptor a family is exposed with (registered, or the generic one it was given).
    package func descriptor(named name: String) -> MetricFamilyDescriptor? {
        families.withLock { $0[name]?.descriptor } ?? descriptors[name]
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

    /// Registers the series (so it is exposed even before its first update) and returns its handler.
    private func handler(
        label: String,
        dimensions: [(String, String)],
        kindIfUnknown: MetricFamilyDescriptor.Kind,
        divisor: Double = 1
    ) -> PrometheusSeriesHandler {
        let name = MetricName.sanitizedMetric(label)
        let labels = MetricLabels(dimensions)
        families.withLock { families in
            var family =
                families[name]
                ?? Family(
                    descriptor: descriptors[name]
                        ?? MetricFamilyDescriptor(
                            name: name,
                            help: "Metric \(name) (no description registered).",
                            type: kindIfUnknown,
                            buckets: kindIfUnknown == .histogram ? MetricFamilyDescriptor.defaultBuckets : []
                        )
                )
            if family.series[labels] == nil {
                family.series[labels] = .initial(kind: family.descriptor.type, buckets: family.descriptor.buckets)
            }
            families[name] = family
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
        handler(label: label, dimensions: dimensions, kindIfUnknown: .counter)
    }

    package func makeFloatingPointCounter(
        label: String,
        dimensions: [(String, String)]
    ) -> any FloatingPointCounterHandler {
        handler(label: label, dimensions: dimensions, kindIfUnknown: .counter)
    }

    package func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        handler(label: label, dimensions: dimensions, kindIfUnknown: .gauge)
    }

    package func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        handler(label: label, dimensions: dimensions, kindIfUnknown: aggregate ? .histogram : .gauge)
    }

    package func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        handler(label: label, dimensions: dimensions, kindIfUnknown: .histogram, divisor: 1e9)
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
