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
}
