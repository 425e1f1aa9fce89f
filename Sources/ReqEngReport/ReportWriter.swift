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
    /// The version of the code that renders the pages: a page rendered by another one is rendered again.
    package var toolVersion: String

    package init(
        trendLength: Int = 20, maximumRuns: Int = 100, evaluator: AlertEvaluator = AlertEvaluator(),
        traceURL: TraceURLTemplate? = nil, toolVersion: String = ToolVersion.current
    ) {
        self.trendLength = trendLength
        self.maximumRuns = maximumRuns
        self.evaluator = evaluator
        self.traceURL = traceURL
        self.toolVersion = toolVersion
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
        /// Paths relative to the output directory, newest run first, index last.
        package var pages: [String]
        /// Run pages left as they were (relative paths, newest first): nothing they show changed.
        package var keptPages: [String] = []
        package var latestRunID: String?
        package var latestAlerts: [AlertOutcome]
    }

    /// Writes the index and the run pages that may have changed; throws ``StoreError``,
    /// ``RenderError`` or ``WriteError``.
    ///
    /// An earlier run's page is kept (not read from the store, not rendered, not written) while
    /// ``RunPageManifest`` vouches for it; with `keepingPages` false every page is rendered again.
    /// Pages of runs older than the newest ``maximumRuns`` are left as they are, as always.
    package func writeReports(
        store: RunStore, layout: OutputLayout, templates: ResourceFiles = .builtInTemplates,
        keepingPages: Bool = true
    ) async throws -> Outcome {
        let renderer = try HTMLReportRenderer(templates: templates)
        let writer = OutputWriter(layout)
        try writer.ensureDirectory(OutputLayout.runPagesDirectory)
        let fingerprint = pageFingerprint(templates: templates)
        let previous = keepingPages ? RunPageManifest.read(root: layout.root, fingerprint: fingerprint) : nil
        var manifest = RunPageManifest(fingerprint: fingerprint, runs: [:])
        let runs = Array(try store.runs(limit: maximumRuns).reversed())
        var summaries: [RunSummary] = []
        var pages: [String] = []
        var kept: [String] = []
        var latest: (report: RunReport, alerts: [AlertOutcome])?
        for (position, run) in runs.enumerated() {
            let path = OutputLayout.runPage(runID: run.id)
            let earlier = Array(summaries.suffix(max(0, trendLength - 1)))
            let record = RunPageManifest.digest(run)
            let earlierDigest = RunPageManifest.digest(earlier)
            let isNewest = position == runs.count - 1
            if !isNewest, let stored = previous?.runs[run.id], stored.record == record,
                stored.earlier == earlierDigest,
                FileManager.default.fileExists(atPath: (layout.root as NSString).appendingPathComponent(path))
            {
                summaries.append(stored.summary)
                manifest.runs[run.id] = stored
                kept.append(path)
                continue
            }
            guard let built = try page(of: run, earlier: earlier, store: store) else { continue }
            try writer.write(try renderer.render(run: built.report), to: path)
            pages.append(path)
            summaries.append(built.summary)
            manifest.runs[run.id] = RunPageManifest.Entry(
                record: record, earlier: earlierDigest, summary: built.summary)
            if isNewest { latest = (built.report, built.alerts) }
        }
        if let bytes = manifest.encoded() {
            try writer.write(bytes, to: OutputLayout.runPagesManifest)
        }
        let index = RunIndex(
            latest: latest?.report,
            latestHref: latest.map { "runs/" + OutputLayout.runPageName(runID: $0.report.header.runID) },
            runs: summaries.reversed().map(\.indexRow), trends: RunSummary.trends(Array(summaries.suffix(trendLength))))
        try writer.write(try renderer.render(index: index), to: OutputLayout.reportIndex)
        return Outcome(
            pages: pages.reversed() + [OutputLayout.reportIndex], keptPages: kept.reversed(),
            latestRunID: latest?.report.header.runID,
            latestAlerts: latest?.alerts ?? [])
    }

    /// Digest of everything besides the store that a run page is drawn from: the page format, the
    /// tool version, the templates, the trace links, the alert rules and the trend length.
    func pageFingerprint(templates: ResourceFiles) -> String {
        ContentDigest.sha256Hex(
            [
                "page-format \(RunPageManifest.pageFormat)", "tool \(toolVersion)",
                "templates \(templates.digest)", "trace-url \(traceURL?.template ?? "")",
                "trend \(trendLength)", "rules \(String(reflecting: evaluator.rules))",
            ].joined(separator: "\n"))
    }

    /// The run pages (newest first), the index and the newest run's alerts, without writing anything.
    package func build(store: RunStore) throws -> (pages: [RunReport], index: RunIndex, latestAlerts: [AlertOutcome]) {
        let runs = try store.runs(limit: maximumRuns).reversed()
        var summaries: [RunSummary] = []
        var pages: [RunReport] = []
        var latestAlerts: [AlertOutcome] = []
        for run in runs {
            guard let built = try page(of: run, earlier: Array(summaries.suffix(max(0, trendLength - 1))), store: store)
            else { continue }
            summaries.append(built.summary)
            pages.append(built.report)
            latestAlerts = built.alerts
        }
        let index = RunIndex(
            latest: pages.last,
            latestHref: pages.last.map { "runs/" + OutputLayout.runPageName(runID: $0.header.runID) },
            runs: summaries.reversed().map(\.indexRow), trends: RunSummary.trends(Array(summaries.suffix(trendLength))))
        return (pages.reversed(), index, latestAlerts)
    }

    /// The page of `run` with `earlier` summaries (oldest first) in its trends, its own summary and
    /// alerts; `nil` when the run is no longer in the store.
    private func page(
        of run: RunRecord, earlier: [RunSummary], store: RunStore
    ) throws -> (
        report: RunReport, summary: RunSummary, alerts: [AlertOutcome]
    )? {
        guard let contents = try store.overview(ofRun: run.id, findingLimit: ReportBuilder.findingLimit) else {
            return nil
        }
        let statistics = RunStatistics(contents)
        let alerts = evaluator.evaluate(statistics, earlierCosts: try store.runCosts(before: run.startedAt))
        let builder = ReportBuilder(traceURL: traceURL)
        let summary = RunSummary(
            contents: contents, statistics: statistics, alerts: alerts, status: builder.status(contents))
        let report = builder.report(contents, statistics: statistics, alerts: alerts, history: earlier + [summary])
        return (report, summary, alerts)
    }
}
