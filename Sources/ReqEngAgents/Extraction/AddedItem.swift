import ReqEngModel

/// A thing added to the need just said, without saying the need again: "They need an email when
/// they order. And maybe a reminder the day before." The added thing is needed the same way: "They
/// need a reminder the day before", a Could when it comes with a "maybe" or is then judged "nice".
///
/// Only a phrase that opens (after "and", "also", "maybe" …) with a determiner and has no verb of
/// its own is an added thing, and only after a sentence whose need phrase ("need", "want", "should
/// have" …) is followed by a thing of the same shape; "And the shop?" or "And then we bake." add
/// nothing.
enum AddedItem {
    /// The need `fragment` adds to `previous` (a sentence that stated a need), in full, and whether
    /// it was hedged; `nil` when `fragment` adds no thing to it.
    static func expanded(_ fragment: String, after previous: String) -> (sentence: String, hedged: Bool)? {
        guard !fragment.contains("?") else { return nil }
        var words = fragment.split(separator: " ").map(String.init)
        var hedged = false
        while let first = words.first.map(SpeechCleaner.bare), leads.contains(first) {
            if hedges.contains(first) { hedged = true }
            words.removeFirst()
        }
        let lower = words.map(SpeechCleaner.bare)
        // "They need to see who's coming. And mark who showed up.": a second doing of the same need.
        if let action = addedAction(words, lower: lower, after: previous) { return (action, hedged) }
        guard (2...12).contains(words.count), let first = lower.first, determiners.contains(first),
            !lower.contains(where: { verbs.contains($0) }),
            // "The keep-warm function uses power.": a verb in "s" after the noun, with words after it.
            !lower.indices.dropFirst(2).dropLast().contains(where: { ProductStatement.isPresentVerb(lower[$0]) })
        else { return nil }
        let said = previous.split(separator: " ").map(String.init)
        let saidLower = said.map(SpeechCleaner.bare)
        // The need phrase and the thing it is followed by, before any comma of the sentence.
        let clauseEnd = said.firstIndex(where: { $0.hasSuffix(",") }) ?? said.count
        guard
            let verb = saidLower.indices.prefix(clauseEnd).last(where: {
                needVerbs.contains(saidLower[$0]) && $0 + 1 < clauseEnd && determiners.contains(saidLower[$0 + 1])
            }), verb >= 1
        else { return nil }
        var thing = words
        // "…, too.", "… as well": the adding words close the phrase and say nothing of the thing.
        while let last = thing.last.map(SpeechCleaner.bare), addingWords.contains(last) || last == "well" {
            thing.removeLast()
            if last == "well", thing.last.map(SpeechCleaner.bare) == "as" { thing.removeLast() }
        }
        guard !thing.isEmpty else { return nil }
        let body = TextCleanup.trim((said[...verb] + thing).joined(separator: " "), " ,;:-.!")
        return (body + ".", hedged)
    }

    /// `previous` with the doing after its need phrase ("need to see …", "should see …") replaced
    /// by the one `words` add ("mark who showed up"); `nil` unless `words` open with such a verb.
    static func addedAction(_ words: [String], lower: [String], after previous: String) -> String? {
        guard (2...12).contains(words.count), let verb = lower.first,
            ValidationLexicon.verbs.contains(verb) || ["see", "get", "change", "pick"].contains(verb),
            // ("which ones are repaired" is the object; a need phrase would be a need of its own.)
            !lower.dropFirst().contains(where: ownNeed.contains)
        else { return nil }
        let said = previous.split(separator: " ").map(String.init)
        let saidLower = said.map(SpeechCleaner.bare)
        let clauseEnd = said.firstIndex(where: { $0.hasSuffix(",") }) ?? said.count
        // The need phrase's last word ("to" of "need to", or the modal), with a verb after it.
        guard
            let cue = saidLower.indices.prefix(clauseEnd).dropLast().last(where: { index in
                (saidLower[index] == "to" && index > 0 && actionCues.contains(saidLower[index - 1])
                    || ["should", "must", "shall"].contains(saidLower[index]))
                    && ValidationLexicon.verbs.union(["see"]).contains(saidLower[index + 1])
            }), cue >= 1
        else { return nil }
        return TextCleanup.trim((said[...cue] + words).joined(separator: " "), " ,;:-.!") + "."
    }

    /// Words that give an added doing a need of its own.
    static let ownNeed: Set<String> = [
        "should", "shall", "must", "would", "could", "can", "will", "need", "needs", "want", "wants",
    ]
    /// Need phrases ending in "to" whose doing an added verb can stand in for.
    static let actionCues: Set<String> = ["need", "needs", "want", "wants", "able", "have", "has"]

    /// Words that may open the added phrase; a hedge among them makes the added thing a Could.
    static let leads: Set<String> = ["and", "also", "plus", "maybe", "perhaps", "possibly", "oh", "um", "uh", "then"]
    static let hedges: Set<String> = ["maybe", "perhaps", "possibly"]
    static let addingWords: Set<String> = ["too", "also"]
    static let determiners: Set<String> = ["a", "an", "the", "some", "their", "our", "its"]
    /// Need phrases whose thing an added phrase can stand in for.
    static let needVerbs: Set<String> = [
        "need", "needs", "want", "wants", "have", "has", "get", "gets", "receive", "receives", "show", "shows",
    ]
    /// Words that give the phrase a verb of its own.
    static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "would", "should", "could", "can", "will", "must", "has", "have", "do",
        "does", "did", "need", "needs", "want", "wants", "its", "thats", "theres",
    ]

    /// `requirement` as a Could: its priority, and its modal ("shall", "must", "should") as "may".
    static func asCould(_ requirement: Requirement) -> Requirement {
        ConfirmedProposal.reprioritised(requirement, as: .could, saying: "may", for: ["shall", "must", "should"])
    }

    /// Whether `sentence` judges what was just said as no more than nice ("That would be nice but
    /// it's not a must."), making it a Could.
    static func judgedNice(_ sentence: String) -> Bool {
        let lower = TextTokens(sentence).words
        return ["that", "it", "thatd", "itd"].contains(lower.first ?? "")
            && CandidateFilter.containsSequence(lower.prefix(6)[...], [["be", "nice"], ["nice", "to", "have"]])
    }
}
