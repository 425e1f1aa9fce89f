import Foundation
import ReqEngBase
import ReqEngRender
import ReqEngStore

/// Builds the ``RunReport`` of one run from what the store holds: how it ended, header, tiles, the
/// per-agent and LLM tables, charts, the waterfall, alerts, trends, projects and input errors.
package struct ReportBuilder: Sendable {
    /// Histogram buckets of `agent_duration_seconds` (upper bounds, seconds), as in the metrics contract.
    package static let latencyBuckets: [Double] = [0.1, 0.5, 1, 2, 5, 10, 30, 60]
    /// Links each project's trace into a viewer, when given (`--trace-url`).
    package var traceURL: TraceURLTemplate?

    package init(traceURL: TraceURLTemplate? = nil) {
        self.traceURL = traceURL
    }

    /// The report of `contents`; `history` holds summaries of earlier runs and this one, oldest first.
    package func report(
        _ contents: RunOverview, statistics: RunStatistics, alerts: [AlertOutcome], history: [RunSummary]
    ) -> RunReport {
        let run = contents.run
        let header = RunReport.Header(
            runID: run.id, toolVersion: run.toolVersion, startedAt: ReportFormat.utc(run.startedAt),
            endedAt: run.endedAt.map(ReportFormat.utc) ?? "not finished",
            duration: ReportFormat.seconds(statistics.durationSeconds), engine: run.engine, model: run.model ?? "none",
            inputs: run.inputs, configHash: run.configHash, status: run.status)
        return RunReport(
            header: header, status: status(contents), tiles: tiles(contents, statistics),
            agents: agentRows(statistics), llmUsage: llmUsage(contents), llmLatency: llmLatency(contents),
            llmNote: llmNote(contents), percentileMethod: Percentile.methodDescription,
            latencyCharts: latencyCharts(statistics),
            confidenceChart: confidenceChart(contents), breakdownCharts: breakdownCharts(contents),
            waterfall: waterfall(contents), alerts: alerts.map(alertRow), trends: RunSummary.trends(history),
            projects: projects(contents), inputErrors: contents.inputErrors.map(inputError),
            findings: findings(contents),
            findingsOmitted: max(0, contents.errorAndWarningFindings - Self.findingLimit))
    }

    /// Findings listed on a run page; the rest are counted.
    package static let findingLimit = 50

    /// Error and warning findings, errors first, in document order within a severity, at most
    /// ``findingLimit``.
    func findings(_ contents: RunOverview) -> [RunReport.Finding] {
        let names = Dictionary(contents.projects.compactMap { project in project.id.map { ($0, project.name) } }) {
            first, _ in first
        }
        return contents.listedFindings.prefix(Self.findingLimit).map { issue in
            RunReport.Finding(
                project: names[issue.projectId] ?? "?", id: issue.code, requirement: issue.requirementCode ?? "—",
                severity: issue.severity, issueType: issue.issueType, message: issue.message)
        }
    }

    func tiles(_ contents: RunOverview, _ statistics: RunStatistics) -> [RunReport.Tile] {
        let failedProjects = contents.projects.filter { $0.error != nil }.count
        let severities = ["error", "warning", "info"].map { severity in
            "\(contents.issues(severity: severity)) \(severity)"
        }
        return [
            RunReport.Tile(
                label: "Projects", value: String(contents.projects.count),
                detail: failedProjects > 0 ? "\(failedProjects) failed" : nil),
            RunReport.Tile(label: "Sessions", value: String(contents.sessions)),
            RunReport.Tile(
                label: "Requirements", value: String(statistics.requirements),
                detail: "\(statistics.requirements - statistics.inferred) explicit · \(statistics.inferred) inferred"),
            RunReport.Tile(
                label: "Findings", value: String(contents.issues), detail: severities.joined(separator: " · ")),
            RunReport.Tile(
                label: "Failures", value: String(contents.inputErrors.count + failedProjects),
                detail: "\(contents.inputErrors.count) input file(s)"),
            RunReport.Tile(
                label: "LLM calls", value: String(statistics.llmCalls),
                detail: statistics.llmInvalid > 0
                    ? "\(statistics.llmErrors) failed, of which \(statistics.llmInvalid) invalid answer(s): "
                        + "the built-in engine stood in" : "\(statistics.llmErrors) failed"),
            RunReport.Tile(
                label: "Tokens", value: String(statistics.inputTokens + statistics.outputTokens),
                detail: "\(statistics.inputTokens) in · \(statistics.outputTokens) out"),
            RunReport.Tile(label: "Cost", value: ReportFormat.dollars(statistics.cost)),
            RunReport.Tile(label: "p95 agent latency", value: ReportFormat.seconds(statistics.p95)),
        ]
    }

    func agentRows(_ statistics: RunStatistics) -> [RunReport.AgentRow] {
        statistics.agents.map { agent in
            RunReport.AgentRow(
                agent: agent.name, invocations: agent.invocations, errors: agent.errors,
                errorRate: ReportFormat.percent(agent.errorRate),
                latencies: [50, 90, 95, 99, 100].map {
                    ReportFormat.seconds(Percentile.nearestRank($0, of: agent.durations))
                },
                meanConfidence: ReportFormat.decimal(agent.meanConfidence))
        }
    }

    func alertRow(_ outcome: AlertOutcome) -> RunReport.Alert {
        let value: String
        switch outcome.rule.measure {
        case .agentLatencyP95: value = ReportFormat.seconds(outcome.value)
        case .agentErrorRate, .llmErrorRate: value = ReportFormat.percent(outcome.value)
        case .agentMeanConfidence, .extractionErrorRatio: value = ReportFormat.decimal(outcome.value)
        case .costSpikeRatio: value = outcome.value.map { String(format: "%.2f ×", $0) } ?? "—"
        }
        return RunReport.Alert(
            name: outcome.rule.name, severity: outcome.rule.severity.rawValue, firing: outcome.firing,
            condition: outcome.rule.condition, value: value, subject: outcome.subject)
    }

    func projects(_ contents: RunOverview) -> [RunReport.Project] {
        contents.projects.map { project in
            let counts = project.id.flatMap { contents.projectCounts[$0] } ?? RunOverview.ProjectCounts()
            let links =
                project.error == nil
                ? ["md", "json", "pdf"].map { format in
                    RunReport.Link(
                        label: format,
                        href: "../../" + OutputLayout.documentPath(project: project.name, fileExtension: format))
                } : []
            return RunReport.Project(
                name: project.name, title: project.title ?? "—", sessions: counts.sessions,
                requirements: counts.requirements, inferred: counts.inferred, findings: counts.findings,
                error: project.error, links: links, skipped: project.status == "skipped", traceID: project.traceId,
                traceHref: project.traceId.flatMap { traceURL?.link(traceID: $0) })
        }
    }

    func inputError(_ record: InputErrorRecord) -> RunReport.InputError {
        RunReport.InputError(project: record.project, path: record.path, kind: record.kind, reason: record.reason)
    }
}
