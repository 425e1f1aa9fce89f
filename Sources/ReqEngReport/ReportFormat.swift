import Foundation
import ReqEngBase

/// Number and time formats of the HTML report, in one place so every page agrees.
enum ReportFormat {
    static func seconds(_ value: Double?) -> String {
        guard let value else { return "—" }
        if value < 1 { return String(format: "%.0f ms", value * 1000) }
        if value < 120 { return String(format: "%.2f s", value) }
        return String(format: "%.0f min %.0f s", (value / 60).rounded(.down), value.truncatingRemainder(dividingBy: 60))
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f %%", $0 * 100) } ?? "—"
    }

    static func decimal(_ value: Double?, places: Int = 2) -> String {
        value.map { String(format: "%.\(places)f", $0) } ?? "—"
    }

    static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }

    /// `2026-11-27T04:45:00Z`.
    static func utc(_ date: Date) -> String {
        UTCDate.iso8601(epochSeconds: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// `12 345`-style grouping is avoided on purpose: plain digits copy and compare cleanly.
    static func integer(_ value: Int) -> String { String(value) }
}
