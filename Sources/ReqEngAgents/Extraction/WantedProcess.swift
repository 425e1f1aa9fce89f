/// A stakeholder describing how they want something to work, in the present tense, because the
/// interviewer just asked exactly that: "So how would you like that to work?" — "The mechanic
/// enters the estimate and the customer gets a text with a link." Each such sentence is the need,
/// said as the process it should be, though it has no need phrase.
package enum WantedProcess {
    /// Whether `question` asks how the stakeholder wants something to work or to be seen ("How
    /// would you like that to work?", "how would you want to see your jobs?", "How should the
    /// reminder go?").
    package static func asksForProcess(_ question: String) -> Bool {
        guard question.hasSuffix("?") else { return false }
        let words = TextTokens(question).words
        if CandidateFilter.containsSequence(words[...], whatShouldHappen) { return true }
        // "And in the new system?": how it is to be, asked in a few words.
        if words.count <= 6, CandidateFilter.containsSequence(words[...], newProduct) { return true }
        // "And when something isn't there?", "What happens if the scan fails?": what is to happen then.
        var opening = words[...]
        while let first = opening.first, ["and", "so", "but", "okay", "then"].contains(first) { opening.removeFirst() }
        if opening.starts(with: ["what", "happens"]) { return true }
        // "And the course fills up, what happens then?": the case first, then the question ("The
        // customer arrives, what happens?" may ask how it goes today).
        if words.count <= 12, let comma = question.firstIndex(of: ","),
            TextTokens(String(question[comma...])).words == ["what", "happens", "then"]
        {
            return true
        }
        if words.count <= 12, let first = opening.first, ["when", "if"].contains(first), opening.count >= 3,
            !ConfirmedProposal.auxiliaries.contains(opening[opening.startIndex + 1]),
            // "When they receive goods, do they type it?": a yes/no question of its own.
            !words.contains(where: ["do", "does", "did", "should", "would", "could", "can", "will"].contains)
        {
            return true
        }
        guard let how = words.firstIndex(of: "how") else { return false }
        let rest = Array(words[(how + 1)...])
        return rest.starts(with: ["would", "you", "like"]) || rest.starts(with: ["would", "you", "want"])
            || rest.starts(with: ["do", "you", "want"]) || rest.starts(with: ["should"])
            || rest.starts(with: ["do", "you", "see"]) || rest.starts(with: ["would", "that", "work"])
            || rest.starts(with: ["would", "it", "work"]) || rest.starts(with: ["would", "you", "do"])
    }

    /// Whether an interviewer's turn asks how something is to go: its last question does, or a
    /// short one after it only narrows it ("And when something isn't there? A short pick?").
    package static func asksForProcess(inTurn sentences: [String]) -> Bool {
        guard let last = sentences.last else { return false }
        if asksForProcess(last) { return true }
        guard sentences.count >= 2, last.hasSuffix("?"), TextTokens(last).words.count <= 4 else { return false }
        return asksForProcess(sentences[sentences.count - 2])
    }

    static let whatShouldHappen: [[String]] = [
        ["what", "should", "happen"], ["what", "would", "you", "like", "to", "happen"],
        ["what", "do", "you", "want", "to", "happen"], ["what", "should", "it", "do"],
        // "What goes wrong today?" … "And what would you like instead?": the new way, asked.
        ["what", "would", "you", "like", "instead"], ["what", "do", "you", "want", "instead"],
    ]
    /// Words that speak of the product to be built rather than of what exists.
    static let newProduct: [[String]] = [
        ["the", "new", "system"], ["the", "new", "app"], ["the", "new", "website"], ["the", "new", "site"],
        ["the", "new", "tool"], ["the", "new", "one"], ["the", "new", "version"], ["the", "new", "software"],
    ]

    /// Whether a sentence says by itself that it describes the product to be built: "In the new
    /// system people pick their seat on the map", "the money goes back to the card automatically".
    package static func describesNewProduct(_ sentence: String) -> Bool {
        let words = TextTokens(sentence).words
        return words.contains("automatically") || CandidateFilter.containsSequence(words[...], newProduct)
    }

    /// `cleaned` as a statement of the wanted process, or `nil` when it is not a statement in the
    /// present tense: a question, a fragment without a verb, a hedge about the speaker's own mind,
    /// or a description of today or the past.
    package static func statement(_ cleaned: String, original: String, minimumWords: Int = 5) -> String? {
        guard !original.contains("?"), !original.lowercased().contains("\""),
            let words = ProductStatement.statedWords(cleaned, original: original), words.count >= minimumWords,
            words.count <= 40
        else { return nil }
        let lower = words.map(SpeechCleaner.bare)
        // "The mechanic puts in …": a verb after a subject led by a determiner ("waiting for parts"
        // ends in "s" but follows a preposition).
        let presentVerb = lower.indices.dropFirst(2).contains { index in
            // "the first one on the list gets the place": "gets" with a thing is what someone receives.
            (ProductStatement.isPresentVerb(lower[index])
                || ["gets", "has"].contains(lower[index]) && index + 1 < lower.count
                    && ["the", "a", "an"].contains(lower[index + 1])
                // "the order is cancelled", "the food goes back in stock": a step said in the
                // passive, or a thing moved.
                || ["is", "are"].contains(lower[index]) && index + 1 < lower.count && lower[index + 1].hasSuffix("ed")
                || ["goes", "comes"].contains(lower[index]) && index + 1 < lower.count
                    && ["back", "out", "into", "to"].contains(lower[index + 1]))
                && lower[max(0, index - 3)..<(index - 1)].contains(where: subjectDeterminers.contains)
                && !CandidateFilter.prepositions.contains(lower[index - 1])
                && !subjectDeterminers.contains(lower[index - 1]) && !words[index - 1].hasSuffix(",")
        }
        let personAndVerb = lower.indices.dropLast().contains { index in
            ["i", "we", "they", "you", "he", "she"].contains(lower[index])
                && !notProcessVerbs.contains(lower[index + 1]) && lower[index + 1].allSatisfy(\.isLetter)
        }
        // "Unless it's cheese, that we sell at the market": a condition whose main clause is missing.
        let dangling =
            ["unless", "except", "if", "when", "because", "although"].contains(lower[0])
            && !words.indices.dropLast().contains(where: { index in
                words[index].hasSuffix(",") && !["that", "which", "who"].contains(lower[index + 1])
            })
        guard presentVerb || personAndVerb, !dangling,
            !lower.contains(where: { notProcessVerbs.contains($0) && ["think", "guess", "know", "mean"].contains($0) })
        else { return nil }
        let text = TextCleanup.trim(words.joined(separator: " "), " ,;:-!.")
        return TextCleanup.capitalizedFirst(text) + "."
    }

    /// The phrases without a verb that follow a step and say how it goes ("With a reason.",
    /// "Empty, damaged, wrong article."), joined; `nil` when the next sentence is a clause.
    package static func details(_ sentences: ArraySlice<String>) -> String? {
        var phrases: [String] = []
        for sentence in sentences.prefix(2) {
            let cleaned = TextCleanup.trim(SpeechCleaner().clean(sentence).text, " ,;:-!.")
            let lower = TextTokens(cleaned).words
            guard !sentence.contains("?"), (1...6).contains(lower.count),
                !lower.contains(where: { OpenAnswer.verbs.contains($0) || ProductStatement.isPresentVerb($0) }),
                !["yes", "yeah", "no", "okay", "ok", "right", "well", "so", "because"].contains(lower[0])
            else { break }
            phrases.append(TextCleanup.lowercasedFirst(cleaned))
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: ": ")
    }

    static let subjectDeterminers: Set<String> = ["the", "a", "an", "each", "every", "our", "my", "their", "your"]

    /// Words after a person that make no step of a process: modals and auxiliaries (a need phrase,
    /// read elsewhere), the past, and verbs of the speaker's mind.
    static let notProcessVerbs: Set<String> = [
        "would", "could", "should", "will", "can", "must", "might", "may", "shall", "did", "didn't", "don't", "do",
        "had", "was", "were", "used", "think", "guess", "know", "mean", "suppose", "said", "told", "went", "got",
        "are", "have", "need", "want", "like", "just",
    ]
}
