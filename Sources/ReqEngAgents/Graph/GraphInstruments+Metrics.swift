import ReqEngBase

/// The metric families ``GraphInstruments`` records for every node execution.
extension GraphInstruments {
    /// `agent_invocations_total{agent_name,status}`.
    package static let invocations = MetricFamilyDescriptor(
        name: "agent_invocations_total", help: "Agent (graph node) executions by outcome.",
        type: .counter, labelNames: ["agent_name", "status"])
    /// `agent_duration_seconds{agent_name}`: the design's bounds (0.1 … 60 s) with finer ones below
    /// them down to 1 ms, because the built-in agents take milliseconds and would all fall in the
    /// first bucket, leaving `histogram_quantile` nothing to tell apart.
    package static let duration = MetricFamilyDescriptor(
        name: "agent_duration_seconds", help: "Wall time of one agent execution.",
        type: .histogram, labelNames: ["agent_name"],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60])
    /// `agent_confidence_score{agent_name}`.
    package static let confidence = MetricFamilyDescriptor(
        name: "agent_confidence_score", help: "Mean confidence (0 to 1) an agent reported for one execution.",
        type: .histogram, labelNames: ["agent_name"],
        buckets: [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
    /// Every family these instruments record.
    package static let metricFamilies = [invocations, duration, confidence]
}
