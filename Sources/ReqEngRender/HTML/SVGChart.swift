import Foundation

/// Draws ``Chart`` data as inline SVG (no script, no external reference): columns for histograms,
/// horizontal bars for categories. Sizes are in a `viewBox`, so charts scale with the page.
enum SVGChart {
    static func svg(_ chart: Chart) -> String {
        switch chart.style {
        case .columns: columns(chart)
        case .bars: bars(chart)
        }
    }

    /// Vertical columns on a shared baseline, value above, label below.
    static func columns(_ chart: Chart) -> String {
        let width = 320.0
        let height = 150.0
        let top = 16.0
        let bottom = 22.0
        let count = max(chart.bars.count, 1)
        let slot = width / Double(count)
        let peak = max(chart.bars.map(\.value).max() ?? 0, 1e-9)
        var parts = [open(chart, width: width, height: height)]
        parts.append(line(x1: 0, y1: height - bottom, x2: width, y2: height - bottom, css: "axis"))
        for (index, bar) in chart.bars.enumerated() {
            let barHeight = (height - top - bottom) * max(bar.value, 0) / peak
            let x = Double(index) * slot + slot * 0.15
            let y = height - bottom - barHeight
            parts.append(rect(x: x, y: y, width: slot * 0.7, height: barHeight, css: "bar", tip: bar))
            parts.append(text(bar.display, x: x + slot * 0.35, y: y - 3, anchor: "middle", css: "value"))
            parts.append(text(bar.label, x: x + slot * 0.35, y: height - 7, anchor: "middle", css: "tick"))
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// Horizontal bars, one row per category: label left, bar, value right.
    static func bars(_ chart: Chart) -> String {
        let width = 320.0
        let row = 20.0
        let labelWidth = 120.0
        let valueWidth = 56.0
        let height = max(Double(chart.bars.count) * row + 4, 24)
        let peak = max(chart.bars.map(\.value).max() ?? 0, 1e-9)
        var parts = [open(chart, width: width, height: height)]
        if chart.bars.isEmpty {
            parts.append(text("no data", x: 4, y: 16, anchor: "start", css: "tick"))
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = Double(index) * row + 2
            let barWidth = (width - labelWidth - valueWidth) * max(bar.value, 0) / peak
            parts.append(text(truncated(bar.label, to: 20), x: labelWidth - 4, y: y + 13, anchor: "end", css: "tick"))
            parts.append(rect(x: labelWidth, y: y + 2, width: barWidth, height: row - 6, css: "bar", tip: bar))
            parts.append(text(bar.display, x: labelWidth + barWidth + 4, y: y + 13, anchor: "start", css: "value"))
        }
        parts.append("</svg>")
        return parts.joined()
    }

    static func open(_ chart: Chart, width: Double, height: Double) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(chart.title))\"><title>\(HTMLText.escape(chart.title))</title>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, css: String, tip: Chart.Bar? = nil) -> String
    {
        let title = tip.map { "<title>\(HTMLText.escape($0.label)): \(HTMLText.escape($0.display))</title>" } ?? ""
        return "<rect class=\"\(css)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" "
            + "height=\"\(number(height))\">\(title)</rect>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, css: String) -> String {
        "<line class=\"\(css)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\"/>"
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String, css: String) -> String {
        "<text class=\"\(css)\" x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">"
            + "\(HTMLText.escape(content))</text>"
    }

    /// Coordinates with one decimal, so the same data always gives the same bytes.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    static func truncated(_ label: String, to length: Int) -> String {
        label.count <= length ? label : String(label.prefix(length - 1)) + "…"
    }
}
