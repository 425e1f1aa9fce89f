import Testing

@testable import ReqEngAgents

/// The words negation is read from: the same whether the text is plain ASCII or not.
@Suite struct NegationWordsTests {
    @Test(arguments: [
        "we don't want 2 logins, no.", "it's not--really--needed", "'quoted' words", "a", "", "  ,,  ",
        "café menus aren't needed", "no\u{00A0}ads at all",
    ])
    func wordsAreRunsOfLettersAndApostrophes(text: String) {
        let slow = text.split { !($0.isLetter || $0 == "'") }.map(String.init)
        #expect(NegationPolarity.words(text) == slow)
    }

    @Test func negationIsReadTheSameWay() {
        #expect(NegationPolarity.isNegated("We don't want 2 logins."))
        #expect(NegationPolarity.isNegated("Café menus aren't needed."))
        #expect(!NegationPolarity.isNegated("We want 2 logins, no?"))
    }
}
