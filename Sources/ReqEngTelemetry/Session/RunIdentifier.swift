import Foundation

/// Run ids: `YYYYMMDDTHHMMSSZ-<6 hex>`, sortable by start time, unique enough for parallel runs.
package enum RunIdentifier {
    /// A new id for a run starting at `date`.
    package static func make(at date: Date, using generator: inout some RandomNumberGenerator) -> String {
        let suffix = UInt32.random(in: 0...0xFF_FFFF, using: &generator)
        let hex = String(suffix, radix: 16)
        return ISO8601Timestamp.compactString(from: date) + "-" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    /// A new id from the system random source.
    package static func make(at date: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(at: date, using: &generator)
    }

    /// Whether `text` has the run id shape (so it is safe as a file name).
    package static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 16, parts[1].count == 6 else { return false }
        let stamp = Array(parts[0].utf8)
        let digitsOK = stamp.enumerated().allSatisfy { index, byte in
            switch index {
            case 8: byte == UInt8(ascii: "T")
            case 15: byte == UInt8(ascii: "Z")
            default: (48...57).contains(byte)
            }
        }
        return digitsOK && OTLPSpanContext.isHex(String(parts[1]), length: 6)
    }
}
