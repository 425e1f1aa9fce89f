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
