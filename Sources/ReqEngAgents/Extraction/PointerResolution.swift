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

    /// "Who does the scanning at the door?" "Volunteers, mostly. …": the people a turn's first
    /// sentence names in answer to a "who" question, without "mostly" and its kin; `nil` when the
    /// question asks no "who" or the answer is more than a name.
    static func whoAnswer(_ answer: String?, question: String) -> String? {
        guard let answer, let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        let opening = asked.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
            .drop { SpeechCleaner.leadingDiscourse.contains($0) }
        guard opening.first == "who" else { return nil }
        // The words as said: a hedge that cleaning drops ("I think the council pays") says more
        // than a name.
        var words = answer.split(separator: " ").map(String.init).filter {
            !["um", "uh", "er", "erm"].contains(SpeechCleaner.bare($0))
        }
        while let last = words.last, answerQualifiers.contains(SpeechCleaner.bare(last)) { words.removeLast() }
        let text = TextCleanup.trim(words.joined(separator: " "), " ,;:-!.")
        let lower = text.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
        guard (1...4).contains(lower.count), !text.contains(","),
            !lower.contains(where: {
                phraseVerbs.contains($0) || NeedDetector.firstPersonWords.contains($0)
                    || ["yes", "no", "yeah", "nobody", "everyone", "everybody", "it", "they", "them"].contains($0)
            }),
            let first = lower.first, !SpeechCleaner.leadingDiscourse.contains(first)
        else { return nil }
        return text
    }

    /// "So, um, they should only be able to scan." with "Volunteers" → "Volunteers should only be
    /// able to scan.": a sentence whose subject is "they" and a verb of need, with the named people
    /// in its place; `nil` otherwise.
    static func replacingThey(in sentence: String, with people: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard
            let they = words.firstIndex(where: {
                !SpeechCleaner.leadingDiscourse.contains(SpeechCleaner.bare($0))
                    && !["um", "uh", "er", "erm"].contains(SpeechCleaner.bare($0))
            }), SpeechCleaner.bare(words[they]) == "they", they + 2 < words.count,
            pointerVerbs.contains(SpeechCleaner.bare(words[they + 1]))
        else { return nil }
        return TextCleanup.capitalizedFirst(people) + " " + words[(they + 1)...].joined(separator: " ")
    }

    static let answerQualifiers: Set<String> = [
        "mostly", "usually", "normally", "generally", "only", "mainly", "always",
    ]

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
