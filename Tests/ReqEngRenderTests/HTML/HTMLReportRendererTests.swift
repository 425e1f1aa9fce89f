import Foundation
import ReqEngRender
import Testing

@Suite("HTML report renderer")
struct HTMLReportRendererTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    private func render() async throws -> (run: String, index: String) {
        let renderer = try await HTMLReportRenderer(templateDirectory: Self.templates)
        return (
            String(decoding: try renderer.render(run: ReportFixture.report), as: UTF8.self),
            String(decoding: try renderer.render(index: ReportFixture.index), as: UTF8.self)
        )
    }

    @Test("the run page and the index match their golden files")
    func golden() async throws {
        let (run, index) = try await render()
        try GoldenFile.expectMatch(run, named: "HTML/run.html")
        try GoldenFile.expectMatch(index, named: "HTML/index.html")
    }

    @Test("pages are self-contained: CSP, viewport, print styles, no script and no network reference")
    func selfContained() async throws {
        let (run, index) = try await render()
        for page in [run, index] {
            #expect(
                page.contains(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                ))
            #expect(page.contains("name=\"viewport\""))
            #expect(page.contains("@media print"))
            #expect(!page.contains("<script"))
            #expect(!page.contains("http://") && !page.contains("https://"))
            #expect(!page.contains("<link"))
        }
    }

    @Test("hostile text in values and in chart labels is inert")
    func hostileText() async throws {
        let (run, _) = try await render()
        #expect(!run.contains("<img"))
        #expect(!run.contains("\u{202E}"))
        #expect(run.contains("Clinic &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(run.contains("[U+202E]fdp.exe"))
        // The label drawn inside the SVG is truncated and escaped by our own code.
        #expect(
            run.contains(
                "<text class=\"tick\" x=\"116\" y=\"35\" text-anchor=\"end\">&lt;script&gt;alert(1)&lt;/s…</text>"))
    }

    @Test("a firing alert is highlighted by severity; a quiet one is not")
    func alerts() async throws {
        let (run, _) = try await render()
        #expect(run.contains("<tr class=\"firing critical\"><td class=\"mono\">HighAgentErrorRate</td>"))
        #expect(run.contains("<tr class=\"ok\"><td class=\"mono\">HighLLMErrorRate</td>"))
        #expect(run.contains("1 alert rule(s) firing on this run"))
    }

    @Test("a failed run opens with a red status banner and its reasons, and is never shown a green all-clear")
    func failedRunStatus() async throws {
        let (run, index) = try await render()
        for page in [run, index] {
            #expect(
                page.contains(
                    "<div class=\"banner status failed\" role=\"status\"><strong>Exit status 2: finished with input errors"
                        + "</strong>"))
            #expect(page.contains("<li>project kiosk: no usable transcript</li>"))
            #expect(!page.contains("banner quiet"))
        }
        #expect(run.contains("<li>kiosk/&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(index.contains("<span class=\"badge failed\">2</span>"))
    }

    @Test("a missing trend value is a gap: the line breaks and no point is drawn for it")
    func trendGap() async throws {
        let (run, _) = try await render()
        let spark = try #require(
            run.components(separatedBy: "aria-label=\"p95 agent latency over 3 runs, 1 without a value\"").dropFirst()
                .first?.components(separatedBy: "</svg>").first)
        #expect(spark.components(separatedBy: "<circle").count - 1 == 2)
        #expect(!spark.contains("<polyline"), "two values with a gap between them make no line")
    }

    @Test("LLM tables: tokens and cost per agent, latency per model; or a plain note when there were no calls")
    func llmTables() async throws {
        let (run, _) = try await render()
        #expect(run.contains("<tr><td>extraction</td><td class=\"num\">4</td><td class=\"num\">1</td>"))
        #expect(
            run.contains("<td class=\"mono\">gpt-4o-mini</td><td class=\"num\">4</td><td class=\"num\">820 ms</td>"))
        var builtin = ReportFixture.report
        builtin.llmUsage = []
        builtin.llmLatency = []
        builtin.llmNote = "The built-in engine makes no LLM calls."
        let renderer = try await HTMLReportRenderer(templateDirectory: Self.templates)
        let page = String(decoding: try renderer.render(run: builtin), as: UTF8.self)
        #expect(page.contains("<h2>LLM calls</h2>\n<p class=\"muted\">The built-in engine makes no LLM calls.</p>"))
        #expect(!page.contains("<h3>Tokens and cost by agent</h3>"))
        #expect(!page.contains("<h3>LLM latency by model</h3>"))
    }

    @Test("a template directory without the report templates is named in the error")
    func missingTemplate() async throws {
        let empty = (NSTemporaryDirectory() as NSString).appendingPathComponent("reqeng-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        await #expect(throws: RenderError.templateMissing(name: "report.html", directory: empty)) {
            _ = try await HTMLReportRenderer(templateDirectory: empty)
        }
    }
}

@Suite("HTML text escaping")
struct HTMLTextTests {
    @Test(
        "markup characters become entities and invisible controls become visible",
        arguments: [
            ("<b>", "&lt;b&gt;"),
            ("a & b", "a &amp; b"),
            ("\" onerror='x'", "&quot; onerror=&#39;x&#39;"),
            ("abc\u{202E}def", "abc[U+202E]def"),
            ("zero\u{200B}width", "zero[U+200B]width"),
            ("plain text", "plain text"),
        ])
    func escape(input: String, expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }
}
