import CPangoCairo

/// Pango state for one render: a font session (font map and context at 72 dpi) used both to measure text during layout and to build the layouts the painter shows, so measured
/// and printed lines are the same.
///
/// Not Sendable: it wraps C objects and lives inside a single `render` or `layoutDump` call.
final class PangoTextEngine {
    /// A measured text block: its height and where each line starts.
    struct Measure {
        var height: Double
        /// UTF-8 byte offset and bottom edge (from the block's top) of every line.
        var lines: [(start: Int, bottom: Double)]
    }

    /// What makes two layouts identical; the painter finds the layout measured for a box by it.
    struct LayoutKey: Hashable {
        var runs: [PDFTextRun]
        var style: PDFTextStyle
        var width: Double
        var alignment: PDFAlignment
    }

    /// Layouts built while measuring, kept for the painter so each box is shaped once.
    private var measured: [LayoutKey: OpaquePointer] = [:]
    private let session: PangoFontSession
    private let family: String

    /// An engine drawing on `session`, which nothing else may use until this engine is gone.
    init(family: String, session: PangoFontSession) {
        self.session = session
        self.family = family
    }

    deinit {
        for layout in measured.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
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

    /// The layout for a box: the one measured for it if there is one (handed over to the caller), else new.
    func takeLayout(_ runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment) -> OpaquePointer?
    {
        let key = LayoutKey(runs: runs, style: style, width: width, alignment: alignment)
        if let layout = measured.removeValue(forKey: key) { return layout }
        return makeLayout(runs, style: style, width: width, alignment: alignment)
    }

    /// Height and line starts of `runs` laid out at `width`.
    func measure(_ runs: [PDFTextRun], style: PDFTextStyle, width: Double, alignment: PDFAlignment = .left) -> Measure {
        let key = LayoutKey(runs: runs, style: style, width: width, alignment: alignment)
        guard let layout = measured[key] ?? makeLayout(runs, style: style, width: width, alignment: alignment) else {
            return Measure(height: style.size * 1.2, lines: [(0, style.size * 1.2)])
        }
        if measured[key] == nil && measured.count >= Self.cacheLimit {
            defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
            return measure(layout)
        }
        measured[key] = layout
        return measure(layout)
    }

    /// Layouts kept for the painter at most (about 2 KiB each), so huge documents stay in bounded memory.
    static let cacheLimit = 20_000

    private func measure(_ layout: OpaquePointer) -> Measure {
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
        guard let layout = makeLayout(runs, style: style, width: 100_000, alignment: .left) else { return 0 }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}
