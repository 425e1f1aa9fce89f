import Foundation
import ReqEngModel
import Testing

@testable import ReqEngRender

/// Untrusted transcript text reaches the page as plain text and cannot change layout or fonts.
@Suite("PDF safety")
struct PDFSafetyTests {
    @Test(
        "control and bidi-override characters are neutralised",
        arguments: [
            ("a\nb", "a b"), ("tab\there", "tab here"), ("nul\u{0}x", "nul x"), ("\u{202E}evil\u{202C}", "evil"),
            ("\u{2066}iso\u{2069}", "iso"), ("<b>kept</b> &amp;", "<b>kept</b> &amp;"), ("Grüße 東京", "Grüße 東京"),
            ("é\u{85}x\u{2028}y\u{7F}", "é x y "), ("\u{FFF9}a — b", "a — b"), ("plain ASCII", "plain ASCII"),
        ])
    func sanitize(input: String, expected: String) {
        #expect(PDFTextRun(input).text == expected)
    }

    @Test("markup in transcripts stays literal text with the style's font")
    func markupIsText() {
        let layout = PDFRenderer().layout(PDFFixtures.hostile)
        let texts = layout.pages.flatMap { $0.boxes.texts }
        let statement = texts.first { $0.text.hasPrefix("<b>bold?</b>") }
        #expect(statement?.style == .tableCell)
        #expect(statement?.text.contains("<span font=\"72\">huge</span> &amp; reversed tab here new line") == true)
        #expect(texts.allSatisfy { box in box.runs.allSatisfy { $0 == .lineBreak || !$0.text.contains("\n") } })
        #expect(!texts.contains { $0.text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0 } })
        #expect(texts.contains { $0.text == "<i>Mira</i> Holt" })
    }

    @Test("a 500-character token wraps inside its cell")
    func longToken() {
        let layout = PDFRenderer().layout(PDFFixtures.hostile)
        let engine = PangoTextEngine(family: "DejaVu Sans", session: PangoFontSession())
        let cell = layout.pages.flatMap { $0.boxes.texts }.first { $0.text.contains("ZZZZZZZZZZ") }
        #expect(cell != nil)
        if let cell {
            let measure = engine.measure(cell.runs, style: cell.style, width: cell.width, alignment: cell.alignment)
            #expect(measure.lines.count >= 5)
            let single = engine.naturalWidth([PDFTextRun(String(repeating: "Z", count: 500))], style: cell.style)
            #expect(single > cell.width * 4)
        }
    }

    @Test("hostile documents render to a PDF")
    func hostileRenders() throws {
        let bytes = try PDFRenderer().render(PDFFixtures.hostile)
        #expect(bytes.count > 10_000)
    }

    @Test(
        "run dates become Cairo dates",
        arguments: [
            ("2025-03-14T09:26:53Z", "2025-03-14T09:26:53Z"), ("2025-03-14T09:26:53.250Z", "2025-03-14T09:26:53Z"),
            ("2025-03-14T09:26:53+0130", "2025-03-14T09:26:53+01:30"), ("2025-03-14 09:26:53", "2025-03-14T09:26:53Z"),
            ("yesterday", "1970-01-01T00:00:00Z"), ("", "1970-01-01T00:00:00Z"),
        ])
    func cairoDate(input: String, expected: String) {
        #expect(PDFDocumentComposer.cairoDate(input) == expected)
    }
}
