import CPangoCairo

/// Draws a `PDFLayout` onto a Cairo PDF surface writing into memory, with links, destinations, outline
/// and metadata. All Cairo objects live and die inside `paint()`.
struct PDFPainter {
    let layout: PDFLayout
    let engine: PangoTextEngine

    /// The PDF file's bytes.
    func paint() throws(PDFRenderError) -> [UInt8] {
        let sink = PDFByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                { closure, data, length in
                    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                    let sink = Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue()
                    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                }, closure, layout.pageWidth, layout.pageHeight)
        else { throw .cairo(stage: "create", status: "no surface") }
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), stage: "create")
        setMetadata(surface)

        guard let cr = cairo_create(surface) else { throw .cairo(stage: "draw", status: "no context") }
        defer { cairo_destroy(cr) }
        // Cairo 1.16 writes a damaged structure tree for links unless one tag encloses the whole document.
        cairo_tag_begin(cr, "Document", "")
        for (index, page) in layout.pages.enumerated() {
            if index > 0 { cairo_show_page(cr) }
            for box in page.boxes { draw(box, on: cr) }
        }
        cairo_tag_end(cr, "Document")
        try check(cairo_status(cr), stage: "draw")
        addOutline(surface)
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), stage: "write")
        return withExtendedLifetime(sink) { sink.bytes }
    }

    private func check(_ status: cairo_status_t, stage: String) throws(PDFRenderError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw .cairo(stage: stage, status: String(cString: cairo_status_to_string(status)))
    }

    private func setMetadata(_ surface: OpaquePointer) {
        let metadata = layout.metadata
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            // Both dates come from the run, never the clock, so identical runs give identical bytes.
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.createDate), (CAIRO_PDF_METADATA_MOD_DATE, metadata.createDate),
        ]
        for (field, value) in fields { cairo_pdf_surface_set_metadata(surface, field, value) }
    }

    private func addOutline(_ surface: OpaquePointer) {
        var parents: [Int: Int32] = [0: Int32(CAIRO_PDF_OUTLINE_ROOT)]
        for entry in layout.outline {
            let parent = parents[entry.level - 1] ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let target = "page=\(entry.page + 1) pos=[0 \(PDFNumber.format(entry.y, decimals: 2))]"
            let flags = entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
            parents[entry.level] = cairo_pdf_surface_add_outline(surface, parent, entry.title, target, flags)
        }
    }

    private func draw(_ box: PDFBox, on cr: OpaquePointer) {
        switch box {
        case .text(let text):
            guard
                let pango = engine.takeLayout(
                    text.runs, style: text.style, width: text.width, alignment: text.alignment)
            else { return }
            setColor(text.color ?? text.style.color, on: cr)
            cairo_move_to(cr, text.x, text.y)
            pango_cairo_show_layout(cr, pango)
            g_object_unref(UnsafeMutableRawPointer(pango))
        case .rule(let rule):
            setColor(rule.color, on: cr)
            cairo_set_line_width(cr, rule.lineWidth)
            if rule.dotted {
                var dashes: [Double] = [0.6, 2.4]
                cairo_set_dash(cr, &dashes, 2, 0)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            }
            cairo_move_to(cr, rule.x1, rule.y1)
            cairo_line_to(cr, rule.x2, rule.y2)
            cairo_stroke(cr)
            if rule.dotted {
                cairo_set_dash(cr, nil, 0, 0)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            }
        case .fill(let fill):
            setColor(fill.color, on: cr)
            cairo_rectangle(cr, fill.x, fill.y, fill.width, fill.height)
            cairo_fill(cr)
        case .link(let link):
            let rect = [link.x, link.y, link.width, link.height].map { PDFNumber.format($0, decimals: 2) }
            cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest='\(link.destination)' rect=[\(rect.joined(separator: " "))]")
            cairo_tag_end(cr, CAIRO_TAG_LINK)
        case .anchor(let anchor):
            let position = "x=\(PDFNumber.format(anchor.x, decimals: 2)) y=\(PDFNumber.format(anchor.y, decimals: 2))"
            cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(anchor.name)' \(position)")
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        }
    }

    private func setColor(_ color: PDFColor, on cr: OpaquePointer) {
        let (red, green, blue) = color.rgb
        cairo_set_source_rgb(cr, red, green, blue)
    }
}

/// Receives the PDF bytes from Cairo's write callback; reached through the callback's context pointer.
final class PDFByteSink {
    var bytes: [UInt8] = []
}
