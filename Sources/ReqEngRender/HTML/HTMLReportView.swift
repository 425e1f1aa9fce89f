/// What the report templates see: ``RunReport`` / ``RunIndex`` values with their charts drawn.
///
/// Only the `svg` fields are inserted raw (`{{{svg}}}`); they are produced by our own drawing code,
/// which escapes every label. Everything else goes through the `HTML_REPORT` escaping.
struct HTMLReportView {
    struct ChartView {
        let title: String
        let svg: String
    }

    struct TrendView {
        let label: String
        let latest: String
        let svg: String
    }

    struct AlertView {
        let alert: RunReport.Alert
        let css: String
        let state: String
    }

    /// The status banner: its class, its headline and the reasons under it.
    struct StatusView {
        let css: String
        let headline: String
        let reasons: [String]
        let hasReasons: Bool
    }

    let report: RunReport
    /// The inputs as one line (the header holds them as a list).
    let inputList: String
    let status: StatusView
    /// The class of the "no alert fires" line: green only on a clean run, so a run that failed is
    /// never shown an all-clear.
    let quietCSS: String
    let quietText: String
    let latencyCharts: [ChartView]
    let confidenceChart: ChartView
    let breakdownCharts: [ChartView]
    let waterfall: ChartView?
    let alerts: [AlertView]
    let firingCount: Int
    let hasFiring: Bool
    let trends: [TrendView]
    let hasTrends: Bool
    let hasAgents: Bool
    let hasLLMUsage: Bool
    let hasLLMLatency: Bool
    let hasInputErrors: Bool
    let inputErrorCount: Int
    let hasProjects: Bool
    /// Some project has a trace id, so the trace column needs its note.
    let hasTraces: Bool
    let hasFindings: Bool
    let hasOmittedFindings: Bool

    init(_ report: RunReport) {
        self.report = report
        inputList = report.header.inputs.joined(separator: ", ")
        status = Self.statusView(report.status)
        quietCSS = report.status.level == .ok ? "quiet" : "neutral"
        quietText =
            report.status.level == .ok
            ? "No alert rule fires on this run"
            : "No alert rule fires on this run, but the run did not succeed (see its status above)"
        let draw = { (chart: Chart) in ChartView(title: chart.title, svg: SVGChart.svg(chart)) }
        latencyCharts = report.latencyCharts.map(draw)
        confidenceChart = draw(report.confidenceChart)
        breakdownCharts = report.breakdownCharts.map(draw)
        waterfall = report.waterfall.map {
            ChartView(title: "Slowest project: \($0.project)", svg: SVGTimeline.waterfall($0))
        }
        alerts = report.alerts.map(Self.alertView)
        firingCount = report.alerts.filter(\.firing).count
        hasFiring = firingCount > 0
        trends = report.trends.map(Self.trendView)
        hasTrends = !report.trends.isEmpty
        hasAgents = !report.agents.isEmpty
        hasLLMUsage = !report.llmUsage.isEmpty
        hasLLMLatency = !report.llmLatency.isEmpty
        hasInputErrors = !report.inputErrors.isEmpty
        inputErrorCount = report.inputErrors.count
        hasProjects = !report.projects.isEmpty
        hasTraces = report.projects.contains { $0.traceID != nil }
        hasFindings = !report.findings.isEmpty
        hasOmittedFindings = report.findingsOmitted > 0
    }

    static func statusView(_ status: RunReport.Status) -> StatusView {
        let headline =
            status.level == .unknown
            ? "No exit status recorded: \(status.outcome)" : "Exit status \(status.exitCode): \(status.outcome)"
        return StatusView(
            css: "status " + status.level.rawValue, headline: headline, reasons: status.reasons,
            hasReasons: !status.reasons.isEmpty)
    }

    static func alertView(_ alert: RunReport.Alert) -> AlertView {
        AlertView(
            alert: alert, css: alert.firing ? "firing \(alert.severity)" : "ok",
            state: alert.firing ? "FIRING" : "ok")
    }

    static func trendView(_ trend: Trend) -> TrendView {
        TrendView(label: trend.label, latest: trend.latest, svg: SVGTimeline.sparkline(trend))
    }
}

/// What the index template sees.
struct HTMLIndexView {
    let index: RunIndex
    let latest: HTMLReportView?
    let trends: [HTMLReportView.TrendView]
    let hasTrends: Bool
    let runCount: Int

    init(_ index: RunIndex) {
        self.index = index
        latest = index.latest.map(HTMLReportView.init)
        trends = index.trends.map(HTMLReportView.trendView)
        hasTrends = !index.trends.isEmpty
        runCount = index.runs.count
    }
}
