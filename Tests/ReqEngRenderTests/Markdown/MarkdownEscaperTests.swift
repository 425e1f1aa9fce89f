import Testing

@testable import ReqEngRender

@Suite struct MarkdownEscaperTests {
    let escaper = MarkdownEscaper()

    @Test(arguments: [
        ("plain words stay", "plain words stay"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("**bold** and _it_", "\\*\\*bold\\*\\* and \\_it\\_"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("a | b", "a \\| b"),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("R&D &amp; co", "R&amp;D &amp;amp; co"),
        ("line one\nline two", "line one line two"),
        ("mid-sentence - dash #tag", "mid-sentence - dash #tag"),
        ("0.86 and 2.1", "0.86 and 2.1"),
        ("#hashtag", "#hashtag"),
        ("=== rule", "\\=== rule"),
        ("12.", "12\\."),
        ("3) x", "3\\) x"),
        ("3)x and 0.5", "3)x and 0.5"),
        ("Banking — Requirements Document", "Banking — Requirements Document"),
        ("— and 1. more", "— and 1. more"),
    ])
    func escapes(input: String, expected: String) {
        #expect(escaper.escape(input) == expected)
    }

    @Test func bidiControlsBecomeVisible() {
        #expect(escaper.escape("abc\u{202E}exe.txt") == "abc\\[U+202E\\]exe.txt")
        #expect(escaper.escape("\u{2066}x\u{2069}") == "\\[U+2066\\]x\\[U+2069\\]")
    }

    @Test func otherControlCharactersAreBlanked() {
        #expect(escaper.escape("a\u{07}b") == "a b")
    }

    /// The fast path for inert text must never change what the escaping says: over many strings
    /// built from the characters the rules care about, both paths agree.
    @Test func fastPathAgreesWithCharacterPass() {
        let alphabet: [Character] = [
            "a", "Z", " ", "1", "9", ".", ")", "#", "+", "-", "=", "*", "_", "[", "]", "<", ">", "|", "~", "{", "}",
            "\\", "`", "&", "\n", "\t", "é", "\u{202E}", "\u{07}",
            // Beyond ASCII: a dash, a combining mark, non-ASCII digits and numbers, spaces that are
            // not U+0020, separators and invisible controls, an emoji.
            "—", "\u{301}", "½", "٣", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "\u{200B}", "\u{FEFF}", "\r",
            "👍",
        ]
        var generator = SplitMix(seed: 29148)
        var inert = 0
        for _ in 0..<40_000 {
            let length = Int(generator.next() % 9)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            if MarkdownEscaper.isInert(text) { inert += 1 }
            #expect(escaper.escape(text) == escaper.escapeEachCharacter(text), "\(text.debugDescription)")
        }
        #expect(inert > 100, "the sample exercises the fast path")
    }
}

/// A small deterministic generator so the sample is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
