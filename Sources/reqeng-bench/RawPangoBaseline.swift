import CPangoCairo

/// The floor to compare against: the text of each of our pages laid out as one Pango block onto its own A4
/// PDF page in a plain loop, with none of the document logic (no tables, measuring, links or outline).
///
/// Like `PDFRenderer`, which keeps its font maps from one document to the next, the loop sets up its
/// font map once per process: both are compared in the steady state of a batch.
enum RawPangoBaseline {
    /// The font map and context of every render, made on first use.
    nonisolated(unsafe) private static let context: OpaquePointer? = {
        guard let fontMap = pango_cairo_font_map_new(), let context = pango_font_map_create_context(fontMap)
        else { return nil }
        pango_cairo_context_set_resolution(context, 72)
        return context
    }()

    /// Renders one A4 page per entry of `pages`, each laid out as a single wrapped Pango block; returns the
    /// page count and PDF size.
    static func render(_ pages: [String]) -> (pages: Int, bytes: Int) {
        let counter = ByteCounter()
        let width = 595.276
        let height = 841.89
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                { closure, _, length in
                    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<ByteCounter>.fromOpaque(closure).takeUnretainedValue().count += Int(length)
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(counter).toOpaque(), width, height),
            let cr = cairo_create(surface), let context
        else { return (0, 0) }
        let font = pango_font_description_from_string("DejaVu Sans 7.8")
        for (index, text) in pages.enumerated() {
            guard let layout = pango_layout_new(context) else { continue }
            pango_layout_set_font_description(layout, font)
            pango_layout_set_width(layout, Int32(481.9 * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_text(layout, text, -1)
            if index > 0 { cairo_show_page(cr) }
            cairo_move_to(cr, 56.7, 72)
            pango_cairo_show_layout(cr, layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        pango_font_description_free(font)
        return withExtendedLifetime(counter) { (pages.count, counter.count) }
    }
}

/// Counts the bytes Cairo writes.
final class ByteCounter {
    var count = 0
}
