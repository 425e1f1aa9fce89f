import Testing

@testable import ReqEngAgents

@Suite("Tokenized text")
struct TokenizedTextTests {
    @Test(arguments: [
        ("Please log in first", "log in", true),
        ("The catalogue is long", "log", false),
        ("E-mail reminders", "e-mail", true),
        ("Open 24/7", "24/7", true),
        ("Open 24/7", "24 / 7", true),
        ("Open 24 7", "24/7", false),
        ("Authentication via SSO", "authenticat*", true),
        ("The user's account", "user", true),
        ("Users' accounts", "users", true),
    ])
    func matchesOnWordBoundaries(text: String, phrase: String, expected: Bool) {
        #expect(TokenizedText(text).contains(phrase) == expected)
    }

    @Test func sentencesKeepDecimalsTogether() {
        #expect(
            SentenceSplitter().split("Use TLS 1.2 or later. Respond in 2.5 s! Fine?")
                == ["Use TLS 1.2 or later.", "Respond in 2.5 s!", "Fine?"])
    }

    /// Extraction, inference and validation read text with one tokenizer, so a phrase means the same
    /// thing to all of them ("24/7" used to be `24 7` to inference and `24 / 7` to extraction).
    @Test(arguments: [
        "Guests must be able to book 24/7.", "The user's data can't be shared.",
        "Respond within 99.9 % of 1,000 calls.",
        "It's the customer's call.",
    ])
    func oneTokenizerForEveryAgent(text: String) {
        #expect(TokenizedText(text).tokens == TextTokens(text).words)
        #expect(TokenizedText.tokenize(text) == TextTokens(text).words)
    }

    @Test func possessivesFoldButContractionsKeepTheirVerb() {
        #expect(TextTokens("the user's account").words == ["the", "user", "account"])
        #expect(TextTokens("it's what's needed, don't").words == ["its", "whats", "needed", "dont"])
    }
}

extension TokenizedTextTests {
    @Test func aComparisonIsToldFromTheThingItself() {
        let text = TokenizedText("He writes like a doctor, and the doctor agrees")
        #expect(!text.occursOnlyInComparisons(TriggerPhrase("doctor*")))
        #expect(TokenizedText("He writes like a doctor").occursOnlyInComparisons(TriggerPhrase("doctor*")))
        #expect(!TokenizedText("We are registered as a clinic").occursOnlyInComparisons(TriggerPhrase("clinic")))
        #expect(!TokenizedText("The hospital books rooms").occursOnlyInComparisons(TriggerPhrase("hospital*")))
    }
}
