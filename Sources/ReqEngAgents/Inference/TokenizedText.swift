/// Text reduced to lowercase word tokens (``TextTokens``), indexed for case-insensitive phrase
/// matching on word boundaries.
///
/// "E-mail", "e mail" and "E.MAIL" all read as the tokens `e mail`, and "24/7" as `24 / 7`, the same
/// way in every agent. A phrase matches when its tokens appear consecutively; a phrase ending in `*`
/// matches any word that starts with its last token ("authenticat*" matches "authentication").
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

    /// The tokens of `text`, as ``TextTokens`` reads them (the one tokenizer of every agent).
    package static func tokenize(_ text: String) -> [String] {
        TextTokens(text).words
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
        return (positions[first] ?? []).contains { occurs(phrase, at: $0) }
    }

    /// The phrases of `phrases` that occur, in the order given.
    package func matches(_ phrases: [String]) -> [String] {
        phrases.filter { contains($0) }
    }

    /// The prepared phrases that occur, in the order given.
    package func matches(_ phrases: [TriggerPhrase]) -> [TriggerPhrase] {
        phrases.filter { contains($0) }
    }

    /// Whether every occurrence of `phrase` only makes a comparison ("writes like a doctor"): the
    /// thing is named to describe something else, not as what is spoken of. "As" is left out, since
    /// "registered as a clinic" says what the speaker is.
    package func occursOnlyInComparisons(_ phrase: TriggerPhrase) -> Bool {
        let starts = starts(of: phrase)
        return !starts.isEmpty
            && starts.allSatisfy { start in
                var before = start - 1
                if before >= 0, ["a", "an", "the"].contains(tokens[before]) { before -= 1 }
                return before >= 0 && tokens[before] == "like"
            }
    }

    /// Whether every occurrence of `phrase` is denied ("nobody here takes photos", "it doesn't go
    /// through any cloud"): one of `negations` comes before it in its clause, at most
    /// `window` tokens before and not among the first `after` tokens (a "No," that answers).
    package func occursOnlyNegated(
        _ phrase: TriggerPhrase, negations: Set<String>, after: Int = 0, window: Int = 8
    ) -> Bool {
        let starts = starts(of: phrase)
        return !starts.isEmpty
            && starts.allSatisfy { start in
                let first = max(after, start - window)
                guard first < start else { return false }
                for index in stride(from: start - 1, through: first, by: -1) {
                    // "must not be able to cancel online": who may do what, not whether it exists.
                    if tokens[index] == "able" { return false }
                    if negations.contains(tokens[index]) {
                        // "can't go live without an assessment": a condition on it, not a denial.
                        return !tokens[(start + 1)...].prefix(window).contains(where: Self.conditionWords.contains)
                    }
                    if Self.clauseOpeners.contains(tokens[index]) { return false }
                }
                return false
            }
    }

    static let conditionWords: Set<String> = ["without", "unless", "until", "before"]

    /// Words that open another clause, where a negation before them no longer reaches.
    static let clauseOpeners: Set<String> = ["and", "but", "so", "because", "although", "though", "while", "whereas"]

    /// Where `phrase` starts, each time it occurs.
    func starts(of phrase: TriggerPhrase) -> [Int] {
        guard let first = phrase.words.first else { return [] }
        if phrase.isPrefix, phrase.words.count == 1 {
            return tokens.indices.filter { tokens[$0].hasPrefix(first) }
        }
        return (positions[first] ?? []).filter { occurs(phrase, at: $0) }
    }

    /// Whether `phrase`, whose first word is at `start`, goes on there.
    private func occurs(_ phrase: TriggerPhrase, at start: Int) -> Bool {
        guard start + phrase.words.count <= tokens.count else { return false }
        for offset in 1..<phrase.words.count {
            let token = tokens[start + offset]
            let word = phrase.words[offset]
            let isLast = offset == phrase.words.count - 1
            if !((isLast && phrase.isPrefix) ? token.hasPrefix(word) : token == word) { return false }
        }
        return true
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
