import Foundation
import Metrics
import ReqEngAgents
import ReqEngBase
import ReqEngLLM
import ReqEngReport
import ReqEngStore
import ReqEngTelemetry

/// How a run ended, as the `reqeng_last_run_*` gauges tell it.
package struct RunEnd: Sendable, Hashable {
    package var status: RunStatus
    /// The exit code the process returns.
    package var exitCode: Int32
    package var duration: Duration
    /// The run's numbers as the report computes them from the store (nil when they could not be
    /// read): the per-agent gauges come from them, so metrics and report agree.
    package var statistics: RunStatistics?

    package init(status: RunStatus, exitCode: Int32, duration: Duration, statistics: RunStatistics? = nil) {
        self.status = status
        self.exitCode = exitCode
        self.duration = duration
        self.statistics = statistics
    }

    /// Every input used and no `--fail-on` alert: what moves the last-success time.
    var succeeded: Bool { status == .succeeded }
}

/// Where the counters and histograms a run ended with are kept for the next run (the run store).
package protocol MetricTotalsStore: Sendable {
    func latestMetricTotals() throws(StoreError) -> Data?
    func saveMetricTotals(run runID: String, snapshot: Data) throws(StoreError)
}

extension RunStore: MetricTotalsStore {}

/// The `reqeng_last_run_*` gauges: what the last run alone did, for "last run" panels, while the
/// counters and histograms keep counting across runs.
extension RunTelemetry {
    package static let lastRunDuration = MetricFamilyDescriptor(
        name: "reqeng_last_run_duration_seconds", help: "Wall time of the last run.", type: .gauge)
    package static let lastRunStatus = MetricFamilyDescriptor(
        name: "reqeng_last_run_status",
        help: "1, labelled with how the last run ended (succeeded, alerts_fired, partial, nothing_usable, "
            + "failed, interrupted).",
        type: .gauge, labelNames: ["status"])
    package static let lastRunExitCode = MetricFamilyDescriptor(
        name: "reqeng_last_run_exit_code", help: "Exit code of the last run.", type: .gauge)
    package static let lastRunTimestamp = MetricFamilyDescriptor(
        name: "reqeng_last_run_timestamp_seconds",
        help: "Unix time at which the last run finished, whatever its status.",
        type: .gauge)
    package static let lastRunRequirements = MetricFamilyDescriptor(
        name: "reqeng_last_run_requirements",
        help: "Requirements the last run extracted or inferred (projects skipped as unchanged add none).",
        type: .gauge)
    package static let lastRunFindings = MetricFamilyDescriptor(
        name: "reqeng_last_run_findings", help: "Validation findings of the last run, by severity.",
        type: .gauge, labelNames: ["severity"])
    package static let lastRunAgentErrorRatio = MetricFamilyDescriptor(
        name: "reqeng_last_run_agent_error_ratio",
        help: "Failed over all executions of an agent in the last run.", type: .gauge, labelNames: ["agent_name"])
    package static let lastRunAgentP95 = MetricFamilyDescriptor(
        name: "reqeng_last_run_agent_duration_p95_seconds",
        help: "95th percentile (nearest rank, as the run report) of an agent's execution time in the last run.",
        type: .gauge, labelNames: ["agent_name"])
    package static let lastRunAgentConfidence = MetricFamilyDescriptor(
        name: "reqeng_last_run_agent_mean_confidence",
        help: "Mean confidence an agent reported in the last run.", type: .gauge, labelNames: ["agent_name"])
    package static let lastRunLLMErrorRatio = MetricFamilyDescriptor(
        name: "reqeng_last_run_llm_error_ratio",
        help: "Language model requests that did not succeed over all requests in the last run, by model.",
        type: .gauge, labelNames: ["model"])
    package static let lastRunCost = MetricFamilyDescriptor(
        name: "reqeng_last_run_cost_usd", help: "Estimated language model cost of the last run, in US dollars.",
        type: .gauge)
    /// The per-run gauges.
    package static let lastRunFamilies = [
        lastRunDuration, lastRunStatus, lastRunExitCode, lastRunTimestamp, lastRunRequirements, lastRunFindings,
        lastRunAgentErrorRatio, lastRunAgentP95, lastRunAgentConfidence, lastRunLLMErrorRatio, lastRunCost,
    ]
    /// Severities always exposed by `reqeng_last_run_findings`, so a clean run shows 0, not nothing.
    static let findingSeverities = ["error", "warning", "info"]

