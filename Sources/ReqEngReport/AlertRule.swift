/// Severity of an alert rule, as in `deploy/prometheus/alerts.yml`.
package enum AlertSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case warning
    case critical

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .critical }
}

/// One alert rule that applies to a single run, with the threshold the Prometheus rule uses.
package struct AlertRule: Sendable, Hashable {
    /// What the rule measures on a run.
    package enum Measure: String, Sendable, Hashable {
        /// p95 agent latency in seconds, per agent; fires above the threshold.
        case agentLatencyP95
        /// Failed / all invocations, per agent; fires above the threshold.
        case agentErrorRate
        /// Mean reported confidence, per agent; fires below the threshold.
        case agentMeanConfidence
        /// Validation findings of severity error / requirements; fires above the threshold.
        case extractionErrorRatio
        /// Failed / all LLM calls; fires above the threshold.
        case llmErrorRate
        /// This run's LLM cost / the mean cost of earlier runs; fires above the threshold.
        case costSpikeRatio
    }

    package var name: String
    package var severity: AlertSeverity
    package var measure: Measure
    package var threshold: Double
    /// The condition in words, for the report.
    package var condition: String

    /// True when `value` breaches the rule.
    package func fires(_ value: Double) -> Bool {
        measure == .agentMeanConfidence ? value < threshold : value > threshold
    }

    /// The rules of `deploy/prometheus/alerts.yml` that can be judged on one run: same names,
    /// severities and thresholds. Keep the two in step.
    package static let catalog: [AlertRule] = [
        AlertRule(
            name: "AgentHighLatencyP95", severity: .warning, measure: .agentLatencyP95, threshold: 30,
            condition: "p95 agent latency > 30 s"),
        AlertRule(
            name: "AgentHighErrorRate", severity: .critical, measure: .agentErrorRate, threshold: 0.1,
            condition: "agent error rate > 10 %"),
        AlertRule(
            name: "AgentLowConfidence", severity: .warning, measure: .agentMeanConfidence, threshold: 0.5,
            condition: "mean agent confidence < 0.50"),
        AlertRule(
            name: "ExtractionQualityLow", severity: .warning, measure: .extractionErrorRatio, threshold: 0.3,
            condition: "validation errors / requirements > 0.30"),
        AlertRule(
            name: "LLMHighErrorRate", severity: .critical, measure: .llmErrorRate, threshold: 0.05,
            condition: "LLM error rate > 5 %"),
        AlertRule(
            name: "LLMCostSpike", severity: .warning, measure: .costSpikeRatio, threshold: 2,
            condition: "run cost > 2 × mean cost of earlier runs"),
    ]
}

/// A rule judged on one run: the worst value seen (and where), and whether it fires.
package struct AlertOutcome: Sendable, Hashable {
    package var rule: AlertRule
    /// `nil` when the run gives nothing to measure (no LLM calls, no requirements, no history).
    package var value: Double?
    /// The agent (or other subject) with the worst value, if the rule is per agent.
    package var subject: String?

    package init(rule: AlertRule, value: Double?, subject: String?) {
        self.rule = rule
        self.value = value
        self.subject = subject
    }

    package var firing: Bool { value.map(rule.fires) ?? false }
}
