/// A phrase tokenised once, for matching against many texts.
package struct TriggerPhrase: Sendable, Hashable {
    /// The phrase as written in the list or catalogue.
    package let text: String
    package let words: [String]
    /// Whether the last word matches as a prefix (written with a trailing `*`).
    package let isPrefix: Bool

    package init(_ text: String) {
        self.text = text
        words = TokenizedText.tokenize(text)
        isPrefix = text.hasSuffix("*")
    }

    /// Prepared phrases for a list of strings.
    package static func list(_ texts: [String]) -> [TriggerPhrase] {
        texts.map(TriggerPhrase.init)
    }
}
