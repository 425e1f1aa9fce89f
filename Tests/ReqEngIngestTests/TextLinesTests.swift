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

    @Test func listItemsAndTheLineBeforeThemEndInPunctuation() {
        #expect(
            TextLines.endingListItems("Finance asked for\n- receipts in the app\n  * approval first!\nThanks")
                == "Finance asked for.\n- receipts in the app.\n  * approval first!\nThanks")
        #expect(TextLines.endingListItems("Finance asked for:\n- receipts") == "Finance asked for:\n- receipts.")
        // No list: the text as it is, line breaks and all.
        #expect(TextLines.endingListItems("one\ntwo - three") == "one\ntwo - three")
        #expect(TextLines.endingListItems("-5 degrees\n- ") == "-5 degrees\n- ")
    }
}
