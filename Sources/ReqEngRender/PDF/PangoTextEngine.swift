import CPangoCairo

/// Pango state for one render: a font session (font map and context at 72 dpi, and the layouts it
/// shaped) used both to measure text during layout and to give the painter the layouts it shows, so
/// measured and printed lines are the same.
///
/// Not Sendable: it wraps C objects and lives inside a single `render` or `layoutDump` call.
final class PangoTextEngine {
    /// A measured text block: its height and where each line starts.
    struct Measure {
        var height: Double
        /// UTF-8 byte offset and bottom edge (from the block's top) of every line.
        var lines: [(start: Int, bottom: Double)]
    }

    private let session: PangoFontSession
    private let family: String

    /// An engine drawing on `session`, which nothing else may use until this engine is gone.
    init(family: String, session: PangoFontSession) {
        self.session = session
        self.family = family
    }

    /// A new Pango layout of `runs` wrapped at `width` points; the caller owns it (`g_object_unref`).
    func makeLayout(
        _ runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment
    ) -> OpaquePointer? {
        guard let layout = pango_layout_new(session.context) else { return nil }
        pango_layout_set_font_description(layout, session.font(for: style, family: family))
        pango_layout_set_width(layout, Int32((max(width, 1) * Double(PANGO_SCALE)).rounded(.down)))
        // Break between characters when a word alone is wider than the box (a 500-character token).
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        var text = ""
        let attributes = pango_attr_list_new()
        for run in runs {
            let start = UInt32(text.utf8.count)
            text += run.text
            let end = UInt32(text.utf8.count)
            let attribute: UnsafeMutablePointer<PangoAttribute>? =
                switch run.emphasis {
                case .regular: nil
                case .bold: pango_attr_weight_new(PANGO_WEIGHT_BOLD)
                case .italic: pango_attr_style_new(PANGO_STYLE_ITALIC)
                }
            if let attribute {
                attribute.pointee.start_index = start
                attribute.pointee.end_index = end
                pango_attr_list_insert(attributes, attribute)
            }
        }
        // Plain text, never markup: nothing in the transcripts is interpreted.
        text.withCString { pango_layout_set_text(layout, $0, Int32(text.utf8.count)) }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        return layout
    }

    /// The layout for a box, for the caller to draw and release (`g_object_unref`): the one shaped
    /// when the box was measured, or for an identical box, if the session still holds it, else new.
    ///
    /// A new one is kept too (when the session has room): the running header and footer of every
    /// page are painted without being measured, and are the same boxes on each page.
    func takeLayout(_ runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment) -> OpaquePointer?
    {
        withLayout(key(runs, style: style, width: width, alignment: alignment)) { layout in
            if let layout { g_object_ref(UnsafeMutableRawPointer(layout)) }
            return layout
        }
    }

    /// Height and line starts of `runs` laid out at `width`: read from Pango once per session's
    /// layout, then kept with it.
    func measure(_ runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment = .left) -> Measure {
        let key = key(runs, style: style, width: width, alignment: alignment)
        if let entry = session.layouts.entry(for: key) {
            if let measure = entry.measure { return measure }
            let measure = Self.measure(entry.layout)
            entry.measure = measure
            return measure
        }
        guard let layout = makeLayout(runs, style: style, width: width, alignment: alignment) else {
            return Measure(height: style.size * 1.2, lines: [(0, style.size * 1.2)])
        }
        let measure = Self.measure(layout)
        if let entry = session.layouts.insert(layout, for: key) {
            entry.measure = measure
        } else {
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
        return measure
    }

    /// The session's cache key of a box.
    func key(
        _ runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment
    ) -> PangoLayoutCache.Key {
        PangoLayoutCache.Key(runs: runs, style: style, width: width, alignment: alignment, family: family)
    }

    /// Runs `body` on the session's layout of `key`, shaping it (and keeping it, when the session has
    /// room) first if the session has none; `nil` when Pango could not make one.
    private func withLayout<T>(_ key: PangoLayoutCache.Key, _ body: (OpaquePointer?) -> T) -> T {
        if let layout = session.layouts.layout(for: key) { return body(layout) }
        guard let layout = makeLayout(key.runs, style: key.style, width: key.width, alignment: key.alignment) else {
            return body(nil)
        }
        if session.layouts.insert(layout, for: key) != nil { return body(layout) }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return body(layout)
    }

    private static func measure(_ layout: OpaquePointer) -> Measure {
        var lines: [(start: Int, bottom: Double)] = []
        if let iterator = pango_layout_get_iter(layout) {
            repeat {
                var top: Int32 = 0
                var bottom: Int32 = 0
                pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
                let start = Int(pango_layout_iter_get_index(iterator))
                lines.append((start, Double(bottom) / Double(PANGO_SCALE)))
            } while pango_layout_iter_next_line(iterator) != 0
            pango_layout_iter_free(iterator)
        }
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return Measure(height: Double(height) / Double(PANGO_SCALE), lines: lines)
    }

    /// Natural width of a single line of text, for labels and right-aligned numbers.
    func naturalWidth(_ runs: [PDFTextRun], style: PDFTextStyle) -> Double {
        withLayout(key(runs, style: style, width: Self.unwrappedWidth, alignment: .left)) { layout in
            guard let layout else { return 0 }
            var logical = PangoRectangle()
            pango_layout_get_extents(layout, nil, &logical)
            return Double(logical.width) / Double(PANGO_SCALE)
        }
    }

    /// A width no single line of an RD reaches, for text measured without wrapping.
    private static let unwrappedWidth = 100_000.0
}
