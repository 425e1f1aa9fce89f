/// A pointer ("that", "it") read as the thing a speaker named just before it, in the two shapes
/// spoken requirements take: the name said as a sentence of its own ("Cheapest first. That should
/// be the default.") and the name put in front of the clause ("The ordered quantity, it should be
/// the default.").
///
/// The name must be a short phrase without a verb of its own: "Pavel said ten minutes. That's fine"
/// points at a whole sentence, which no statement can carry.
enum PointerResolution {
    /// "Cheapest first. That should be the default." → "Cheapest first should be the default.": a
    /// sentence opening with "that" or "this" and a verb, after a name said first, with the name in
    /// the pointer's place; `nil` otherwise.
    static func afterName(_ sentence: String, name phrase: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 3, let pointer = words.first.map(SpeechCleaner.bare) else { return nil }
        let rest: [String]
        switch pointer {
        case "that", "this":
            guard pointerVerbs.contains(SpeechCleaner.bare(words[1])) else { return nil }
            rest = Array(words.dropFirst())
        case "that's", "this's":
            // "That's a must", "that's important"; "that's fine, but …" judges what was said.
            let said = words.dropFirst().map(SpeechCleaner.bare).joined(separator: " ") + " "
            guard rankings.contains(where: { said.hasPrefix($0 + " ") }) else { return nil }
            rest = ["is"] + words.dropFirst()
        default:
            return nil
        }
        guard !phrase.contains("?"), let named = name(SpeechCleaner().clean(phrase).text) else { return nil }
        return named + " " + rest.joined(separator: " ")
    }

    /// "The ordered quantity, it should be the default." → "The ordered quantity should be the
    /// default.": a name put before a clause that opens with "it" or "they" and a verb; `nil`
    /// otherwise.
    static func dislocated(_ cleaned: String) -> String? {
        let words = cleaned.split(separator: " ").map(String.init)
        guard let comma = words.prefix(6).firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
            comma + 3 < words.count, ["it", "they"].contains(SpeechCleaner.bare(words[comma + 1])),
            pointerVerbs.contains(SpeechCleaner.bare(words[comma + 2])),
            let named = name(words[...comma].joined(separator: " "))
        else { return nil }
        return named + " " + words[(comma + 2)...].joined(separator: " ")
    }

    /// The phrase without its closing punctuation when it names a thing (two to six words, no verb,
    /// not a person speaking, not a discourse word); `nil` otherwise.
    static func name(_ phrase: String) -> String? {
        let lower = phrase.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
        guard (2...6).contains(lower.count),
            !lower.contains(where: {
                phraseVerbs.contains($0) || NeedDetector.firstPersonWords.contains($0)
                    || ExtractionAgent.reportingVerbs.contains($0) || CandidateFilter.subordinators.contains($0)
            }),
            let first = lower.first, !SpeechCleaner.leadingDiscourse.contains(first),
            !ProductStatement.notSubjects.contains(first),
            lower.contains(where: { !CandidateFilter.emptyWords.contains($0) })
        else { return nil }
        return TextCleanup.trim(phrase, " ,;:-!.")
    }

    /// What "that's" may go on with to rank what it points at.
    static let rankings = [
        "a must", "important", "really important", "very important", "essential", "crucial", "key", "the default",
        "required", "mandatory", "necessary", "non-negotiable", "the priority", "the highest priority",
    ]
    /// The verbs after a pointer that may state a need of what it points at.
    static let pointerVerbs: Set<String> = [
        "should", "must", "shall", "has", "have", "needs", "need", "will", "would", "is", "are", "can",
    ]
    /// Words that give a phrase a verb of its own, so it is a sentence rather than a name.
    static let phraseVerbs: Set<String> = ConfirmedProposal.auxiliaries.union([
        "was", "were", "has", "have", "had", "am", "be", "it's", "that's", "there's", "don't", "doesn't", "isn't",
    ])
}
