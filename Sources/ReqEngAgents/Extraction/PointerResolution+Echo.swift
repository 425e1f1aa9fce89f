import ReqEngModel

/// "it" in an answer that echoes the question's verb stands for the question's object: "Do they
/// need to see the rota?" — "The staff should see it, read only." → "The staff should see the rota,
/// read only." The same verb on both sides is what ties the pronoun to the thing asked about; any
/// other "it" stays as said.
extension PointerResolution {
    /// `sentence` with the "it" after the question's verb replaced by the question's object; `nil`
    /// when the question does not end on a verb and its object, or the sentence does not echo the
    /// verb with "it".
    static func echoedObject(in sentence: String, question: String) -> String? {
        guard let (verb, object) = askedObject(question) else { return nil }
        var words = sentence.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard
            let position = lower.indices.dropFirst().first(where: {
                lower[$0] == "it" && [verb, verb + "s"].contains(lower[$0 - 1])
            })
        else { return nil }
        let trail = words[position].reversed().prefix(while: { punctuation.contains($0) }).reversed()
        words[position] = object + String(trail)
        return words.joined(separator: " ")
    }

    /// "… do they need to see the rota?" → ("see", "the rota"): the verb a question ends on and the
    /// thing after it, said with a determiner in at most three words without a verb of their own.
    static func askedObject(_ question: String) -> (verb: String, object: String)? {
        guard let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        let words = TextCleanup.trim(asked, " ?").split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard
            let determiner = lower.indices.dropFirst().last(where: {
                ["the", "a", "an", "your", "our", "this"].contains(lower[$0])
            }),
            (2...4).contains(lower.count - determiner), !words[determiner...].contains(where: { $0.contains(",") })
        else { return nil }
        let verb = lower[determiner - 1]
        let thing = lower[(determiner + 1)...]
        guard verb.count > 2, !phraseVerbs.contains(verb), !CandidateFilter.prepositions.contains(verb),
            !thing.contains(where: { phraseVerbs.contains($0) || CandidateFilter.prepositions.contains($0) }),
            !["it", "that", "this", "one"].contains(verb)
        else { return nil }
        let article = ["your", "our"].contains(lower[determiner]) ? "the" : lower[determiner]
        return (verb, ([article] + thing).joined(separator: " "))
    }

    private static let punctuation = Set(",.;:!?")
}
