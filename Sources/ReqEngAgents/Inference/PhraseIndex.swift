/// Which of a list of texts can hold a phrase, found from the phrase's first word.
///
/// The inference rules look for some 460 trigger phrases in every sentence of a project; most
/// sentences hold none of a rule's phrases. A phrase occurs in a text only where its first word is
/// a token of the text (or, for a one-word phrase ending in `*`, where a token starts with it), so
/// the texts worth asking are those listed under that word. Asking ``TokenizedText/contains(_:)``
/// of these candidates alone gives the same answers as asking every text.
struct PhraseIndex {
    /// The positions in the indexed list of the texts holding each token, ascending.
    private let textsByToken: [String: [Int]]

    init(_ texts: [TokenizedText]) {
        var textsByToken: [String: [Int]] = [:]
        for (position, text) in texts.enumerated() {
            for token in text.tokens where textsByToken[token]?.last != position {
                textsByToken[token, default: []].append(position)
            }
        }
        self.textsByToken = textsByToken
    }

    /// The positions of the texts that can hold one of `phrases`, ascending and each once: a
    /// superset of those that do.
    func candidates(for phrases: [TriggerPhrase]) -> [Int] {
        var found = Set<Int>()
        for phrase in phrases {
            guard let first = phrase.words.first else { continue }
            if phrase.isPrefix, phrase.words.count == 1 {
                for (token, positions) in textsByToken where token.hasPrefix(first) {
                    found.formUnion(positions)
                }
            } else {
                found.formUnion(textsByToken[first] ?? [])
            }
        }
        return found.sorted()
    }
}
