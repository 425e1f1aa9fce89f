/// The typographic roles of the document; each has one font size, weight and colour.
package enum PDFTextStyle: String, Sendable, Hashable, CaseIterable {
    case title, subtitle, heading1, heading2, heading3, body, note, tableHeader, tableCell, caption
    case pageHeader, pageFooter, tocLevel1, tocLevel2, chartLabel

    /// Size in points.
    var size: Double {
        switch self {
        case .title: 26
        case .subtitle: 13
        case .heading1: 15
        case .heading2: 11.5
        case .heading3: 10
        case .body, .tocLevel1: 9.5
        case .note, .tocLevel2: 9
        case .tableHeader, .tableCell, .chartLabel: 7.8
        case .caption: 8
        case .pageHeader, .pageFooter: 7.5
        }
    }

    var bold: Bool {
        switch self {
        case .title, .heading1, .heading2, .heading3, .tableHeader, .tocLevel1: true
        default: false
        }
    }

    var italic: Bool { self == .caption || self == .note }

    var color: PDFColor {
        switch self {
        case .title, .heading1: .accent
        case .subtitle, .caption, .note, .pageHeader, .pageFooter: .muted
        default: .ink
        }
    }

    /// Pango font description string for a family, e.g. `DejaVu Sans Bold 9.5`.
    func fontDescription(family: String) -> String {
        var parts = [family]
        if bold { parts.append("Bold") }
        if italic { parts.append("Italic") }
        parts.append(PDFNumber.format(size, decimals: 1))
        return parts.joined(separator: " ")
    }
}

/// The palette; named so the layout dump says what a colour means.
package enum PDFColor: String, Sendable, Hashable, CaseIterable {
    case ink, muted, accent, rule, lightRule, headerFill, inferredFill, inferredInk, barFill
    case error, warning, info, white

    /// Red, green and blue components in 0…1.
    var rgb: (Double, Double, Double) {
        switch self {
        case .ink: (0.13, 0.14, 0.16)
        case .muted: (0.42, 0.45, 0.50)
        case .accent: (0.09, 0.27, 0.47)
        case .rule: (0.55, 0.58, 0.62)
        case .lightRule: (0.84, 0.86, 0.88)
        case .headerFill: (0.91, 0.93, 0.96)
        case .inferredFill: (1.0, 0.965, 0.88)
        case .inferredInk: (0.55, 0.36, 0.04)
        case .barFill: (0.24, 0.45, 0.68)
        case .error: (0.75, 0.18, 0.16)
        case .warning: (0.85, 0.55, 0.10)
        case .info: (0.35, 0.55, 0.75)
        case .white: (1, 1, 1)
        }
    }
}

/// Locale-free number formatting, so output never depends on the machine.
enum PDFNumber {
    /// `value` with a fixed number of decimals (rounded half away from zero).
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / scale
        guard decimals > 0 else { return "\(sign)\(whole)" }
        let fraction = String(scaled % scale)
        return "\(sign)\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
