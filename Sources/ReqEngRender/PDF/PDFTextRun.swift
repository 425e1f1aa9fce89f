/// A piece of text with one emphasis; every run built from document data is sanitised on the way in.
///
/// Text reaches Pango as plain text (never markup), and the sanitiser removes what could still steer the
/// layout: control characters (line breaks, tabs, NUL) and bidirectional overrides and isolates.
package struct PDFTextRun: Sendable, Hashable {
    /// Bold or italic, applied with Pango attributes over the run's bytes.
    package enum Emphasis: String, Sendable, Hashable {
        case regular, bold, italic
    }

    package private(set) var text: String
    package private(set) var emphasis: Emphasis

    /// A run of untrusted (or any) text, cleaned of control and bidi-override characters.
    package init(_ text: String, _ emphasis: Emphasis = .regular) {
        self.text = Self.sanitize(text)
        self.emphasis = emphasis
    }

    private init(raw: String, emphasis: Emphasis) {
        self.text = raw
        self.emphasis = emphasis
    }

    /// A line break between runs; the only way a newline gets into a text box.
    package static let lineBreak = PDFTextRun(raw: "\n", emphasis: .regular)

    /// The same run with its first `bytes` UTF-8 bytes (a Pango line boundary) kept or dropped.
    package func prefix(bytes: Int) -> PDFTextRun {
        PDFTextRun(raw: String(decoding: Array(text.utf8.prefix(bytes)), as: UTF8.self), emphasis: emphasis)
    }

    package func dropping(bytes: Int) -> PDFTextRun {
        PDFTextRun(raw: String(decoding: Array(text.utf8.dropFirst(bytes)), as: UTF8.self), emphasis: emphasis)
    }

    /// Replaces control characters with spaces and drops bidi embeddings, overrides and isolates.
    static func sanitize(_ text: String) -> String {
        // Most of a document's text has nothing to replace or drop: keep it as it is rather than
        // rebuilding it scalar by scalar.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) || !text.unicodeScalars.contains(where: isUnsafe) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: scalars.append(" ")
            case 0x202A...0x202E, 0x2066...0x2069, 0xFFF9...0xFFFB: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether ``sanitize(_:)`` replaces or drops `scalar`.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFFF9...0xFFFB: true
        default: false
        }
    }
}

extension [PDFTextRun] {
    /// Splits runs at a UTF-8 byte offset of their joined text (a Pango line start).
    func split(atByte offset: Int) -> (head: [PDFTextRun], tail: [PDFTextRun]) {
        var head: [PDFTextRun] = []
        var tail: [PDFTextRun] = []
        var remaining = offset
        for run in self {
            let count = run.text.utf8.count
            if remaining >= count {
                head.append(run)
                remaining -= count
            } else if remaining > 0 {
                head.append(run.prefix(bytes: remaining))
                tail.append(run.dropping(bytes: remaining))
                remaining = 0
            } else {
                tail.append(run)
            }
        }
        if tail.first == .lineBreak { tail.removeFirst() }
        return (head, tail)
    }
}
