import CPangoCairo
import Synchronization

/// A Pango font map with its context at 72 dpi, the font descriptions made from it and the layouts
/// shaped with it (``PangoLayoutCache``), reused from one render to the next.
///
/// Setting up a font map (fontconfig matching, loading faces, HarfBuzz tables) cost about 20 ms per
/// document: most of the time for a short RD. Sessions therefore outlive renders, in ``pool``; each
/// is used by one render at a time, so concurrent renders never share Pango objects (which are not
/// thread-safe). Shaping does not depend on what a session rendered before: the same document gives
/// the same bytes from a fresh session or a used one (tested).
final class PangoFontSession: @unchecked Sendable {
    // @unchecked: the pool hands a session to one render at a time; nothing else touches it.

    /// The sessions of this process.
    static let pool = Pool()

    let context: OpaquePointer
    /// Layouts shaped in this session, for the boxes of this render and the next ones.
    let layouts = PangoLayoutCache()
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private var fonts: [FontKey: OpaquePointer] = [:]

    private struct FontKey: Hashable {
        var family: String
        var style: PDFTextStyle
    }

    init() {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        // Points, not pixels: at the default 96 dpi every glyph would come out a third too big.
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The font description of `style` in `family`, made once per session.
    func font(for style: PDFTextStyle, family: String) -> OpaquePointer? {
        let key = FontKey(family: family, style: style)
        if let font = fonts[key] { return font }
        guard let font = pango_font_description_from_string(style.fontDescription(family: family)) else { return nil }
        fonts[key] = font
        return font
    }

    /// Idle sessions, handed out one render at a time.
    final class Pool: Sendable {
        /// Idle sessions kept at most; more are only needed while more renders run at once.
        static let idleLimit = 16
        private let idle = Mutex<[PangoFontSession]>([])

        /// An idle session, or a new one when all are in use.
        func checkOut() -> PangoFontSession {
            idle.withLock { $0.popLast() } ?? PangoFontSession()
        }

        /// Returns a session for the next render.
        func checkIn(_ session: PangoFontSession) {
            session.layouts.trim()
            idle.withLock { sessions in
                if sessions.count < Self.idleLimit { sessions.append(session) }
            }
        }

        /// How many sessions wait idle (for tests).
        var idleCount: Int { idle.withLock { $0.count } }
    }
}
