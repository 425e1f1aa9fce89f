/// Text reduced to lowercase word tokens, for case-insensitive phrase matching on word boundaries.
///
/// Every character that is not a letter, a digit or an apostrophe separates words, so "E-mail",
/// "e mail" and "E.MAIL" all read as the tokens `e mail`, and "24/7" reads as `24 7`. A phrase
/// matches when its tokens appear consecutively; a phrase ending in `*` matches any word that
/// starts with its last token ("authenticat*" matches "authentication").
package struct TokenizedText: Sendable, Hashable {
    /// The tokens in order.
    package let tokens: [String]
    /// Where each token occurs, so a phrase is looked up rather than searched for.
    private let positions: [String: [Int]]

    package init(_ text: String) {
        tokens = Self.tokenize(text)
        var positions: [String: [Int]] = [:]
        for (index, token) in tokens.enumerated() {
            positions[token, default: []].append(index)
        }
        self.positions = positions
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
        contains(TriggerPhrase(phrase))
    }

    /// Whether a prepared phrase occurs on word boundaries.
    package func contains(_ phrase: TriggerPhrase) -> Bool {
        guard let first = phrase.words.first else { return false }
        if phrase.isPrefix, phrase.words.count == 1 {
            return tokens.contains { $0.hasPrefix(first) }
        }
        guard let starts = positions[first] else { return false }
        return starts.contains { start in
            guard start + phrase.words.count <= tokens.count else { return false }
            for offset in 1..<phrase.words.count {
                let token = tokens[start + offset]
                let word = phrase.words[offset]
                let isLast = offset == phrase.words.count - 1
                let matches = (isLast && phrase.isPrefix) ? token.hasPrefix(word) : token == word
                if !matches { return false }
            }
            return true
        }
    }

    /// The phrases of `phrases` that occur, in the order given.
    package func matches(_ phrases: [String]) -> [String] {
        phrases.filter { contains($0) }
    }

    /// The prepared phrases that occur, in the order given.
    package func matches(_ phrases: [TriggerPhrase]) -> [TriggerPhrase] {
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
