import ReqEngBase
import Testing

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("so what i'm hearing is", "i'm hearing", true),
        ("right now", "right now", true),
        ("right no", "right now", false),
        ("", "x", false),
        ("anything", "", true),
        ("caf\u{E9} au lait", "\u{E9} au", true),
        ("aaab", "aab", true),
        ("abc", "abcd", false),
        ("the end", "end", true),
    ])
    func contains(text: String, needle: String, expected: Bool) {
        #expect(ByteSearch.contains(text, needle) == expected)
        #expect(ByteSearch.contains(text, needle) == (needle.isEmpty || text.utf8.ranges(of: needle.utf8).count > 0))
    }

    @Test func containsAnyNeedsOneNeedle() {
        #expect(ByteSearch.containsAny("we used to print", ["currently", "we used to"]))
        #expect(!ByteSearch.containsAny("we print", ["currently", "we used to"]))
        #expect(!ByteSearch.containsAny("we print", []))
    }
}
