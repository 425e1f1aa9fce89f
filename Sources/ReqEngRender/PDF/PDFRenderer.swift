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
        let engine = PangoTextEngine(family: options.fontFamily)
        let layout = PDFDocumentComposer(document: document, options: options, engine: engine).compose()
        return try PDFPainter(layout: layout, engine: engine).paint()
    }

    /// The page layout of `document` without painting it.
    package func layout(_ document: RequirementsDocument) -> PDFLayout {
        let engine = PangoTextEngine(family: options.fontFamily)
        return PDFDocumentComposer(document: document, options: options, engine: engine).compose()
    }

    /// A text dump of the page layout (boxes with rounded positions), stable enough for golden files.
    package func layoutDump(_ document: RequirementsDocument) -> String {
        layout(document).dump()
    }
}
