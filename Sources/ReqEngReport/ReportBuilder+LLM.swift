import ReqEngRender
import ReqEngStore

extension ReportBuilder {
    /// Tokens, cost and failures per agent, from the run's recorded LLM calls, agents in order of
    /// their first call.
    func llmUsage(_ contents: RunOverview) -> [RunReport.LLMUsage] {
        var order: [String] = []
        var rows: [String: RunReport.LLMUsage] = [:]
        var costs: [String: Double] = [:]
        for call in contents.llmCalls {
            let agent = call.agent ?? "(no agent)"
            if rows[agent] == nil {
                order.append(agent)
                rows[agent] = RunReport.LLMUsage(
                    agent: agent, calls: 0, failed: 0, inputTokens: 0, outputTokens: 0, cost: "")
            }
            rows[agent]?.calls += 1
            if call.status != "success" { rows[agent]?.failed += 1 }
            rows[agent]?.inputTokens += call.inputTokens
            rows[agent]?.outputTokens += call.outputTokens
            costs[agent, default: 0] += call.costUsd
        }
        return order.compactMap { agent in
            rows[agent].map { row in
                var row = row
                row.cost = ReportFormat.dollars(costs[agent] ?? 0)
                return row
            }
        }
    }

    /// p50, p95 and max latency of every recorded call (failed ones included: a timeout is a
    /// latency too) per model, by name.
    func llmLatency(_ contents: RunOverview) -> [RunReport.LLMLatency] {
        Dictionary(grouping: contents.llmCalls, by: \.model).sorted { $0.key < $1.key }.map { model, calls in
            let latencies = calls.map(\.latencySeconds)
            return RunReport.LLMLatency(
                model: model, calls: calls.count,
                p50: ReportFormat.seconds(Percentile.nearestRank(50, of: latencies)),
                p95: ReportFormat.seconds(Percentile.nearestRank(95, of: latencies)),
                max: ReportFormat.seconds(Percentile.nearestRank(100, of: latencies)))
        }
    }

    /// Why the LLM tables are empty, in words, or `nil` when there are calls to show.
    func llmNote(_ contents: RunOverview) -> String? {
        guard contents.llmCalls.isEmpty else { return nil }
        if contents.run.engine == "builtin" {
            return "The built-in engine makes no LLM calls: this run has no tokens, cost or LLM latency to show."
        }
        return "No LLM call was recorded for this run (engine \(contents.run.engine)): answers taken from the "
            + "response cache and projects skipped as unchanged make none."
    }
}
