/// Data of a bar chart: labelled values, drawn as columns (histograms) or horizontal bars (categories).
package struct Chart: Sendable, Hashable {
    /// Columns suit ordered buckets with short labels; bars suit categories with long names.
    package enum Style: String, Sendable, Hashable {
        case columns
        case bars
    }

    /// One labelled value; `display` is what is written next to it.
    package struct Bar: Sendable, Hashable {
        package var label: String
        package var value: Double
        package var display: String

        package init(label: String, value: Double, display: String) {
            self.label = label
            self.value = value
            self.display = display
        }
    }

    package var title: String
    package var style: Style
    package var bars: [Bar]

    package init(title: String, style: Style, bars: [Bar]) {
        self.title = title
        self.style = style
        self.bars = bars
    }
}

/// Data of a waterfall (Gantt) of one project: its agent executions laid out on a time axis.
package struct Waterfall: Sendable, Hashable {
    /// One execution: when it started after the project's first one, and for how long.
    package struct Row: Sendable, Hashable {
        package var label: String
        package var offsetSeconds: Double
        package var durationSeconds: Double
        package var failed: Bool

        package init(label: String, offsetSeconds: Double, durationSeconds: Double, failed: Bool) {
            self.label = label
            self.offsetSeconds = offsetSeconds
            self.durationSeconds = durationSeconds
            self.failed = failed
        }
    }

    package var project: String
    package var totalSeconds: Double
    package var rows: [Row]

    package init(project: String, totalSeconds: Double, rows: [Row]) {
        self.project = project
        self.totalSeconds = totalSeconds
        self.rows = rows
    }
}

/// A series over the last runs, oldest first, drawn as a sparkline; a run without a value (no agent
/// ran, not finished) is a gap in the line, never a zero.
package struct Trend: Sendable, Hashable {
    package var label: String
    package var values: [Double?]
    /// The newest value, formatted.
    package var latest: String

    package init(label: String, values: [Double?], latest: String) {
        self.label = label
        self.values = values
        self.latest = latest
    }
}
