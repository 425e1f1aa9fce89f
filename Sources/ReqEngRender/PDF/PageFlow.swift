/// Flows blocks (paragraphs, headings, tables, charts) down the content area of successive pages.
///
/// Anything taller than the space left either moves to the next page (headings, charts, short rows) or is
/// split between two lines of text (long paragraphs and long table rows), so nothing overflows a page.
struct PageFlow {
    /// The printable area of a page, in points from the top-left corner.
    struct Frame {
        var left: Double
        var top: Double
        var width: Double
        var bottom: Double

        var right: Double { left + width }
        var height: Double { bottom - top }
    }

    /// A heading placed in the flow, for the table of contents and the outline.
    struct Heading {
        var number: String
        var title: String
        var level: Int
        var page: Int
        var y: Double
        var anchor: String
    }

    let engine: PangoTextEngine
    let frame: Frame
    private(set) var pages: [PDFPage] = [PDFPage()]
    var y: Double
    private(set) var headings: [Heading] = []

    init(engine: PangoTextEngine, frame: Frame) {
        self.engine = engine
        self.frame = frame
        self.y = frame.top
    }

    var pageIndex: Int { pages.count - 1 }
    var remaining: Double { frame.bottom - y }
    var isAtPageTop: Bool { y <= frame.top + 0.01 }

    mutating func add(_ box: PDFBox) {
        pages[pages.count - 1].boxes.append(box)
    }

    mutating func newPage() {
        pages.append(PDFPage())
        y = frame.top
    }

    /// Starts a new page unless `height` points still fit on this one.
    mutating func keep(_ height: Double) {
        if height > remaining && !isAtPageTop { newPage() }
    }

    mutating func space(_ points: Double) {
        y = min(y + points, frame.bottom)
    }

    /// Moves the cursor down to `y` (after a block drawn by the caller).
    mutating func advance(to newY: Double) {
        y = max(y, newY)
    }

    /// A numbered heading, kept with at least `keepWithNext` points of what follows.
    mutating func heading(
        number: String, title: String, level: Int, anchor: String, keepWithNext: Double = 60
    ) {
        let style: PDFTextStyle = level == 1 ? .heading1 : level == 2 ? .heading2 : .heading3
        let before: Double = level == 1 ? 16 : level == 2 ? 10 : 6
        if !isAtPageTop { space(before) }
        let runs = [PDFTextRun(number.isEmpty ? title : "\(number)  \(title)")]
        let height = engine.measure(runs, style: style, width: frame.width).height
        keep(height + keepWithNext)
        add(.anchor(PDFAnchor(name: anchor, x: frame.left, y: y)))
        add(
            .text(
                PDFTextBox(
                    x: frame.left, y: y, width: frame.width, height: height, style: style, alignment: .left, runs: runs)
            ))
        headings.append(Heading(number: number, title: title, level: level, page: pageIndex, y: y, anchor: anchor))
        y += height
        if level == 1 {
            y += 3
            add(.rule(PDFRule(x1: frame.left, y1: y, x2: frame.right, y2: y, lineWidth: 0.8, color: .accent)))
            y += 8
        } else {
            y += 4
        }
    }

    /// A paragraph across the full width, split between lines when it reaches the bottom of the page.
    mutating func paragraph(
        _ runs: [PDFTextRun], style: PDFTextStyle = .body, alignment: PDFAlignment = .justify, after: Double = 6
    ) {
        var rest = runs
        while !rest.isEmpty {
            let measure = engine.measure(rest, style: style, width: frame.width, alignment: alignment)
            if measure.height <= remaining {
                add(
                    .text(
                        PDFTextBox(
                            x: frame.left, y: y, width: frame.width, height: measure.height, style: style,
                            alignment: alignment, runs: rest)))
                y += measure.height
                break
            }
            let fitting = measure.lines.filter { $0.bottom <= remaining }
            guard let last = fitting.last, fitting.count < measure.lines.count else {
                if isAtPageTop {
                    // Only a line taller than a whole page gets here: print it rather than loop.
                    add(
                        .text(
                            PDFTextBox(
                                x: frame.left, y: y, width: frame.width, height: measure.height, style: style,
                                alignment: alignment, runs: rest)))
                    y = frame.bottom
                    break
                }
                newPage()
                continue
            }
            let next = measure.lines[fitting.count].start
            let (head, tail) = rest.split(atByte: next)
            add(
                .text(
                    PDFTextBox(
                        x: frame.left, y: y, width: frame.width, height: last.bottom, style: style,
                        alignment: alignment, runs: head)))
            rest = tail
            newPage()
        }
        space(after)
    }
}
