import ReqEngModel

/// Renders the Requirements Document as a PDF with Cairo and Pango, from the same model as the Markdown and
/// JSON renderers.
///
/// Stages: compose (measure text with Pango, flow it into pages, number them) → `PDFLayout` → paint with
/// Cairo. `layoutDump` prints the intermediate layout, which is what golden tests compare.
package struct PDFRenderer: Sendable {
    package var options: PDFOptions

    package init(options: PDFOptions = .init()) {
        self.options = options
    }

    /// The PDF file for `document`; identical documents give byte-identical files.
    package func render(_ document: RequirementsDocument) throws(PDFRenderError) -> [UInt8] {
        let session = PangoFontSession.pool.checkOut()
        defer { PangoFontSession.pool.checkIn(session) }
        return try render(document, session: session)
    }

    /// The PDF file for `document`, shaped with the fonts of `session`.
    func render(_ document: RequirementsDocument, session: PangoFontSession) throws(PDFRenderError) -> [UInt8] {
        let engine = PangoTextEngine(family: options.fontFamily, session: session)
        let layout = PDFDocumentComposer(document: document, options: options, engine: engine).compose()
        return try PDFPainter(layout: layout, engine: engine).paint()
    }

    /// The page layout of `document` without painting it.
    package func layout(_ document: RequirementsDocument) -> PDFLayout {
        let session = PangoFontSession.pool.checkOut()
        defer { PangoFontSession.pool.checkIn(session) }
        return layout(document, session: session)
    }

    // The engine is gone when these return, before the session (and the layouts it keeps) goes back
    // to the pool for another render.
    private func layout(_ document: RequirementsDocument, session: PangoFontSession) -> PDFLayout {
        let engine = PangoTextEngine(family: options.fontFamily, session: session)
        return PDFDocumentComposer(document: document, options: options, engine: engine).compose()
    }

    /// A text dump of the page layout (boxes with rounded positions), stable enough for golden files.
    package func layoutDump(_ document: RequirementsDocument) -> String {
        layout(document).dump()
    }
}