    /// Records the gauges from the run's end and what the counters grew by since `baseline`.
    func recordLastRunGauges(_ end: RunEnd, baseline: [MetricFamilySnapshot]) {
        let now = metrics.snapshot()
        let seconds = Double(end.duration.components.seconds) + Double(end.duration.components.attoseconds) / 1e18
        Gauge(label: Self.lastRunDuration.name, factory: metrics).record(seconds)
        Gauge(label: Self.lastRunStatus.name, dimensions: [("status", end.status.metricLabel)], factory: metrics)
            .record(1)
        Gauge(label: Self.lastRunExitCode.name, factory: metrics).record(Int(end.exitCode))
        Gauge(label: Self.lastRunTimestamp.name, factory: metrics).record(clock.now().timeIntervalSince1970)
        let grown = { (family: String, labels: [String: String]) in
            Self.total(family, labels, in: now) - Self.total(family, labels, in: baseline)
        }
        Gauge(label: Self.lastRunRequirements.name, factory: metrics)
            .record(grown(ProjectMetrics.requirementsExtracted.name, [:]))
        for severity in Self.findingSeverities {
            Gauge(label: Self.lastRunFindings.name, dimensions: [("severity", severity)], factory: metrics)
                .record(grown(ProjectMetrics.validationIssues.name, ["severity": severity]))
        }
        for agent in end.statistics?.agents ?? [] {
            let dimensions = [("agent_name", agent.name)]
            if let ratio = agent.errorRate {
                Gauge(label: Self.lastRunAgentErrorRatio.name, dimensions: dimensions, factory: metrics).record(ratio)
            }
            if let p95 = agent.p95 {
                Gauge(label: Self.lastRunAgentP95.name, dimensions: dimensions, factory: metrics).record(p95)
            }
            if let confidence = agent.meanConfidence {
                Gauge(label: Self.lastRunAgentConfidence.name, dimensions: dimensions, factory: metrics)
                    .record(confidence)
            }
        }
        let models = Set(
            now.first { $0.descriptor.name == LLMInstruments.requests.name }?.series.compactMap {
                $0.labels.dictionary["model"]
            } ?? [])
        for model in models.sorted() {
            let requests = grown(LLMInstruments.requests.name, ["model": model])
            guard requests > 0 else { continue }
            let failed = requests - grown(LLMInstruments.requests.name, ["model": model, "status": "success"])
            Gauge(label: Self.lastRunLLMErrorRatio.name, dimensions: [("model", model)], factory: metrics)
                .record(failed / requests)
        }
        // `llm_cost_usd` is already the cost of this run per model (a gauge, never restored).
        Gauge(label: Self.lastRunCost.name, factory: metrics).record(Self.total(LLMInstruments.cost.name, [:], in: now))
    }

    /// The sum of the scalar series of `family` whose labels include `labels`.
    static func total(_ family: String, _ labels: [String: String], in snapshot: [MetricFamilySnapshot]) -> Double {
        guard let found = snapshot.first(where: { $0.descriptor.name == family }) else { return 0 }
        var sum = 0.0
        for series in found.series {
            let dictionary = series.labels.dictionary
            guard labels.allSatisfy({ dictionary[$0.key] == $0.value }), case .scalar(let value) = series.value
            else { continue }
            sum += value
        }
        return sum
    }
}

extension RunStatus {
    /// The `status` label of `reqeng_last_run_status`.
    package var metricLabel: String {
        switch self {
        case .succeeded: "succeeded"
        case .alertsFired: "alerts_fired"
        case .partial: "partial"
        case .nothingUsable: "nothing_usable"
        case .failed: "failed"
        case .interrupted: "interrupted"
        }
    }
}
