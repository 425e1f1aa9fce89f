/// A horizontal bar chart drawn with vector boxes: one labelled bar per category, with a light value grid.
struct PDFBarChart {
    /// One bar.
    struct Bar {
        var label: String
        var value: Int
        var color: PDFColor = .barFill
    }

    var caption: String
    var bars: [Bar]
}

extension PageFlow {
    /// Lays out a bar chart, kept whole on one page.
    mutating func barChart(_ chart: PDFBarChart, after: Double = 12) {
        let rowHeight = 13.0
        let barHeight = 8.0
        let labelWidth = 130.0
        let valueWidth = 34.0
        let captionHeight = engine.measure([PDFTextRun(chart.caption)], style: .caption, width: frame.width).height
        let axisHeight = 12.0
        let height = captionHeight + 6 + Double(chart.bars.count) * rowHeight + axisHeight
        keep(height)
        let maximum = max(chart.bars.map(\.value).max() ?? 0, 1)
        let step = Self.gridStep(for: maximum)
        let scaleMaximum = Double(((maximum + step - 1) / step) * step)
        let plotLeft = frame.left + labelWidth + 8
        let plotWidth = frame.width - labelWidth - 8 - valueWidth
        let plotTop = y + captionHeight + 6
        let plotBottom = plotTop + Double(chart.bars.count) * rowHeight

        add(
            .text(
                PDFTextBox(
                    x: frame.left, y: y, width: frame.width, height: captionHeight, style: .caption, alignment: .left,
                    runs: [PDFTextRun(chart.caption)])))
        var tick = 0
        while Double(tick) <= scaleMaximum {
            let x = plotLeft + plotWidth * Double(tick) / scaleMaximum
            add(
                .rule(
                    PDFRule(
                        x1: x, y1: plotTop, x2: x, y2: plotBottom, lineWidth: tick == 0 ? 0.8 : 0.4,
                        color: tick == 0 ? .rule : .lightRule)))
            add(
                .text(
                    PDFTextBox(
                        x: x - 20, y: plotBottom + 2, width: 40, height: axisHeight - 2, style: .chartLabel,
                        alignment: .center, runs: [PDFTextRun(String(tick))], color: .muted)))
            tick += step
        }
        for (index, bar) in chart.bars.enumerated() {
            let rowTop = plotTop + Double(index) * rowHeight
            add(
                .text(
                    PDFTextBox(
                        x: frame.left, y: rowTop + 2, width: labelWidth, height: rowHeight - 2, style: .chartLabel,
                        alignment: .right, runs: [PDFTextRun(bar.label)])))
            let length = plotWidth * Double(bar.value) / scaleMaximum
            if length > 0 {
                add(
                    .fill(
                        PDFFill(
                            x: plotLeft, y: rowTop + (rowHeight - barHeight) / 2, width: length, height: barHeight,
                            color: bar.color)))
            }
            add(
                .text(
                    PDFTextBox(
                        x: plotLeft + length + 4, y: rowTop + 2, width: valueWidth - 4, height: rowHeight - 2,
                        style: .chartLabel, alignment: .left, runs: [PDFTextRun(String(bar.value))])))
        }
        y = plotBottom + axisHeight
        space(after)
    }

    /// The smallest round step (1, 2 or 5 times a power of ten) that needs at most six grid intervals.
    static func gridStep(for maximum: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where (maximum + magnitude * factor - 1) / (magnitude * factor) <= 6 {
                return magnitude * factor
            }
            magnitude *= 10
        }
    }
}
