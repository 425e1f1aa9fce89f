import CoreMetrics

/// The handler behind every swift-metrics object the registry makes: forwards updates to one series.
final class PrometheusSeriesHandler: CounterHandler, FloatingPointCounterHandler, MeterHandler, RecorderHandler,
    TimerHandler, Sendable
{
    private let registry: PrometheusRegistry
    let family: String
    let labels: MetricLabels
    /// Divisor applied to recorded values (1e9 for timers: nanoseconds to seconds; dividing keeps 1.2 s exact).
    private let divisor: Double

    init(registry: PrometheusRegistry, family: String, labels: MetricLabels, divisor: Double) {
        self.registry = registry
        self.family = family
        self.labels = labels
        self.divisor = divisor
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
    func record(_ value: Int64) { apply(.observe(Double(value) / divisor)) }
    func record(_ value: Double) { apply(.observe(value / divisor)) }
    func recordNanoseconds(_ duration: Int64) { apply(.observe(Double(duration) / divisor)) }
    func preferDisplayUnit(_ unit: TimeUnit) {}
}
