import Foundation
import ReqEngBase
import ReqEngPipeline
import ReqEngReport
import ReqEngStore
import ReqEngTestSupport
import Testing

@Suite("Run store to HTML reports")
struct ReportWriterTests {
    /// Two recorded runs and the reports written from the store.
    private func twoRuns() async throws -> (directory: String, store: RunStore, outcome: ReportWriter.Outcome) {
        let directory = try RunCorpus.temporaryDirectory()
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try RunCorpus.record(recorder, id: "20261127T044500Z-aaaaaa", start: 1_800_000_000, scale: 1)
        try RunCorpus.record(recorder, id: "20261127T054500Z-bbbbbb", start: 1_800_003_600, scale: 2)
        let outcome = try await ReportWriter().writeReports(
            store: recorder.store, layout: OutputLayout(root: directory), templates: RunCorpus.templates)
        return (directory, recorder.store, outcome)
    }

    private func read(_ directory: String, _ path: String) throws -> String {
        try String(contentsOfFile: (directory as NSString).appendingPathComponent(path), encoding: .utf8)
    }

    @Test("two runs give two run pages, an index listing both and trends with two points")
    func twoRunsTwoPages() async throws {
        let (directory, store, outcome) = try await twoRuns()
        #expect(
            outcome.pages == [
                "reports/runs/20261127T054500Z-bbbbbb.html", "reports/runs/20261127T044500Z-aaaaaa.html",
                "reports/index.html",
            ])
        #expect(outcome.latestRunID == "20261127T054500Z-bbbbbb")
        let index = try read(directory, "reports/index.html")
        #expect(index.contains("href=\"runs/20261127T044500Z-aaaaaa.html\""))
        #expect(index.contains("href=\"runs/20261127T054500Z-bbbbbb.html\""))
        let newest = try read(directory, "reports/runs/20261127T054500Z-bbbbbb.html")
        let sparklines = newest.components(separatedBy: "<svg class=\"spark\"").dropFirst()
        #expect(sparklines.count == 4)
        for sparkline in sparklines {
            let svg = sparkline.components(separatedBy: "</svg>")[0]
            #expect(svg.components(separatedBy: "<circle").count - 1 == 2, "one point per run")
        }
        #expect(newest.contains("over 2 runs"))
        let oldest = try read(directory, "reports/runs/20261127T044500Z-aaaaaa.html")
        #expect(oldest.contains("over 1 runs"), "a run's trends stop at that run")
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("pages built from a fixed corpus (fixed clock and ids) match their golden files")
    func golden() async throws {
        let (directory, _, _) = try await twoRuns()
        try Golden.expectMatch(
            try read(directory, "reports/runs/20261127T054500Z-bbbbbb.html"),
            file: RunCorpus.golden.appendingPathComponent("store-run.html"))
        try Golden.expectMatch(
            try read(directory, "reports/index.html"), file: RunCorpus.golden.appendingPathComponent("store-index.html")
        )
    }

    @Test("hostile transcript text ends up as inert text")
    func hostileTextIsInert() async throws {
        let (directory, _, _) = try await twoRuns()
        for page in ["reports/index.html", "reports/runs/20261127T054500Z-bbbbbb.html"] {
            let html = try read(directory, page)
            #expect(!html.contains("<script>"), "\(page): a script element came through")
            #expect(!html.contains("<img"), "\(page): an image element came through")
            #expect(!html.contains("\u{202E}"), "\(page): a bidi override came through")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(page): a script link came through")
            #expect(!html.contains("http://") && !html.contains("https://"), "\(page): a network reference")
        }
        let html = try read(directory, "reports/runs/20261127T054500Z-bbbbbb.html")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("[go](javascript:alert(3)) [U+202E]fdp.exe"))
        #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
        #expect(html.contains("href=\"../../rd/clinic.md\""))
    }

    @Test("the page shows the run's numbers: tiles, per-agent rows and the waterfall of the slowest project")
    func numbers() async throws {
        let (directory, _, outcome) = try await twoRuns()
        let html = try read(directory, "reports/runs/20261127T054500Z-bbbbbb.html")
        #expect(html.contains("<div class=\"label\">Requirements</div><div class=\"value\">10</div>"))
        #expect(html.contains("8 explicit · 2 inferred"))
        #expect(html.contains("<h3>Slowest project: kiosk</h3>"))
        #expect(html.contains("<dt>Started</dt><dd>2027-01-15T09:00:00Z</dd>"))
        #expect(outcome.latestAlerts.map(\.rule.name) == AlertRule.catalog.map(\.name))
        let quality = try #require(outcome.latestAlerts.first { $0.rule.measure == .extractionErrorRatio })
        #expect(quality.value == 2.0 / 10.0)
    }

    @Test("a project without a document is listed as failed, without document links")
    func failedProject() async throws {
        let directory = try RunCorpus.temporaryDirectory()
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try recorder.begin(run: RunCorpus.start("r-failed", at: 1_800_000_000))
        try recorder.record(
            run: "r-failed", project: "empty", document: nil, transcripts: [], executions: [], failures: [],
            error: "no usable transcript")
        try recorder.finish(
            run: "r-failed", endedAt: Date(timeIntervalSince1970: 1_800_000_001), status: .nothingUsable, exitCode: 65)
        let built = try ReportWriter().build(store: recorder.store)
        let project = try #require(built.pages.first?.projects.first)
        #expect(project.error == "no usable transcript")
        #expect(project.links.isEmpty)
        #expect(built.index.runs.map(\.status) == ["failed: no usable transcript"])
        #expect(built.index.runs.map(\.exitCode) == ["65"])
        #expect(built.pages.first?.waterfall == nil)
    }

    @Test("a report from a missing store fails with .missing, and creates nothing")
    func missingStore() throws {
        let directory = try RunCorpus.temporaryDirectory()
        #expect(throws: StoreError.missing(path: directory + "/reqeng.sqlite")) {
            try RunStore.existing(inOutputDirectory: directory)
        }
    }
}
