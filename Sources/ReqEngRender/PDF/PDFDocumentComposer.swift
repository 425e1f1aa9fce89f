import ReqEngModel

/// Turns a `RequirementsDocument` into a `PDFLayout`: title page, contents, the numbered sections, running
/// header and footer with "Page N of M", and the outline.
///
/// Page numbers need two passes: the body is laid out first, then the contents pages (whose count shifts
/// every body page), then the page furniture once the total is known.
struct PDFDocumentComposer {
    let document: RequirementsDocument
    let options: PDFOptions
    let engine: PangoTextEngine

    /// Margins in points: 20 mm at the sides, room for the running header and footer.
    static let sideMargin = 56.7
    static let topMargin = 72.0
    static let bottomMargin = 64.0

    var frame: PageFlow.Frame {
        PageFlow.Frame(
            left: Self.sideMargin, top: Self.topMargin, width: options.paper.width - 2 * Self.sideMargin,
            bottom: options.paper.height - Self.bottomMargin)
    }

    func compose() -> PDFLayout {
        var body = PageFlow(engine: engine, frame: frame)
        composeSections(&body)
        let headings = body.headings
        // Printed number of body page i (0-based) = i + 1 (title page) + contents pages + 1. The contents
        // length does not depend on the numbers printed in it, so one trial run gives it.
        let contentsPages = composeContents(headings, pageOffset: 2).pages.count
        let contents = composeContents(headings, pageOffset: 2 + contentsPages)
        let offset = 1 + contents.pages.count
        var pages = [composeTitlePage()] + contents.pages + body.pages
        addRunningHeaders(&pages)

        var outline = [PDFOutlineEntry(title: "Contents", level: 1, page: 1, y: frame.top)]
        for heading in headings {
            let title = heading.number.isEmpty ? heading.title : "\(heading.number) \(heading.title)"
            outline.append(
                PDFOutlineEntry(
                    title: PDFTextRun(title).text, level: heading.level, page: heading.page + offset, y: heading.y))
        }
        return PDFLayout(
            pageWidth: options.paper.width, pageHeight: options.paper.height, pages: pages, outline: outline,
            metadata: metadata)
    }

    /// The information dictionary; the dates come from the run, so identical runs give identical files.
    var metadata: PDFMetadata {
        PDFMetadata(
            title: PDFTextRun(document.title).text,
            author: PDFTextRun(options.author).text,
            subject: PDFTextRun("Requirements Document of project \(document.project) (ISO/IEC/IEEE 29148)").text,
            keywords: PDFTextRun("requirements, SRS, ISO/IEC/IEEE 29148, \(document.project)").text,
            creator: PDFTextRun("reqeng \(document.run.toolVersion)").text,
            createDate: Self.cairoDate(document.run.generatedAt))
    }

    /// `generatedAt` in the `YYYY-MM-DDThh:mm:ss[Z|±hh:mm]` form Cairo parses, or the epoch if it is not ISO 8601.
    static func cairoDate(_ value: String) -> String {
        let bytes = Array(value.utf8)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        let separators: [(Int, UInt8)] = [(4, 0x2D), (7, 0x2D), (10, 0x54), (13, 0x3A), (16, 0x3A)]
        guard bytes.count >= 19, digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            separators.allSatisfy({ bytes[$0.0] == $0.1 || ($0.0 == 10 && bytes[$0.0] == 0x20) })
        else { return "1970-01-01T00:00:00Z" }
        let base =
            String(decoding: bytes[0..<10], as: UTF8.self) + "T" + String(decoding: bytes[11..<19], as: UTF8.self)
        var rest = bytes[19...].drop { $0 == 0x2E || (0x30...0x39).contains($0) }
        if rest.first == 0x5A || rest.first == 0x7A { return base + "Z" }
        if let sign = rest.first, sign == 0x2B || sign == 0x2D {
            rest = rest.dropFirst()
            let zone = rest.filter { (0x30...0x39).contains($0) }
            if zone.count == 4 {
                let text = String(decoding: zone, as: UTF8.self)
                return base + String(UnicodeScalar(sign)) + text.prefix(2) + ":" + text.suffix(2)
            }
        }
        return base + "Z"
    }

    /// `generatedAt` as readers expect it on paper: `2024-05-01 09:30 UTC`.
    var displayDate: String {
        let iso = Self.cairoDate(document.run.generatedAt)
        guard iso.hasSuffix("Z") else { return String(iso.map { $0 == "T" ? " " : $0 }) }
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }

    private func addRunningHeaders(_ pages: inout [PDFPage]) {
        let total = pages.count
        let width = options.paper.width
        let height = options.paper.height
        let left = Self.sideMargin
        let right = width - Self.sideMargin
        let half = (right - left) / 2
        let engineName = document.run.model.map { "\(document.run.engine) (\($0))" } ?? document.run.engine
        for index in pages.indices where index > 0 {
            let headerY = 40.0
            let footerY = height - 46
            let boxes: [PDFBox] = [
                .text(
                    PDFTextBox(
                        x: left, y: headerY, width: half, height: 10, style: .pageHeader, alignment: .left,
                        runs: [PDFTextRun(document.title)])),
                .text(
                    PDFTextBox(
                        x: left + half, y: headerY, width: half, height: 10, style: .pageHeader, alignment: .right,
                        runs: [PDFTextRun("Requirements Document · \(document.project)")])),
                .rule(PDFRule(x1: left, y1: headerY + 13, x2: right, y2: headerY + 13, lineWidth: 0.5, color: .rule)),
                .rule(PDFRule(x1: left, y1: footerY, x2: right, y2: footerY, lineWidth: 0.5, color: .rule)),
                .text(
                    PDFTextBox(
                        x: left, y: footerY + 5, width: half + 60, height: 10, style: .pageFooter, alignment: .left,
                        runs: [PDFTextRun("reqeng \(document.run.toolVersion) · \(engineName) engine · \(displayDate)")]
                    )),
                .text(
                    PDFTextBox(
                        x: right - 120, y: footerY + 5, width: 120, height: 10, style: .pageFooter, alignment: .right,
                        runs: [PDFTextRun("Page \(index + 1) of \(total)")])),
            ]
            pages[index].boxes.append(contentsOf: boxes)
        }
    }
}
