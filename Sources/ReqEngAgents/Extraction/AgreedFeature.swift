/// A feature a design team member names in a few words, without a verb ("The least amount of
/// functions possible.", "Plastic inside.", "A couple of grey stripes."), that someone else then
/// agrees to: a decision taken in passing, kept in the speaker's words as a Could.
///
/// Only words that describe what the product has count: a word of size, number, material, colour
/// or feel about a thing ("big buttons", "fewer buttons"), never a clause (a pronoun or a verb
/// makes the words a sentence, read elsewhere), a refusal ("No teletext." is a Won't) or a
/// question. The caller checks that the words are the whole turn (not a gloss on the sentence
/// before them, as "Small screens." after "The pages work on phones first.") and speak of what the
/// conversation keeps returning to.
package enum AgreedFeature {
    /// The feature in the speaker's cleaned words, as a statement; `nil` when `cleaned` names none.
    package static func words(_ cleaned: String) -> String? {
        // "The little red light's on": a contraction makes the words a clause.
        guard !cleaned.contains("?"), !cleaned.contains("'"), !cleaned.contains("\u{2019}") else { return nil }
        var words = cleaned.split(separator: " ").map(String.init)
        while let first = words.first, leadIns.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        let lower = TextTokens(words.joined(separator: " ")).words
        guard (2...8).contains(lower.count), let first = lower.first, !["no", "not", "none"].contains(first),
            !lower.contains(where: { clauseWords.contains($0) || $0.hasSuffix("ing") }),
            lower.contains(where: describing.contains),
            lower.contains(where: {
                !describing.contains($0) && !CandidateFilter.emptyWords.contains($0)
                    && !ConversationContext.murmurs.contains($0) && !["mmhmm", "uhhuh"].contains($0)
            })
        else { return nil }
        let text = TextCleanup.trim(words.joined(separator: " "), " ,;:-!.")
        return TextCleanup.capitalizedFirst(text) + "."
    }

    static let leadIns: Set<String> = [
        "so", "and", "or", "but", "maybe", "perhaps", "well", "okay", "ok", "then", "oh", "yeah", "um", "uh", "right",
        "just", "like", "with",
    ]

    /// Words that make the words a clause, or the speaker's aside, rather than a feature named.
    static let clauseWords: Set<String> = [
        "i", "we", "you", "they", "he", "she", "it", "its", "me", "us", "them", "this", "that", "these", "those",
        "is", "are", "was", "were", "be", "been", "am", "have", "has", "had", "do", "does", "did", "can", "could",
        "would", "should", "will", "shall", "must", "may", "might", "need", "needs", "want", "wants", "think",
        "know", "mean", "go", "get", "got", "make", "use", "put", "say", "said", "see", "what", "how", "why",
        "where", "when", "who", "which", "if", "because", "than", "thats", "theres", "whats", "im", "were", "youre",
        "lets", "likely", "worries", "problem", "sorry", "please", "thanks", "one", "ones", "thing", "things",
        "stuff", "idea", "point", "press", "hold", "push", "click", "turn", "switch", "lights", "s", "jump",
    ]

    /// Words of size, number, material, colour, shape or feel that describe what a thing has.
    static let describing: Set<String> = [
        "big", "bigger", "small", "smaller", "large", "larger", "tiny", "few", "fewer", "least", "less", "minimum",
        "maximum", "simple", "basic", "compact", "slim", "thin", "thick", "light", "lighter", "heavy", "soft",
        "hard", "round", "rounded", "curved", "flat", "spongy", "rubber", "rubbery", "plastic", "wooden", "metal",
        "titanium", "steel", "aluminium", "wood", "glass", "leather", "silicone", "grey", "gray", "yellow", "black",
        "white", "red", "blue", "green", "colourful", "colorful",
        "bright", "ergonomic", "standard", "normal", "low",
    ]
}
