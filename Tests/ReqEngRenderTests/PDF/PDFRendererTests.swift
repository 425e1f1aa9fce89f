import Foundation
import ReqEngModel
import Testing

@testable import ReqEngRender

/// The PDF renderer's layout: golden dumps, pagination, page furniture and determinism.
@Suite("PDF renderer")
struct PDFRendererTests {
    @Test("layout dump matches the golden file", arguments: [PDFOptions.Paper.a4, .letter])
    func goldenDump(paper: PDFOptions.Paper) throws {
        let dump = PDFRenderer(options: PDFOptions(paper: paper)).layoutDump(PDFFixtures.clinic)
        try GoldenFile.expectMatch(dump, named: "PDF/clinic-\(paper.rawValue).txt")
    }

    @Test("two renders of the same document are byte-identical and dated by the run")
    func deterministic() throws {
        let renderer = PDFRenderer()
        let first = try renderer.render(PDFFixtures.clinic)
        Thread.sleep(forTimeInterval: 1.1)
        let second = try renderer.render(PDFFixtures.clinic)
        #expect(first == second)
        #expect(first.starts(with: Array("%PDF-".utf8)))
        // Cairo 1.16 writes the dates without the `D:` prefix.
        let text = String(decoding: first, as: UTF8.self)
        let created = text.contains("/CreationDate (20250314092653Z)")
        let modified = text.contains("/ModDate (20250314092653Z)")
        #expect(created)
        #expect(modified)
    }

    @Test("a font session reused across documents gives the bytes of a fresh one")
    func reusedSessionMatchesFresh() throws {
        let renderer = PDFRenderer()
        let fresh = try renderer.render(PDFFixtures.clinic, session: PangoFontSession())
        let session = PangoFontSession()
        _ = try renderer.render(PDFFixtures.hostile, session: session)
        _ = try renderer.render(PDFFixtures.large(40), session: session)
        let reused = try renderer.render(PDFFixtures.clinic, session: session)
        #expect(reused == fresh)
        let letter = try PDFRenderer(options: PDFOptions(paper: .letter)).render(PDFFixtures.clinic, session: session)
        #expect(letter != fresh)
    }

    @Test("the session pool hands each concurrent render its own session and keeps them for the next")
    func sessionPool() {
        let pool = PangoFontSession.Pool()
        let first = pool.checkOut()
        let second = pool.checkOut()
        #expect(first !== second)
        pool.checkIn(first)
        pool.checkIn(second)
        #expect(pool.idleCount == 2)
        let again = pool.checkOut()
        #expect(again === second || again === first)
        #expect(pool.idleCount == 1)
        for _ in 0..<(PangoFontSession.Pool.idleLimit + 4) { pool.checkIn(PangoFontSession()) }
        #expect(pool.idleCount == PangoFontSession.Pool.idleLimit)
    }

    @Test("every page but the title page carries 'Page N of M'")
    func pageNumbers() {
        let layout = PDFRenderer().layout(PDFFixtures.large(60))
        #expect(layout.pages.count > 5)
        for (index, page) in layout.pages.enumerated().dropFirst() {
            let footer = page.boxes.texts.filter { $0.style == .pageFooter }.map(\.text)
            #expect(footer.contains("Page \(index + 1) of \(layout.pages.count)"))
        }
    }

    @Test("contents entries point at the page their section starts on")
    func contentsPageNumbers() {
        let layout = PDFRenderer().layout(PDFFixtures.large(120))
        var anchorPages: [String: Int] = [:]
        for (index, page) in layout.pages.enumerated() {
            for case .anchor(let anchor) in page.boxes { anchorPages[anchor.name] = index + 1 }
        }
        var checked = 0
        for page in layout.pages.dropFirst() {
            for case .link(let link) in page.boxes where link.destination.hasPrefix("sec-") {
                let number = page.boxes.texts.first {
                    $0.style.rawValue.hasPrefix("toc") && $0.alignment == .right
                        && abs($0.y + $0.height - link.y - link.height) < 1
                }
                #expect(number?.text == anchorPages[link.destination].map(String.init))
                checked += 1
            }
        }
        #expect(checked >= 15)
        let outlinePages = Dictionary(
            layout.outline.map { ($0.title, $0.page + 1) }, uniquingKeysWith: { first, _ in first })
        #expect(outlinePages["7 Traceability matrix"] == anchorPages["sec-7"])
    }

    @Test("long tables repeat their header on every page and stay inside the frame")
    func largeTables() {
        let layout = PDFRenderer().layout(PDFFixtures.large(400))
        let headerPages = layout.pages.filter { page in
            page.boxes.texts.contains { $0.style == .tableHeader && $0.text == "Statement" }
        }
        #expect(headerPages.count >= 15)
        let bottom = layout.pageHeight - PDFDocumentComposer.bottomMargin
        for page in layout.pages {
            for box in page.boxes.texts where box.style != .pageFooter {
                #expect(box.y + box.height <= bottom + 0.5)
                #expect(box.x + box.width <= layout.pageWidth - PDFDocumentComposer.sideMargin + 0.5)
            }
        }
        let ids = Set(layout.pages.flatMap { $0.boxes.texts.flatMap(\.runs) }.map(\.text))
        #expect((1...400).allSatisfy { ids.contains("REQ-\($0)") })
    }

    @Test("a row taller than a page is split between lines and loses no text")
    func rowSplit() {
        var document = PDFFixtures.clinic
        let statement = (1...700).map { "word\($0)" }.joined(separator: " ")
        document.requirements[2].statement = statement
        let layout = PDFRenderer().layout(document)
        let pieces = layout.pages.enumerated().flatMap { index, page in
            page.boxes.texts.filter { $0.style == .tableCell && $0.text.hasPrefix("word") || $0.text.contains(" word") }
                .map { (index, $0.text) }
        }
        #expect(Set(pieces.map(\.0)).count >= 2)
        #expect(pieces.map(\.1).joined() == statement)
    }
}

extension [PDFBox] {
    /// The text boxes among the boxes.
    var texts: [PDFTextBox] {
        compactMap { box in
            if case .text(let text) = box { return text }
            return nil
        }
    }
}
