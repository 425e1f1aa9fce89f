/// An interviewer's either-or question answered with one of its options: "Should the reminder
/// come by text or by email?" — "By text. Nobody reads email." The need is the question with the
/// option chosen: "The reminder should come by text."
///
/// The reply must name one option's words and not the other's in its first sentence; "Both." joins
/// the two. A reply that names neither, refuses ("No, neither"), says yes to a choice or runs on
/// for long settles nothing: the question stays unanswered.
package enum ChoiceAnswer {
    /// The yes/no question `question` narrowed to the option `reply` chose ("Should the reminder
    /// come by text?"), or `nil` when it is no either-or question or the reply picks no option.
    ///
    /// A condition before the question ("If they can't come, would they cancel it themselves or
    /// ring you?") is handed back apart, for the statement to open with.
    package static func chosenQuestion(_ question: String, reply: String) -> (question: String, condition: String?)? {
        var words = SpeechCleaner().clean(question).text.split(separator: " ").map(String.init)
        while let first = words.first, ConfirmedProposal.leadIns.contains(SpeechCleaner.bare(first)) {
            words.removeFirst()
        }
        var condition: String?
        if let first = words.first, StatementBuilder.conditionWords.contains(SpeechCleaner.bare(first)),
            let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
            ConfirmedProposal.auxiliaries.contains(SpeechCleaner.bare(words[comma + 1]))
        {
            condition = TextCleanup.capitalizedFirst(TextCleanup.trim(words[...comma].joined(separator: " "), " ,"))
            words.removeFirst(comma + 1)
        }
        let lower = words.map(SpeechCleaner.bare)
        guard question.hasSuffix("?"), let first = lower.first, ConfirmedProposal.auxiliaries.contains(first),
            lower.count { $0 == "or" } == 1, let or = lower.firstIndex(of: "or"), or >= 3, or + 1 < lower.count,
            // "…, or something like that?", "…, or what?": no second option.
            !["something", "anything", "whatever", "not", "so", "what"].contains(lower[or + 1])
        else { return nil }
        var prefix = Array(words[..<or])
        // "… part of the website, or separate?": a pause before the "or" ends a first option longer
        // than its last word.
        let pausedBeforeOr = prefix[prefix.count - 1].hasSuffix(",")
        prefix[prefix.count - 1] = TextCleanup.trim(prefix[prefix.count - 1], ",")
        let second = Array(words[(or + 1)...])
        guard (1...6).contains(second.count), !second.dropLast().contains(where: { $0.hasSuffix(",") }) else {
            return nil
        }
        // Where the first option starts: at the word the second one opens with ("by text or by
        // email"), or the last word when each option is one word ("text or email").
        let opener = SpeechCleaner.bare(second[0])
        // ("an app or a website": one article in two spellings.)
        let openers: Set<String> = ["a", "an"].contains(opener) ? ["a", "an"] : [opener]
        // ("go by email or text message": the first option starts after the preposition both share.)
        let afterPreposition = prefix.indices.dropFirst(2).suffix(3).last {
            CandidateFilter.prepositions.contains(SpeechCleaner.bare(prefix[$0]))
        }.map { $0 + 1 }.flatMap { $0 < prefix.count ? $0 : nil }
        let start: Int? =
            prefix.indices.dropFirst(2).last { openers.contains(SpeechCleaner.bare(prefix[$0])) }
            ?? (second.count == 1 ? prefix.count - 1 : afterPreposition)
        let asked = contentWords(Array(prefix.prefix(start ?? max(1, prefix.count - 3))))
        let secondWords = contentWords(second).subtracting(asked)
        let firstWords = contentWords(Array(prefix[(start ?? max(1, prefix.count - 3))...])).subtracting(secondWords)
        guard !firstWords.isEmpty, !secondWords.isEmpty else { return nil }

        guard let answer = SentenceSplitter().split(reply).first else { return nil }
        let said = TextTokens(SpeechCleaner().clean(answer).text).words.drop {
            ConfirmedProposal.interjections.contains($0)
        }
        guard let opening = said.first, said.count <= 12, !said.contains("or"),
            !["no", "neither", "nope", "yes", "yeah", "yep", "either", "depends", "maybe", "not"].contains(opening),
            ConfirmedProposal.reading(of: reply) != .rejects
        else { return nil }
        let narrowed = { (words: [String]) in
            (TextCleanup.trim(words.joined(separator: " "), " ,?") + "?", condition)
        }
        if opening == "both" {
            return narrowed(prefix + ["and"] + second)
        }
        let answered = contentWords(Array(said))
        // "Part of that website, or separate?" "Part of it.": with a one-word second option, where
        // the first one starts is a guess, and words said back from before it name it too.
        let namesFirst =
            !answered.isDisjoint(with: firstWords) || second.count == 1 && !answered.isDisjoint(with: asked)
        let namesSecond = !answered.isDisjoint(with: secondWords)
        if namesFirst && !namesSecond { return narrowed(prefix) }
        if namesSecond && !namesFirst, let start {
            // "Part of the website, or separate?" "Separate.": where the first option starts is
            // unknown, and "part of the separate" says nothing.
            if second.count == 1, pausedBeforeOr, start > 0,
                StatementBuilder.determiners.contains(SpeechCleaner.bare(prefix[start - 1]))
            {
                return nil
            }
            return narrowed(Array(prefix[..<start]) + second)
        }
        return nil
    }

    /// The content words of `words`, each reduced as the domain vocabulary reduces them.
    static func contentWords(_ words: [String]) -> Set<String> {
        Set(
            TextTokens(words.joined(separator: " ")).words.filter { !CandidateFilter.emptyWords.contains($0) }
                .map(DomainVocabulary.normalised))
    }
}
