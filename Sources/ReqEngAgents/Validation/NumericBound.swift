import Foundation

/// A limit stated in a requirement ("at least 24 hours", "within 2 s", "up to 500 users").
package struct NumericBound: Sendable, Hashable {
    /// Which side of the range the statement limits.
    package enum Kind: String, Sendable, Hashable {
        case lower, upper
    }

    package var kind: Kind
    /// The value in the dimension's base unit (seconds, percent, bytes, or a count).
    package var value: Double
    /// What is measured: `time`, `percent`, `data`, or `count:<noun>`.
    package var dimension: String
    /// The words as written, for messages ("at least 24 hours").
    package var phrase: String

    static let lowerWords = [
        "at least", "no less than", "no fewer than", "not less than", "minimum of", "a minimum of", "more than",
        "greater than", "over", "min",
    ]
    static let upperWords = [
        "at most", "up to", "no more than", "not more than", "maximum of", "a maximum of", "less than",
        "fewer than", "under", "within", "not exceed", "not exceeding", "below", "max",
    ]

    private static let timeUnits: [String: Double] = [
        "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "s": 1, "sec": 1, "secs": 1, "second": 1,
        "seconds": 1, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600,
        "hour": 3600, "hours": 3600, "day": 86_400, "days": 86_400, "week": 604_800, "weeks": 604_800,
        "month": 2_592_000, "months": 2_592_000, "year": 31_536_000, "years": 31_536_000,
    ]
    private static let dataUnits: [String: Double] = [
        "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000, "tb": 1_000_000_000_000,
    ]

    private static let regex: NSRegularExpression? = {
        let keywords = (lowerWords + upperWords).sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+") }
        let pattern =
            "\\b(" + keywords.joined(separator: "|") + ")\\s+(\\d+(?:[.,]\\d+)*)\\s*(%|percent\\b|[a-z]+)?"
        return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// Every bound stated in `statement`, in order.
    package static func bounds(in statement: String) -> [NumericBound] {
        guard let regex else { return [] }
        let text = statement as NSString
        var bounds: [NumericBound] = []
        for match in regex.matches(in: statement, range: NSRange(location: 0, length: text.length)) {
            let keyword = text.substring(with: match.range(at: 1)).lowercased()
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let number = text.substring(with: match.range(at: 2)).replacingOccurrences(of: ",", with: "")
            guard let raw = Double(number) else { continue }
            let unit =
                match.range(at: 3).location == NSNotFound ? "" : text.substring(with: match.range(at: 3)).lowercased()
            let (value, dimension) = normalise(raw, unit: unit)
            // "must not take more than 10 s" limits from above: a negation just before flips the side.
            let before = TokenizedText.tokenize(text.substring(to: match.range.location)).suffix(3)
            let negated = before.contains { ["not", "never", "no"].contains($0) || $0.hasSuffix("n't") }
            let isLower = lowerWords.contains(keyword) != negated
            bounds.append(
                NumericBound(
                    kind: isLower ? .lower : .upper, value: value, dimension: dimension,
                    phrase: text.substring(with: match.range).trimmingCharacters(in: .whitespaces)))
        }
        return bounds
    }

    private static func normalise(_ value: Double, unit: String) -> (Double, String) {
        if let factor = timeUnits[unit] { return (value * factor, "time") }
        if let factor = dataUnits[unit] { return (value * factor, "data") }
        if unit == "%" || unit == "percent" { return (value, "percent") }
        return (value, "count:" + StatementAnalysis.stem(unit))
    }
}
