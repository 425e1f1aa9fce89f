import Foundation
import ReqEngBase
import ReqEngRender
import ReqEngStore

/// One run reduced to the numbers the index list and the trend sparklines show.
package struct RunSummary: Sendable, Hashable, Codable {
    package var id: String
    package var startedAt: Date
    /// The outcome in words when recorded, else the coarse status.
    package var status: String
    package var exitCode: Int?
    package var level: RunReport.Status.Level
    package var durationSeconds: Double?
    package var projects: Int
    package var requirements: Int
    package var cost: Double
    package var p95: Double?
    package var firingAlerts: Int

    package init(contents: RunOverview, statistics: RunStatistics, alerts: [AlertOutcome], status: RunReport.Status) {
        id = contents.run.id
        startedAt = contents.run.startedAt
        self.status = status.outcome
        exitCode = contents.run.exitCode
        level = status.level
        durationSeconds = statistics.durationSeconds
        projects = contents.projects.count
        requirements = statistics.requirements
        cost = statistics.cost
        p95 = statistics.p95
        firingAlerts = alerts.filter(\.firing).count
    }

    /// Sparklines of duration, requirements, cost and p95 over `history` (oldest first); a run
    /// without a duration (not finished) or a p95 (no agent ran) is a gap, not a zero.
    static func trends(_ history: [RunSummary]) -> [Trend] {
        guard let last = history.last else { return [] }
        return [
            Trend(
                label: "Run duration", values: history.map(\.durationSeconds),
                latest: ReportFormat.seconds(last.durationSeconds)),
            Trend(
                label: "Requirements", values: history.map { Double($0.requirements) },
                latest: ReportFormat.integer(last.requirements)),
            Trend(label: "LLM cost", values: history.map(\.cost), latest: ReportFormat.dollars(last.cost)),
            Trend(
                label: "p95 agent latency", values: history.map(\.p95), latest: ReportFormat.seconds(last.p95)),
        ]
    }

    /// The row of the index list, linking to `runs/<file>.html`.
    var indexRow: RunIndex.Row {
        RunIndex.Row(
            runID: id, href: "runs/" + OutputLayout.runPageName(runID: id), startedAt: ReportFormat.utc(startedAt),
            duration: ReportFormat.seconds(durationSeconds), status: status,
            exitCode: exitCode.map(String.init) ?? "—", level: level, projects: projects,
            requirements: requirements, cost: ReportFormat.dollars(cost), p95: ReportFormat.seconds(p95),
            firingAlerts: firingAlerts)
    }
}
