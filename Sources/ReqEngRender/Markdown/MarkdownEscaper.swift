/// Makes untrusted text inert inside a Markdown document: no emphasis, links, HTML, headings,
/// table breaks or bidi tricks can come from a transcript.
package struct MarkdownEscaper: Sendable {
    package init() {}

    /// Characters that start Markdown or HTML syntax anywhere in a line.
    private static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "{", "}"]
    /// Characters that start block syntax (heading, list, setext rule) when they open a line and
    /// are followed by a space or the end.
    private static let blockMarkers: Set<Character> = ["#", "+", "-", "="]

    /// Escapes `text` for use inline (paragraphs, list items and table cells alike).
    package func escape(_ text: String) -> String {
        Self.isInert(text) ? text : escapeEachCharacter(text)
    }

    /// The escaping itself, character by character; ``escape(_:)`` skips it for inert text.
    func escapeEachCharacter(_ text: String) -> String {
        let characters = Array(Self.visibleControls(in: text).map { $0.isNewline ? " " : $0 })
        var output = ""
        output.reserveCapacity(characters.count)
        let firstNonSpace = characters.firstIndex { !$0.isWhitespace } ?? characters.endIndex
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if Self.inlineSpecial.contains(character) {
                output.append("\\")
                output.append(character)
            } else if character == "&" {
                output.append("&amp;")
            } else if index == firstNonSpace, Self.blockMarkers.contains(character),
                next.isWhitespace || next == character
            {
                output.append("\\")
                output.append(character)
            } else if character == "." || character == ")", next.isWhitespace, index > firstNonSpace,
                characters[firstNonSpace..<index].allSatisfy(\.isNumber)
            {
                // "1. " or "1) " opening the text would start an ordered list.
                output.append("\\")
                output.append(character)
            } else {
                output.append(character)
            }
        }
        return output
    }

    /// Whether `text` is printable ASCII that no rule below would change: no special character,
    /// and neither a block marker nor a digit where the text starts. Most transcript sentences
    /// are, and skip the character-by-character pass.
    static func isInert(_ text: String) -> Bool {
        var first: UInt8?
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return false }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"):
                return false
            default:
                if first == nil, byte != UInt8(ascii: " ") { first = byte }
            }
        }
        guard let first else { return true }
        return !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            && ![UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "=")].contains(first)
    }

    /// Replaces bidirectional-override and other invisible format controls with a visible `[U+XXXX]`,
    /// so reordered text cannot disguise itself.
    static func visibleControls(in text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isFormatControl(scalar) {
                result += "[U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "]"
            } else if scalar.properties.generalCategory == .control, scalar != "\n", scalar != "\t" {
                result += " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func isFormatControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
