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
