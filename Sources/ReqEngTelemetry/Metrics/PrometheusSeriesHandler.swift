import CoreMetrics

/// The handler behind every swift-metrics object the registry makes: forwards updates to one series.
final class PrometheusSeriesHandler: CounterHandler, FloatingPointCounterHandler, MeterHandler, RecorderHandler,
    TimerHandler, Sendable
{
    private let registry: PrometheusRegistry
    let family: String
    let labels: MetricLabels
    /// Multiplier applied to recorded values (1e-9 for timers: nanoseconds to seconds).
    private let scale: Double

    init(registry: PrometheusRegistry, family: String, labels: MetricLabels, scale: Double) {
        self.registry = registry
        self.family = family
        self.labels = labels
        self.scale = scale
    }

    private func apply(_ operation: MetricSeriesValue.Operation) {
        registry.apply(operation, family: family, labels: labels)
    }

    func increment(by amount: Int64) { apply(.add(Double(amount))) }
    func increment(by amount: Double) { apply(.add(amount)) }
    func decrement(by amount: Double) { apply(.add(-amount)) }
    func reset() { apply(.reset) }
    func set(_ value: Int64) { apply(.set(Double(value))) }
    func set(_ value: Double) { apply(.set(value)) }
    func record(_ value: Int64) { apply(.observe(Double(value) * scale)) }
    func record(_ value: Double) { apply(.observe(value * scale)) }
    func recordNanoseconds(_ duration: Int64) { apply(.observe(Double(duration) * scale)) }
    func preferDisplayUnit(_ unit: TimeUnit) {}
}
