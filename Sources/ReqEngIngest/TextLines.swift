/// Line and whitespace helpers shared by the parsers.
///
/// They work on UTF-8 bytes: transcripts run to megabytes, and walking `Character`s or Unicode
/// scalars one by one was several times slower (about 1 s per 9 MB in release builds).
package enum TextLines {
    /// Splits text into lines, accepting `\n`, `\r\n` and lone `\r` as line ends.
    package static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
            return lines
        }
    }

    /// A turn written as a list ("Finance asked for:\n- receipts in the app\n- approval first")
    /// with each item, and the line before the list, ended by punctuation, so the items stay
    /// sentences of their own once line breaks become spaces: an item without a period gets one.
    /// Text without a line starting with "- ", "* " or "• " is returned as it is.
    package static func endingListItems(_ text: String) -> String {
        guard text.contains("\n") || text.contains("\r") else { return text }
        var lines = split(text)
        let items = lines.indices.filter { isListItem(lines[$0]) }
        guard !items.isEmpty else { return text }
        for index in items {
            for line in [index - 1, index] where line >= 0 {
                let trimmed = lines[line].reversed().drop(while: \.isWhitespace)
                guard let last = trimmed.first, !".!?:;".contains(last) else { continue }
                lines[line] = String(trimmed.reversed()) + "."
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Whether a line opens with a list marker ("- ", "* ", "• ") after its indent.
    static func isListItem(_ line: String) -> Bool {
        let body = line.drop { $0 == " " || $0 == "\t" }
        return ["- ", "* ", "• "].contains { body.hasPrefix($0) } && body.dropFirst(2).contains(where: \.isLetter)
    }

    /// Collapses every run of whitespace (including line breaks and no-break spaces) to one space
    /// and trims both ends.
    package static func normaliseWhitespace(_ text: some StringProtocol) -> String {
        var copy = String(text)
        return copy.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = whitespaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = !result.isEmpty
                    index += width
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The text without leading and trailing whitespace.
    static func trim(_ text: some StringProtocol) -> String {
        var copy = String(text)
        return copy.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, case let width = whitespaceWidth(bytes, at: start), width > 0 {
                start += width
            }
            var end = bytes.count
            while end > start, let width = trailingWhitespaceWidth(bytes, endingAt: end) {
                end -= width
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// Byte length of the whitespace scalar starting at `index` (0 when it is not whitespace).
    /// Covers ASCII whitespace, NEL, no-break spaces, the U+2000 block, line/paragraph separators,
    /// U+205F, U+3000 and U+1680: the Unicode `White_Space` set.
    static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2 where remaining >= 2:
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1 where remaining >= 3:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2 where remaining >= 3:
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0x80 && ((0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third)) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where remaining >= 3:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Byte length of a whitespace scalar that ends just before `end`, or `nil`.
    private static func trailingWhitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        for width in 1...3 where end - width >= 0 {
            if whitespaceWidth(bytes, at: end - width) == width { return width }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        TextLines.trim(self)
    }
}
