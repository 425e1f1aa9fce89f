import Testing

@testable import ReqEngAgents

@Suite("Tokenized text")
struct TokenizedTextTests {
    @Test(arguments: [
        ("Please log in first", "log in", true),
        ("The catalogue is long", "log", false),
        ("E-mail reminders", "e-mail", true),
        ("Open 24/7", "24 7", true),
        ("Authentication via SSO", "authenticat*", true),
        ("The user's account", "user", true),
        ("Users' accounts", "users", true),
    ])
    func matchesOnWordBoundaries(text: String, phrase: String, expected: Bool) {
        #expect(TokenizedText(text).contains(phrase) == expected)
    }

    @Test func sentencesKeepDecimalsTogether() {
        #expect(
            SentenceBreaker.sentences(of: "Use TLS 1.2 or later. Respond in 2.5 s! Fine?")
                == ["Use TLS 1.2 or later.", "Respond in 2.5 s!", "Fine?"])
    }
}
