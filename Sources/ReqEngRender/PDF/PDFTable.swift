/// A table to flow: columns with relative widths, rows of cells made of text runs.
struct PDFTable {
    /// A column: its header text, relative width and alignment.
    struct Column {
        var title: String
        var weight: Double
        var alignment: PDFAlignment = .left
    }

    /// A row; `fill` tints it (inferred requirements), `anchor` names it, `links` make cells clickable.
    struct Row {
        var cells: [[PDFTextRun]]
        var fill: PDFColor? = nil
        var anchor: String? = nil
        /// Column index to anchor name.
        var links: [Int: String] = [:]
    }

    var columns: [Column]
    var rows: [Row]
    var showHeader = true
    /// Style of the body cells; the title page uses a larger one.
    var cellStyle: PDFTextStyle = .tableCell
}

extension PageFlow {
    private static let padX = 4.0
    private static let padY = 3.0

    /// Lays out a table: the header repeats on every page, rows wrap, and a row too tall for the space left
    /// moves to the next page, or, when taller than a page, is split between two of its lines.
    mutating func table(_ table: PDFTable, after: Double = 10) {
        let total = table.columns.map(\.weight).reduce(0, +)
        let widths = table.columns.map { total > 0 ? frame.width * $0.weight / total : frame.width }
        var offsets: [Double] = []
        var x = frame.left
        for width in widths {
            offsets.append(x)
            x += width
        }
        let headerCells = table.columns.map { [PDFTextRun($0.title)] }
        let headerHeight =
            table.showHeader
            ? zip(headerCells, widths).map {
                engine.measure($0, style: .tableHeader, width: $1 - 2 * Self.padX).height
            }.max().map { $0 + 2 * Self.padY } ?? 0 : 0
        var freshPage = false

        func header(_ flow: inout PageFlow) {
            guard table.showHeader else {
                flow.add(
                    .rule(
                        PDFRule(
                            x1: flow.frame.left, y1: flow.y, x2: flow.frame.right, y2: flow.y, lineWidth: 0.8,
                            color: .rule)))
                return
            }
            let top = flow.y
            flow.add(
                .fill(
                    PDFFill(
                        x: flow.frame.left, y: top, width: flow.frame.width, height: headerHeight, color: .headerFill)))
            flow.add(
                .rule(
                    PDFRule(x1: flow.frame.left, y1: top, x2: flow.frame.right, y2: top, lineWidth: 0.8, color: .rule)))
            for (index, cell) in headerCells.enumerated() {
                let column = table.columns[index]
                flow.add(
                    .text(
                        PDFTextBox(
                            x: offsets[index] + Self.padX, y: top + Self.padY, width: widths[index] - 2 * Self.padX,
                            height: headerHeight - 2 * Self.padY, style: .tableHeader, alignment: column.alignment,
                            runs: cell)))
            }
            flow.y = top + headerHeight
            flow.add(
                .rule(
                    PDFRule(
                        x1: flow.frame.left, y1: flow.y, x2: flow.frame.right, y2: flow.y, lineWidth: 0.6, color: .rule)
                ))
        }

        func continueOnNextPage(_ flow: inout PageFlow) {
            flow.closeTable()
            flow.newPage()
            header(&flow)
            freshPage = true
        }

        // Keep the header with (the start of) the first row; a row is only split when it starts a page.
        let firstRowHeight =
            table.rows.first.map { row in
                row.cells.enumerated().map { index, runs in
                    engine.measure(runs, style: table.cellStyle, width: widths[index] - 2 * Self.padX).height
                }.max() ?? 0
            } ?? 0
        keep(headerHeight + min(firstRowHeight, 60) + 2 * Self.padY)
        freshPage = isAtPageTop
        header(&self)
        for row in table.rows {
            var cells = row.cells
            var firstPart = true
            while true {
                let measures = cells.enumerated().map { index, runs in
                    engine.measure(
                        runs, style: table.cellStyle, width: widths[index] - 2 * Self.padX,
                        alignment: table.columns[index].alignment)
                }
                let height = (measures.map(\.height).max() ?? 0) + 2 * Self.padY
                if height <= remaining {
                    place(
                        row, cells: cells, height: height, offsets: offsets, widths: widths, table: table,
                        anchored: firstPart)
                    freshPage = false
                    break
                }
                if !freshPage && height <= frame.height - headerHeight {
                    continueOnNextPage(&self)
                    continue
                }
                let available = remaining - 2 * Self.padY
                var heads: [[PDFTextRun]] = []
                var tails: [[PDFTextRun]] = []
                var headHeight = 0.0
                for (runs, measure) in zip(cells, measures) {
                    let fitting = measure.lines.filter { $0.bottom <= available }
                    if fitting.count == measure.lines.count {
                        heads.append(runs)
                        tails.append([])
                        headHeight = max(headHeight, measure.height)
                    } else if let last = fitting.last {
                        let parts = runs.split(atByte: measure.lines[fitting.count].start)
                        heads.append(parts.head)
                        tails.append(parts.tail)
                        headHeight = max(headHeight, last.bottom)
                    } else {
                        heads.append([])
                        tails.append(runs)
                    }
                }
                if headHeight == 0 {
                    if freshPage {
                        // A single line taller than the page: print the row rather than loop.
                        place(
                            row, cells: cells, height: height, offsets: offsets, widths: widths, table: table,
                            anchored: firstPart)
                        break
                    }
                    continueOnNextPage(&self)
                    continue
                }
                place(
                    row, cells: heads, height: headHeight + 2 * Self.padY, offsets: offsets, widths: widths,
                    table: table, anchored: firstPart)
                firstPart = false
                cells = tails
                continueOnNextPage(&self)
            }
        }
        closeTable()
        space(after)
    }

    /// The closing rule under the last row on a page.
    private mutating func closeTable() {
        add(.rule(PDFRule(x1: frame.left, y1: y, x2: frame.right, y2: y, lineWidth: 0.8, color: .rule)))
    }

    private mutating func place(
        _ row: PDFTable.Row, cells: [[PDFTextRun]], height: Double, offsets: [Double], widths: [Double],
        table: PDFTable, anchored: Bool
    ) {
        let top = y
        if let fill = row.fill {
            add(.fill(PDFFill(x: frame.left, y: top, width: frame.width, height: height, color: fill)))
        }
        if anchored, let anchor = row.anchor {
            add(.anchor(PDFAnchor(name: anchor, x: frame.left, y: top)))
        }
        for (index, runs) in cells.enumerated() where !runs.isEmpty && index < offsets.count {
            add(
                .text(
                    PDFTextBox(
                        x: offsets[index] + Self.padX, y: top + Self.padY, width: widths[index] - 2 * Self.padX,
                        height: height - 2 * Self.padY, style: table.cellStyle,
                        alignment: table.columns[index].alignment, runs: runs)))
            if let destination = row.links[index] {
                add(
                    .link(
                        PDFLink(
                            x: offsets[index], y: top, width: widths[index], height: height, destination: destination)))
            }
        }
        y = top + height
        add(.rule(PDFRule(x1: frame.left, y1: y, x2: frame.right, y2: y, lineWidth: 0.4, color: .lightRule)))
    }
}
