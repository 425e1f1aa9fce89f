/// Reading and writing turn timestamps.
///
/// The one rule: every timestamp is written `hh:mm:ss` (hours at least two digits), and fractions
/// of a second are dropped (truncated, never rounded up), whatever the source precision. Cue times
/// like `00:01:05.900` therefore become `00:01:05`, so a turn never appears to start after its cue.
package enum Timestamp {
    /// Formats an offset in milliseconds as `hh:mm:ss`; negative offsets clamp to zero.
    package static func format(milliseconds: Int) -> String {
        let seconds = max(0, milliseconds) / 1000
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        return "\(pad(hours)):\(pad(minutes)):\(pad(seconds % 60))"
    }

    /// Normalises a timestamp as written in a source: a clock (`h:mm:ss`, `mm:ss`, with optional
    /// `.mmm` or `,mmm`), a number of seconds (`65`, `65.5`), or an ISO 8601 date-time whose time of
    /// day is kept. Returns `nil` for anything else.
    package static func normalise(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if let millis = milliseconds(clock: Substring(trimmed)) ?? milliseconds(seconds: Substring(trimmed)) {
            return format(milliseconds: millis)
        }
        if let tee = trimmed.firstIndex(where: { $0 == "T" || $0 == "t" }) {
            let time = trimmed[trimmed.index(after: tee)...].prefix { $0.isNumber || $0 == ":" || $0 == "." }
            if time.filter({ $0 == ":" }).count == 2, let millis = milliseconds(clock: time) {
                return format(milliseconds: millis)
            }
        }
        return nil
    }

    /// Normalises a number of seconds (JSON timestamps may be numbers).
    package static func normalise(seconds: Double) -> String? {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return nil }
        return format(milliseconds: Int(seconds * 1000))
    }

    /// Parses `h:mm:ss[.fff]` or `m:ss[.fff]` (`,` also accepted as the decimal mark) to milliseconds.
    package static func milliseconds(clock: Substring) -> Int? {
        var whole = clock
        var millis = 0
        if let mark = clock.firstIndex(where: { $0 == "." || $0 == "," }) {
            let fraction = clock[clock.index(after: mark)...]
            guard !fraction.isEmpty, fraction.count <= 9, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            let firstThree = String(fraction.prefix(3)).padding(toLength: 3, withPad: "0", startingAt: 0)
            millis = Int(firstThree) ?? 0
            whole = clock[..<mark]
        }
        let parts = whole.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, parts.last?.count == 2, let secs = numbers.last, secs < 60 else {
            return nil
        }
        if numbers.count == 3 {
            guard parts[1].count == 2, numbers[1] < 60 else { return nil }
            return ((numbers[0] * 60 + numbers[1]) * 60 + secs) * 1000 + millis
        }
        return (numbers[0] * 60 + secs) * 1000 + millis
    }

    private static func milliseconds(seconds text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." }), let value = Double(text),
            value < 1e9
        else { return nil }
        return Int(value * 1000)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension Character {
    /// `0`–`9` only; `isNumber` also accepts other scripts' digits and fractions.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
