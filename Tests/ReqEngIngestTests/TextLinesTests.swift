import ReqEngIngest
import Testing

@Suite("Lines and whitespace")
struct TextLinesTests {
    @Test(arguments: [
        ("  a \t b  ", "a b"), ("a\u{00A0}\u{00A0}b", "a b"), ("\u{3000}x\u{2028}y\u{202F}", "x y"),
        ("é  ü\u{1680}ß", "é ü ß"), ("\n\r\n", ""), ("👍  👍", "👍 👍"),
    ])
    func normalisesEveryKindOfWhitespace(_ input: String, _ expected: String) {
        #expect(TextLines.normaliseWhitespace(input) == expected)
    }

    @Test func splitsOnEveryLineEnding() {
        #expect(TextLines.split("a\r\nb\rc\nd\n") == ["a", "b", "c", "d", ""])
        #expect(TextLines.split("\r\r\n") == ["", "", ""])
    }
}
