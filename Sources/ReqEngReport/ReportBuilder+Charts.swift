import ReqEngRender
import ReqEngStore

extension ReportBuilder {
    /// One latency histogram per agent on the `agent_duration_seconds` buckets (counts per bucket,
    /// not cumulative; the last column holds what exceeds 60 s).
    func latencyCharts(_ statistics: RunStatistics) -> [Chart] {
        statistics.agents.map { agent in
            var counts = Array(repeating: 0, count: Self.latencyBuckets.count + 1)
            for duration in agent.durations {
                let index = Self.latencyBuckets.firstIndex { duration <= $0 } ?? Self.latencyBuckets.count
                counts[index] += 1
            }
            let labels = Self.latencyBuckets.map { "≤" + SVGNumber.short($0) } + [">60"]
            return Chart(
                title: "\(agent.name) (seconds)", style: .columns,
                bars: zip(labels, counts).map { Chart.Bar(label: $0, value: Double($1), display: String($1)) })
        }
    }

    /// Agent-reported confidence (`agent_confidence_score`) in ten bins of 0.1.
    func confidenceChart(_ contents: RunOverview) -> Chart {
        Self.confidenceBins("Agent confidence", contents.invocations.compactMap(\.confidence))
    }

    /// Counts of `values` in the bins 0.0–0.1 … 0.9–1.0 (1.0 falls in the last), labelled by lower bound.
    static func confidenceBins(_ title: String, _ values: [Double]) -> Chart {
        var counts = Array(repeating: 0, count: 10)
        for value in values where value.isFinite {
            counts[min(max(Int(value * 10), 0), 9)] += 1
        }
        return binnedChart(title, counts)
    }

    /// A chart of counts already in the ten bins of ``confidenceBins(_:_:)``.
    static func binnedChart(_ title: String, _ counts: [Int]) -> Chart {
        Chart(
            title: title, style: .columns,
            bars: counts.enumerated().map { index, count in
                Chart.Bar(label: "." + String(index), value: Double(count), display: String(count))
            })
    }

    /// Requirements by type and category, findings by severity and type, and tokens and cost by model
    /// when the run made LLM calls.
    func breakdownCharts(_ contents: RunOverview) -> [Chart] {
        let count = { (counts: [String: Int]) -> [Chart.Bar] in
            Self.ranked(counts).map { Chart.Bar(label: $0.0, value: Double($0.1), display: String($0.1)) }
        }
        var tokens: [String: Double] = [:]
        var cost: [String: Double] = [:]
        for call in contents.llmCalls {
            tokens[call.model, default: 0] += Double(call.inputTokens + call.outputTokens)
            cost[call.model, default: 0] += call.costUsd
        }
        var charts = [
            Self.binnedChart("Requirement confidence", contents.requirementConfidenceBins),
            Chart(title: "Requirements by type", style: .bars, bars: count(contents.requirementsByType)),
            Chart(title: "Requirements by category", style: .bars, bars: count(contents.requirementsByCategory)),
            Chart(title: "Findings by severity", style: .bars, bars: count(contents.issuesBySeverity)),
            Chart(title: "Findings by type", style: .bars, bars: count(contents.issuesByType)),
        ]
        // Without LLM calls the 'LLM calls' section says why; two empty charts would only repeat it.
        guard !contents.llmCalls.isEmpty else { return charts }
        charts += [
            Chart(
                title: "Tokens by model", style: .bars,
                bars: tokens.sorted { $0.key < $1.key }.map {
                    Chart.Bar(label: $0.key, value: $0.value, display: String(Int($0.value)))
                }),
            Chart(
                title: "Cost by model", style: .bars,
                bars: cost.sorted { $0.key < $1.key }.map {
                    Chart.Bar(label: $0.key, value: $0.value, display: ReportFormat.dollars($0.value))
                }),
        ]
        return charts
    }

    /// The project whose agent executions span the longest time, laid out from its first start.
    func waterfall(_ contents: RunOverview) -> Waterfall? {
        let byProject = Dictionary(grouping: contents.invocations, by: \.project)
        let spans = byProject.compactMap { project, invocations -> (String, Int64, Int64)? in
            guard let start = invocations.map(\.startedAtUnixNano).min(),
                let end = invocations.map({ $0.startedAtUnixNano + $0.durationNanoseconds }).max()
            else { return nil }
            return (project, start, end - start)
        }
        guard
            let slowest = spans.max(by: { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 > $1.0 }),
            let invocations = byProject[slowest.0]
        else { return nil }
        let rows = invocations.sorted { ($0.startedAtUnixNano, $0.id ?? 0) < ($1.startedAtUnixNano, $1.id ?? 0) }
            .map { invocation in
                Waterfall.Row(
                    label: invocation.agent, offsetSeconds: Double(invocation.startedAtUnixNano - slowest.1) / 1e9,
                    durationSeconds: Double(invocation.durationNanoseconds) / 1e9,
                    failed: invocation.status != "success")
            }
        return Waterfall(project: slowest.0, totalSeconds: Double(slowest.2) / 1e9, rows: rows)
    }

    /// Counts of each distinct value, most frequent first, then by name.
    static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        let ordered: [(String, Int)] = counts.map { ($0.key, $0.value) }
        return ordered.sorted { left, right in left.1 != right.1 ? left.1 > right.1 : left.0 < right.0 }
    }
}

/// Short numeric labels for chart axes: `0.1`, `2`, `30`.
enum SVGNumber {
    static func short(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
