/// Text reduced to lowercase word tokens, for case-insensitive phrase matching on word boundaries.
///
/// Every character that is not a letter, a digit or an apostrophe separates words, so "E-mail",
/// "e mail" and "E.MAIL" all read as the tokens `e mail`, and "24/7" reads as `24 7`. A phrase
/// matches when its tokens appear consecutively; a phrase ending in `*` matches any word that
/// starts with its last token ("authenticat*" matches "authentication").
package struct NormalizedText: Sendable, Hashable {
    /// The tokens in order.
    package let tokens: [String]
    /// The tokens joined by single spaces, with a space at both ends, so `" a b "` search is exact.
    private let padded: String

    package init(_ text: String) {
        tokens = Self.tokenize(text)
        padded = " " + tokens.joined(separator: " ") + " "
    }

    /// Splits `text` into lowercase word tokens (letters, digits and inner apostrophes).
    package static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}", !current.isEmpty {
                current.append("'")
            } else if !current.isEmpty {
                tokens.append(current.trimmingApostrophes())
                current = ""
            }
        }
        if !current.isEmpty {
            tokens.append(current.trimmingApostrophes())
        }
        return tokens.filter { !$0.isEmpty }
    }

    /// Whether `phrase` occurs on word boundaries (see the type's documentation for `*`).
    package func contains(_ phrase: String) -> Bool {
        let isPrefix = phrase.hasSuffix("*")
        let words = Self.tokenize(phrase)
        guard !words.isEmpty else { return false }
        let needle = " " + words.joined(separator: " ") + (isPrefix ? "" : " ")
        return padded.contains(needle)
    }

    /// The phrases of `phrases` that occur, in the order given.
    package func matches(_ phrases: [String]) -> [String] {
        phrases.filter { contains($0) }
    }

    /// Whether the token sequence `words` starts at token index `index`.
    package func hasSequence(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset] != word {
            return false
        }
        return true
    }
}

extension String {
    /// The string without leading or trailing apostrophes ("users'" becomes "users").
    /// Possessive "'s" goes too ("user's" becomes "user"), so possessives match their noun.
    fileprivate func trimmingApostrophes() -> String {
        var result = Substring(self)
        while result.first == "'" { result = result.dropFirst() }
        if result.hasSuffix("'s") { result = result.dropLast(2) }
        while result.last == "'" { result = result.dropLast() }
        return String(result)
    }
}
