/// Makes untrusted text inert inside a Markdown document: no emphasis, links, HTML, headings,
/// table breaks or bidi tricks can come from a transcript.
package struct MarkdownEscaper: Sendable {
    package init() {}

    /// Characters that start Markdown or HTML syntax anywhere in a line.
    private static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "{", "}"]
    /// Characters that start block syntax (heading, list, setext rule) when they open a line and
    /// are followed by a space or the end.
    private static let blockMarkers: Set<Character> = ["#", "+", "-", "="]
    /// The same two sets as bytes, for printable ASCII text.
    private static let inlineSpecialBytes = Set(inlineSpecial.compactMap(\.asciiValue))
    private static let blockMarkerBytes = Set(blockMarkers.compactMap(\.asciiValue))

    /// Escapes `text` for use inline (paragraphs, list items and table cells alike).
    package func escape(_ text: String) -> String {
        if Self.isInert(text) { return text }
        return Self.escapePrintableASCII(text) ?? escapeEachCharacter(text)
    }

    /// The same rules on the bytes of printable ASCII text, where each byte is one `Character`
    /// (no control, so no CR LF pair) and the only space is U+0020; `nil` for any other text.
    /// Text that needs escaping is mostly ASCII (`R&D`, `vague_term`, `<b>`), and splitting it into
    /// `Character`s was most of what escaping it cost.
    static func escapePrintableASCII(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        let space = UInt8(ascii: " ")
        let firstNonSpace = bytes.firstIndex { $0 != space } ?? bytes.endIndex
        // Where the leading digits end: a `.` or `)` there, before a space, opens an ordered list.
        let digitsEnd = bytes[firstNonSpace...].firstIndex { !(0x30...0x39).contains($0) } ?? bytes.endIndex
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : space
            if byte == UInt8(ascii: "&") {
                output.append(contentsOf: "&amp;".utf8)
                continue
            }
            let escaped =
                Self.inlineSpecialBytes.contains(byte)
                || (index == firstNonSpace && Self.blockMarkerBytes.contains(byte) && (next == space || next == byte))
                || ((byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) && next == space && index > firstNonSpace
                    && index == digitsEnd)
            if escaped { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
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

    /// Whether no rule below would change `text`, so the character-by-character pass can be
    /// skipped: no special character, control or invisible format character anywhere, and nothing
    /// where the text starts that opens a block (a heading or list marker, or digits followed by
    /// `.` or `)` and a space). Most transcript sentences are inert; so are numbers such as `0.86`
    /// and text with non-ASCII letters or dashes (`Banking — RD`), as long as it starts with an
    /// ASCII letter or a non-digit sign whose meaning does not depend on what follows it.
    static func isInert(_ text: String) -> Bool {
        var first: Unicode.Scalar?
        var asciiOnly = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x7F {
                // Controls and separators the pass rewrites; everything else above ASCII is left as is.
                if value <= 0x9F || value == 0x2028 || value == 0x2029 || isFormatControl(scalar) { return false }
                asciiOnly = false
            } else {
                guard value >= 0x20 else { return false }
                switch scalar {
                case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "{", "}", "&": return false
                default: break
                }
            }
            if first == nil, scalar != " " { first = scalar }
        }
        guard let first else { return true }
        // Beyond ASCII, what counts as a space or a digit is the pass's to say (`Character`).
        guard first.isASCII else { return false }
        if ["#", "+", "-", "="].contains(first) { return false }
        guard ("0"..."9").contains(first) else { return true }
        // Digits first: inert unless they end in `.` or `)` before a space or the end, which
        // would open an ordered list. Only ASCII text, where a digit is exactly `0`–`9`.
        guard asciiOnly else { return false }
        let bytes = Array(text.utf8.drop { $0 == UInt8(ascii: " ") }.drop { (0x30...0x39).contains($0) })
        guard let mark = bytes.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") else { return true }
        return bytes.count > 1 && bytes[1] != UInt8(ascii: " ")
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
