/// A proposal refused and its replacement said at once: "Should the rentals be sorted by price by
/// default?" "No, by distance, then by rating." The reply's phrase takes the place of the one the
/// question offered with the same preposition, and the question so changed is what was agreed:
/// "Should the rentals be sorted by distance, then by rating by default?"
package enum ReplacedOption {
    /// `question` with the option the `reply` replaces put in its place; `nil` unless the reply
    /// opens with a "no" and a short phrase that starts with a preposition the question offers an
    /// option with.
    package static func question(_ question: String, reply: String) -> String? {
        guard question.hasSuffix("?"), let said = replacement(in: reply) else { return nil }
        let words = question.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        let preposition = SpeechCleaner.bare(said[0])
        // The option is the few words after that preposition, up to the next one or the end.
        let options = lower.indices.filter { lower[$0] == preposition }.compactMap { start -> Range<Int>? in
            let end =
                lower.indices.dropFirst(start + 1).first(where: {
                    CandidateFilter.prepositions.contains(lower[$0]) || words[$0 - 1].hasSuffix(",")
                }) ?? lower.count
            let object = lower[(start + 1)..<end]
            guard (1...3).contains(object.count), !object.allSatisfy(notOptions.contains) else { return nil }
            return start..<end
        }
        guard options.count == 1, let option = options.first else { return nil }
        var changed = Array(words[..<option.lowerBound]) + [preposition] + said.dropFirst()
        if option.upperBound < words.count {
            changed[changed.count - 1] = TextCleanup.trim(changed[changed.count - 1], " ,.")
            changed += words[option.upperBound...]
        } else {
            changed[changed.count - 1] = TextCleanup.trim(changed[changed.count - 1], " ,.") + "?"
        }
        return changed.joined(separator: " ")
    }

    /// The phrase that replaces the option: after an opening "no" (in the same sentence or as a
    /// sentence of its own), a short phrase opened by a preposition and without a negation.
    static func replacement(in reply: String) -> [String]? {
        let sentences = SentenceSplitter().split(reply)
        guard let first = sentences.first else { return nil }
        var words = first.split(separator: " ").map(String.init)
        while let head = words.first, ConfirmedProposal.interjections.contains(SpeechCleaner.bare(head)) {
            words.removeFirst()
        }
        guard let no = words.first, ["no", "nope"].contains(SpeechCleaner.bare(no)) else { return nil }
        words.removeFirst()
        if words.isEmpty, sentences.count > 1 { words = sentences[1].split(separator: " ").map(String.init) }
        guard let head = words.first, CandidateFilter.prepositions.contains(SpeechCleaner.bare(head)),
            (2...10).contains(words.count), !NegationPolarity.isNegated(words.joined(separator: " "))
        else { return nil }
        return words
    }

    /// Words after a preposition that name no option: "by default", "in general".
    static let notOptions: Set<String> = ["default", "general", "now", "then", "all", "far", "the", "a", "example"]
}
