import Foundation
import ReqEngBase
import ReqEngRender
import ReqEngStore

/// Renders `reports/runs/<run-id>.html` for the newest runs of the store and `reports/index.html`,
/// from the store alone, and returns the alerts of the newest run for the `--fail-on` gate.
package struct ReportWriter: Sendable {
    /// Runs shown in trends (this run and the ones before it).
    package var trendLength: Int
    /// Newest runs that get a page and a row in the index.
    package var maximumRuns: Int
    package var evaluator: AlertEvaluator
    /// Links each project's trace into a viewer (`--trace-url`), when given.
    package var traceURL: TraceURLTemplate?

    package init(
        trendLength: Int = 20, maximumRuns: Int = 100, evaluator: AlertEvaluator = AlertEvaluator(),
        traceURL: TraceURLTemplate? = nil
    ) {
        self.trendLength = trendLength
        self.maximumRuns = maximumRuns
        self.evaluator = evaluator
        self.traceURL = traceURL
    }

    /// The alerts of run `id` alone, judged as its page will show them, or `nil` for an unknown run:
    /// what the `--fail-on` gate needs before the run's exit status is recorded.
    package func alerts(ofRun id: String, store: RunStore) throws(StoreError) -> [AlertOutcome]? {
        guard let contents = try store.overview(ofRun: id, findingLimit: 0) else { return nil }
        return evaluator.evaluate(
            RunStatistics(contents), earlierCosts: try store.runCosts(before: contents.run.startedAt))
    }

    /// What was written, and the newest run's alerts.
    package struct Outcome: Sendable, Hashable {
        /// Paths relative to the output directory, index last.
        package var pages: [String]
        package var latestRunID: String?
        package var latestAlerts: [AlertOutcome]
    }

    /// Writes every page; throws ``StoreError``, ``RenderError`` or ``WriteError``.
    package func writeReports(
        store: RunStore, layout: OutputLayout, templates: ResourceFiles = .builtInTemplates
    ) async throws -> Outcome {
        let renderer = try HTMLReportRenderer(templates: templates)
        let built = try build(store: store)
        let writer = OutputWriter(layout)
        try writer.ensureDirectory(OutputLayout.runPagesDirectory)
        var pages: [String] = []
        for page in built.pages {
            let path = OutputLayout.runPage(runID: page.header.runID)
            try writer.write(try renderer.render(run: page), to: path)
            pages.append(path)
        }
        try writer.write(try renderer.render(index: built.index), to: OutputLayout.reportIndex)
        pages.append(OutputLayout.reportIndex)
        return Outcome(pages: pages, latestRunID: built.index.latest?.header.runID, latestAlerts: built.latestAlerts)
    }

    /// The run pages (newest first), the index and the newest run's alerts, without writing anything.
    package func build(store: RunStore) throws -> (pages: [RunReport], index: RunIndex, latestAlerts: [AlertOutcome]) {
        let runs = try store.runs(limit: maximumRuns).reversed()
        var summaries: [RunSummary] = []
        var pages: [RunReport] = []
        var latestAlerts: [AlertOutcome] = []
        for run in runs {
            guard let contents = try store.overview(ofRun: run.id, findingLimit: ReportBuilder.findingLimit) else {
                continue
            }
            let statistics = RunStatistics(contents)
            let alerts = evaluator.evaluate(statistics, earlierCosts: try store.runCosts(before: run.startedAt))
            let builder = ReportBuilder(traceURL: traceURL)
            summaries.append(
                RunSummary(
                    contents: contents, statistics: statistics, alerts: alerts, status: builder.status(contents)))
            let history = Array(summaries.suffix(trendLength))
            pages.append(builder.report(contents, statistics: statistics, alerts: alerts, history: history))
            latestAlerts = alerts
        }
        let index = RunIndex(
            latest: pages.last,
            latestHref: pages.last.map { "runs/" + OutputLayout.runPageName(runID: $0.header.runID) },
            runs: summaries.reversed().map(\.indexRow), trends: RunSummary.trends(Array(summaries.suffix(trendLength))))
        return (pages.reversed(), index, latestAlerts)
    }
}
