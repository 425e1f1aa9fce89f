/// Draws time-shaped data as inline SVG: the waterfall of a project and the sparklines of trends.
enum SVGTimeline {
    /// One row per agent execution, its bar starting at its offset from the project's first one.
    static func waterfall(_ waterfall: Waterfall) -> String {
        let width = 640.0
        let labelWidth = 150.0
        let row = 20.0
        let axis = 18.0
        let height = Double(waterfall.rows.count + 1) * row + axis
        let span = max(waterfall.totalSeconds, 1e-9)
        let scale = (width - labelWidth - 70) / span
        let title = "Waterfall of \(waterfall.project)"
        var parts = [SVGChart.open(Chart(title: title, style: .bars, bars: []), width: width, height: height)]
        parts.append(SVGChart.text(waterfall.project, x: labelWidth - 4, y: 14, anchor: "end", css: "tick strong"))
        parts.append(
            SVGChart.rect(x: labelWidth, y: 4, width: span * scale, height: row - 8, css: "bar project"))
        parts.append(
            SVGChart.text(
                seconds(waterfall.totalSeconds), x: labelWidth + span * scale + 4, y: 14, anchor: "start",
                css: "value"))
        for (index, entry) in waterfall.rows.enumerated() {
            let y = Double(index + 1) * row
            let x = labelWidth + entry.offsetSeconds * scale
            let barWidth = max(entry.durationSeconds * scale, 1)
            parts.append(SVGChart.text("  " + entry.label, x: labelWidth - 4, y: y + 14, anchor: "end", css: "tick"))
            parts.append(
                SVGChart.rect(
                    x: x, y: y + 4, width: barWidth, height: row - 8, css: entry.failed ? "bar failed" : "bar",
                    tip: Chart.Bar(
                        label: entry.label, value: entry.durationSeconds, display: seconds(entry.durationSeconds))))
            parts.append(
                SVGChart.text(
                    seconds(entry.durationSeconds), x: x + barWidth + 4, y: y + 14, anchor: "start", css: "value"))
        }
        let axisY = height - axis + 4
        parts.append(SVGChart.line(x1: labelWidth, y1: axisY, x2: labelWidth + span * scale, y2: axisY, css: "axis"))
        parts.append(SVGChart.text("0 s", x: labelWidth, y: axisY + 12, anchor: "start", css: "tick"))
        parts.append(
            SVGChart.text(seconds(span), x: labelWidth + span * scale, y: axisY + 12, anchor: "end", css: "tick"))
        parts.append("</svg>")
        return parts.joined()
    }

    /// A small line over the values, oldest left; the newest point is marked. A missing value
    /// leaves a gap (the line breaks there, no point is drawn), so it never reads as zero.
    static func sparkline(_ trend: Trend) -> String {
        let width = 120.0
        let height = 32.0
        let pad = 3.0
        let values = trend.values
        let present = values.compactMap { $0 }.filter(\.isFinite)
        let low = present.min() ?? 0
        let high = present.max() ?? 0
        let range = high - low
        let step = values.count > 1 ? (width - 2 * pad) / Double(values.count - 1) : 0
        let points: [(Double, Double)?] = values.enumerated().map { index, value in
            guard let value, value.isFinite else { return nil }
            let x = values.count > 1 ? pad + Double(index) * step : width / 2
            let y = range > 0 ? height - pad - (value - low) / range * (height - 2 * pad) : height / 2
            return (x, y)
        }
        let missing = values.count - present.count
        let title =
            "\(HTMLText.escape(trend.label)) over \(values.count) runs"
            + (missing > 0 ? ", \(missing) without a value" : "")
        var parts = [
            "<svg class=\"spark\" viewBox=\"0 0 120 32\" role=\"img\" aria-label=\"\(title)\"><title>\(title)</title>"
        ]
        // One polyline per run of consecutive values: the gaps stay empty.
        var segment: [(Double, Double)] = []
        func closeSegment() {
            if segment.count > 1 {
                let path = segment.map { "\(SVGChart.number($0.0)),\(SVGChart.number($0.1))" }.joined(separator: " ")
                parts.append("<polyline class=\"trend\" points=\"\(path)\"/>")
            }
            segment = []
        }
        for point in points {
            if let point { segment.append(point) } else { closeSegment() }
        }
        closeSegment()
        for (x, y) in points.compactMap({ $0 }) {
            parts.append("<circle class=\"point\" cx=\"\(SVGChart.number(x))\" cy=\"\(SVGChart.number(y))\" r=\"2\"/>")
        }
        if present.isEmpty {
            parts.append("<text class=\"tick\" x=\"60\" y=\"20\" text-anchor=\"middle\">no value</text>")
        }
        parts.append("</svg>")
        return parts.joined()
    }

    static func seconds(_ value: Double) -> String {
        if value < 1 { return SVGChart.number(value * 1000) + " ms" }
        return SVGChart.number(value) + " s"
    }
}
