/// Evaluates ``AlertRule/catalog`` natively on one run's statistics, as Prometheus would on the
/// run's metrics: per-agent rules report their worst agent.
package struct AlertEvaluator: Sendable {
    package var rules: [AlertRule]

    package init(rules: [AlertRule] = AlertRule.catalog) {
        self.rules = rules
    }

    /// Judges every rule; `earlierCosts` are the total costs of the runs before this one.
    package func evaluate(_ statistics: RunStatistics, earlierCosts: [Double]) -> [AlertOutcome] {
        rules.map { rule in
            switch rule.measure {
            case .agentLatencyP95:
                worst(rule, statistics.agents.compactMap { agent in agent.p95.map { (agent.name, $0) } })
            case .agentErrorRate:
                worst(rule, statistics.agents.compactMap { agent in agent.errorRate.map { (agent.name, $0) } })
            case .agentMeanConfidence:
                worst(rule, statistics.agents.compactMap { agent in agent.meanConfidence.map { (agent.name, $0) } })
            case .extractionErrorRatio:
                AlertOutcome(
                    rule: rule,
                    value: statistics.requirements > 0
                        ? Double(statistics.validationErrors) / Double(statistics.requirements) : nil,
                    subject: nil)
            case .llmErrorRate:
                AlertOutcome(
                    rule: rule,
                    value: statistics.llmCalls > 0
                        ? Double(statistics.llmErrors) / Double(statistics.llmCalls) : nil,
                    subject: nil)
            case .costSpikeRatio:
                costSpike(rule, cost: statistics.cost, earlierCosts: earlierCosts)
            }
        }
    }

    /// The largest value (smallest for a below-threshold rule) and its subject; ties keep the first.
    private func worst(_ rule: AlertRule, _ values: [(String, Double)]) -> AlertOutcome {
        let lowIsBad = rule.measure == .agentMeanConfidence
        var best: (String, Double)?
        for candidate in values {
            guard let current = best else {
                best = candidate
                continue
            }
            if lowIsBad ? candidate.1 < current.1 : candidate.1 > current.1 { best = candidate }
        }
        return AlertOutcome(rule: rule, value: best?.1, subject: best?.0)
    }

    private func costSpike(_ rule: AlertRule, cost: Double, earlierCosts: [Double]) -> AlertOutcome {
        guard !earlierCosts.isEmpty else { return AlertOutcome(rule: rule, value: nil, subject: nil) }
        let mean = earlierCosts.reduce(0, +) / Double(earlierCosts.count)
        guard mean > 0 else { return AlertOutcome(rule: rule, value: nil, subject: nil) }
        return AlertOutcome(rule: rule, value: cost / mean, subject: nil)
    }
}
