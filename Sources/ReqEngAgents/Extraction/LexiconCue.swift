/// One weighted piece of evidence for a class: a short word pattern (see ``TextTokens/matches(_:)``).
package struct LexiconCue: Sendable, Hashable {
    package let pattern: [String]
    package let weight: Double
    let compiled: TokenPattern

    package init(_ pattern: String, _ weight: Double) {
        self.pattern = pattern.split(separator: " ").map(String.init)
        self.weight = weight
        self.compiled = TokenPattern(self.pattern)
    }

    /// Builds cues from an ordered literal (order matters: sums stay bit-identical run to run).
    static func list(_ pairs: KeyValuePairs<String, Double>) -> [LexiconCue] {
        pairs.map { LexiconCue($0.key, $0.value) }
    }

    /// Weighted evidence of `cues` in `tokens`; a cue counts at most twice so one repeated word
    /// cannot outweigh several different ones.
    static func score(_ cues: [LexiconCue], in tokens: TextTokens) -> Double {
        var total = 0.0
        for cue in cues {
            let hits = min(tokens.matches(cue.compiled), 2)
            if hits > 0 { total += cue.weight * (hits == 1 ? 1.0 : 1.5) }
        }
        return total
    }
}

/// A list of cues prepared for scoring many sentences, with the sums ``LexiconCue/score(_:in:)``
/// gives: a cue opening with a word or a stem can only match where a word it accepts stands, so
/// each word of a sentence is looked up for the cues that may start at it (once per distinct word,
/// in a ``TextMemo``), instead of every cue of the lexicon scanning every word of every sentence.
final class LexiconIndex: Sendable {
    let cues: [LexiconCue]
    /// Cues opening with a number, any word or a gap (or with nothing): counted as before.
    private let general: [Int]
    private let byWord: [String: [Int]]
    private let stems: [Int]
    private let starting = TextMemo<[Int]>()

    init(_ cues: [LexiconCue]) {
        self.cues = cues
        var general: [Int] = []
        var byWord: [String: [Int]] = [:]
        var stems: [Int] = []
        for (index, cue) in cues.enumerated() {
            switch cue.compiled.elements.first {
            case .word(let word): byWord[word, default: []].append(index)
            case .prefix: stems.append(index)
            default: general.append(index)
            }
        }
        self.general = general
        self.byWord = byWord
        self.stems = stems
    }

    /// Weighted evidence of the cues in `tokens`: the same as ``LexiconCue/score(_:in:)``, summed in
    /// the same order.
    func score(_ tokens: TextTokens) -> Double {
        var hits = [Int](repeating: 0, count: cues.count)
        for cue in general { hits[cue] = tokens.matches(cues[cue].compiled) }
        for (start, word) in tokens.words.enumerated() {
            for cue in starting.value(for: word, startingCues) where tokens.matches(cues[cue].compiled, at: start) {
                hits[cue] += 1
            }
        }
        var total = 0.0
        for (cue, count) in zip(cues, hits) where count > 0 {
            total += cue.weight * (min(count, 2) == 1 ? 1.0 : 1.5)
        }
        return total
    }

    /// The cues whose first element accepts `word`.
    private func startingCues(_ word: String) -> [Int] {
        (byWord[word] ?? []) + stems.filter { cues[$0].compiled.elements[0].accepts(word) }
    }
}
