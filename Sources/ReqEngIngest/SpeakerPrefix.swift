/// A line that opens a turn: an optional `[hh:mm:ss]` / `(mm:ss)` stamp before or after a speaker
/// name, an optional `(Role)` after it, then a colon and the utterance.
///
/// Only the shape is checked here: the name has 1–4 words, at most 40 characters, starts with a
/// letter, and the colon is followed by a space or the end of the line (so `http://` and `10:30` never
/// qualify). Whether a plausible name really is a speaker is decided per file by ``SpeakerHeuristic``.
package struct SpeakerPrefix: Sendable, Hashable {
    package var name: String
    package var role: String?
    /// Normalised stamp found before or after the name.
    package var timestamp: String?
    /// The utterance after the colon, trimmed; may be empty when the text starts on the next line.
    package var rest: String

    /// Longest speaker name accepted, in characters.
    package static let maxNameLength = 40
    /// Most words a speaker name may have.
    package static let maxNameWords = 4

    /// Parses a line that may start with a speaker prefix; `nil` when it does not have the shape.
    package static func parse(_ line: String) -> SpeakerPrefix? {
        var remainder = Substring(line.trimmingWhitespace())
        var timestamp: String?
        if let (stamp, after) = leadingStamp(remainder, allowBare: true) {
            timestamp = stamp
            remainder = after
        }
        guard let colon = firstColonOutsideBrackets(remainder) else { return nil }
        let after = remainder[remainder.index(after: colon)...]
        if let next = after.first, !next.isWhitespace { return nil }
        guard let (name, role, trailingStamp) = splitName(remainder[..<colon]) else { return nil }
        return SpeakerPrefix(
            name: name, role: role, timestamp: timestamp ?? trailingStamp, rest: after.trimmingWhitespace())
    }

    /// A stamp at the start of `line` (`[00:01:05]`, `(01:05)`, and with `allowBare` a bare `00:01:05`
    /// followed by a space), returned normalised with the rest of the line after it. Bare clocks are
    /// only taken before a speaker name: in running text `10:30` is a time of day, not a stamp.
    package static func leadingStamp(_ line: Substring, allowBare: Bool = false) -> (String, Substring)? {
        guard let first = line.first else { return nil }
        let stampText: Substring
        let afterStamp: Substring
        if first == "[" || first == "(" {
            let closer: Character = first == "[" ? "]" : ")"
            guard let close = line.firstIndex(of: closer) else { return nil }
            stampText = line[line.index(after: line.startIndex)..<close]
            afterStamp = line[line.index(after: close)...]
        } else if allowBare && first.isASCIIDigit {
            stampText = line.prefix { $0.isASCIIDigit || $0 == ":" || $0 == "." || $0 == "," }
            afterStamp = line[stampText.endIndex...]
            guard let next = afterStamp.first, next.isWhitespace else { return nil }
        } else {
            return nil
        }
        guard let millis = Timestamp.milliseconds(clock: Substring(stampText.trimmingWhitespace())) else {
            return nil
        }
        let rest = afterStamp.drop { $0.isWhitespace || $0 == "-" || $0 == "–" }
        return (Timestamp.format(milliseconds: millis), rest)
    }

    /// Whether `name` has the shape of a speaker name (see the type's documentation).
    ///
    /// Besides letters, digits and `._-'’&`, a name may carry what chat and meeting tools put beside
    /// people's names: emoji (`Ana 👩‍⚕️`), `|` (`Ana | Product`), `<…>` around an address and `@`, `+`
    /// or `#` in handles. Rejecting those credited the turn to the previous speaker.
    package static func isPlausibleName(_ name: some StringProtocol) -> Bool {
        guard let first = name.first, first.isLetter, name.count <= maxNameLength else { return false }
        let words = name.split(whereSeparator: \.isWhitespace)
        guard (1...maxNameWords).contains(words.count) else { return false }
        return name.allSatisfy {
            $0.isLetter || $0.isNumber || $0 == " " || "._-'’&|<>@+#".contains($0) || isPictographic($0)
        }
    }

    /// An emoji or flag, with whatever joiners, skin tones and variation selectors it is made of.
    private static func isPictographic(_ character: Character) -> Bool {
        // `isEmoji` also holds for ASCII digits, `#` and `*` (keycap bases); those are judged above.
        character.unicodeScalars.contains { (scalar: Unicode.Scalar) in
            scalar.value > 0x7F && (scalar.properties.isEmoji || (0x1F1E6...0x1F1FF).contains(scalar.value))
        }
    }

    /// Splits `Maria`, `Maria (01:05)`, `Maria [00:01:05]` or `Ana Ruiz (Receptionist)` into name,
    /// role and stamp; `nil` when the name is not plausible.
    private static func splitName(_ raw: Substring) -> (String, String?, String?)? {
        var name = Substring(raw.trimmingWhitespace())
        var role: String?
        var stamp: String?
        if let last = name.last, last == ")" || last == "]" {
            let opener: Character = last == ")" ? "(" : "["
            guard let open = name.lastIndex(of: opener) else { return nil }
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingWhitespace()
            if let millis = Timestamp.milliseconds(clock: Substring(inner)) {
                stamp = Timestamp.format(milliseconds: millis)
            } else if last == ")", !inner.isEmpty, inner.count <= maxNameLength, !inner.contains(":") {
                role = inner
            } else {
                return nil
            }
            name = Substring(name[..<open].trimmingWhitespace())
        }
        guard isPlausibleName(name) else { return nil }
        return (TextLines.normaliseWhitespace(name), role, stamp)
    }

    private static func firstColonOutsideBrackets(_ text: Substring) -> Substring.Index? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case ":" where depth == 0: return index
            default: break
            }
        }
        return nil
    }
}
