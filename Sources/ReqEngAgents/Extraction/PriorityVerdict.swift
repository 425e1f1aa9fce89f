import ReqEngModel

/// A thing named and given its priority in one breath, with no need phrase: "Voice is nice to
/// have.", "Okay, so wood is a nice to have, then.", "The receipt is a must.", "Offline mode is
/// top priority". The thing said is the requirement and the verdict its priority.
///
/// The subject must be a noun phrase of its own (no pointing "it", "that" or a person), short, and
/// the verdict must follow the copula at once and end the clause: "that's a nice to have" points
/// back at what was said, and "voice is nice to have if it's cheap" is a condition for a reader to
/// settle, which the need-phrase reading keeps.
package enum PriorityVerdict {
    /// The sentence in the speaker's words and its priority, or `nil` when it is not a verdict.
    package static func reading(_ cleaned: String) -> (words: String, priority: Priority)? {
        var words = cleaned.split(separator: " ").map(String.init)
        while let first = words.first,
            openers.contains(SpeechCleaner.bare(first))
                || first.hasSuffix(",")
                    && (SpeechCleaner.leadingDiscourse.contains(SpeechCleaner.bare(first))
                        || ["fine", "right", "well", "good"].contains(SpeechCleaner.bare(first)))
        {
            words.removeFirst()
        }
        // "Let's say wood is a nice to have": the speaker settles it.
        if words.count > 2, ["let's", "lets"].contains(SpeechCleaner.bare(words[0])),
            SpeechCleaner.bare(words[1]) == "say"
        {
            words.removeFirst(2)
        }
        let lower = words.map(SpeechCleaner.bare)
        if let named = namedThenJudged(words, lower) { return named }
        if let rule = firmRule(words, lower) { return rule }
        if let wished = wished(words, lower) { return wished }
        guard let copula = lower.firstIndex(where: { ["is", "are"].contains($0) }), (1...5).contains(copula),
            !words[..<copula].contains(where: { $0.hasSuffix(",") }),
            let head = lower.first, !notSubjects.contains(head),
            !lower[..<copula].contains(where: notSubjects.contains),
            // "Sorting on price is the highest priority": a gerund's phrase may hold a preposition.
            head.hasSuffix("ing") && head.count > 4
                || !lower[..<copula].contains(where: CandidateFilter.prepositions.contains)
        else { return nil }
        var verdict = Array(lower[(copula + 1)...])
        // "…, then.", "…, not a must": what follows a comma only adds to the verdict.
        if let comma = words[(copula + 1)...].firstIndex(where: { $0.hasSuffix(",") }) {
            // "…, and they get notified": a clause of its own follows, which the verdict would drop.
            guard words.count - comma - 1 <= 3, !lower[(comma + 1)...].contains("and") else { return nil }
            verdict = Array(lower[(copula + 1)...comma])
        }
        // "The button is the other must-have."
        while let first = verdict.first,
            ["a", "an", "the", "our", "just", "only", "really", "definitely", "other", "another", "also"].contains(
                first)
        {
            verdict.removeFirst()
        }
        // "… the highest priority for us": whom it matters to adds nothing to the rank.
        if verdict.count > 2, verdict[verdict.count - 2] == "for",
            ["us", "me", "them", "everyone", "everybody"].contains(verdict[verdict.count - 1])
        {
            verdict.removeLast(2)
        }
        let said = verdict.joined(separator: " ")
        guard let priority = verdicts.first(where: { $0.phrases.contains(said) })?.priority else { return nil }
        let subject = words[..<copula].joined(separator: " ")
        let text = TextCleanup.capitalizedFirst(subject) + " " + lower[copula] + " " + verdictWords(priority) + "."
        return (text, priority)
    }

    /// "A report every month, that's a must, I'd say": a thing named, then judged by "that's" or
    /// "it's" and the verdict after a comma. The thing is a phrase without a verb of its own.
    static func namedThenJudged(_ words: [String], _ lower: [String]) -> (words: String, priority: Priority)? {
        guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }), (1...7).contains(comma),
            comma + 2 < words.count, let head = lower.first, !notSubjects.contains(head),
            !lower[...comma].contains(where: { notSubjects.contains($0) || thingVerbs.contains($0) })
        else { return nil }
        // "…, that's a must" or "…, I'd put that as a must too": the judging words after the comma.
        var start = comma + 1
        if ["that's", "thats", "it's", "its"].contains(lower[start]) {
            start += 1
        } else if let judged = Self.judging(Array(lower[start...])) {
            start += judged
        } else {
            return nil
        }
        guard start < words.count else { return nil }
        var verdict = Array(lower[start...])
        if let end = words[start...].firstIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(".") }) {
            verdict = Array(lower[start...end])
        }
        while let first = verdict.first, ["a", "an", "the", "our", "just", "really", "definitely"].contains(first) {
            verdict.removeFirst()
        }
        while let last = verdict.last, ["too", "also", "then"].contains(last) { verdict.removeLast() }
        guard let priority = verdicts.first(where: { $0.phrases.contains(verdict.joined(separator: " ")) })?.priority
        else { return nil }
        let thing = TextCleanup.trim(words[...comma].joined(separator: " "), " ,;:")
        return (TextCleanup.capitalizedFirst(thing) + ": " + verdictWords(priority) + ".", priority)
    }

    /// "A text the day before would be great", "big buttons would be nice": a thing wished for
    /// with "would be" and a word of welcome, up to the end of the clause; a Could.
    static func wished(_ words: [String], _ lower: [String]) -> (words: String, priority: Priority)? {
        guard let would = lower.firstIndex(of: "would"), (1...7).contains(would), would + 2 < lower.count,
            lower[would + 1] == "be", welcomes.contains(lower[would + 2]),
            words[would + 2].hasSuffix(",") || words[would + 2].hasSuffix(".") || would + 3 == lower.count,
            !words[..<would].contains(where: { $0.hasSuffix(",") }), let head = lower.first,
            !notSubjects.contains(head), !CandidateFilter.prepositions.contains(head),
            !lower[..<would].contains(where: { notSubjects.contains($0) || thingVerbs.contains($0) })
        else { return nil }
        let said = TextCleanup.trim(words[...(would + 2)].joined(separator: " "), " ,;:.!")
        return (TextCleanup.capitalizedFirst(said) + ".", .could)
    }

    /// Words of welcome after "would be".
    static let welcomes: Set<String> = [
        "great", "nice", "helpful", "ideal", "perfect", "brilliant", "lovely", "handy", "useful", "fantastic",
        "amazing", "wonderful",
    ]

    /// How many words a speaker's judging of the thing takes ("I'd put that as", "I would call it"),
    /// or `nil` when the words do not judge.
    static func judging(_ lower: [String]) -> Int? {
        var index = 0
        if lower.first == "id" || lower.first == "i'd" || lower.first == "i\u{2019}d" {
            index = 1
        } else if lower.starts(with: ["i", "would"]) {
            index = 2
        } else {
            return nil
        }
        guard index + 1 < lower.count, ["put", "call", "count", "rate", "mark"].contains(lower[index]),
            ["that", "it"].contains(lower[index + 1])
        else { return nil }
        index += 2
        if index < lower.count, lower[index] == "as" { index += 1 }
        return index
    }

    /// Verbs that make the words before the comma a clause of their own ("we need X, that's a must").
    static let thingVerbs: Set<String> = [
        "is", "are", "was", "were", "need", "needs", "want", "wants", "have", "has", "should", "must", "can", "will",
        "would", "could", "do", "does",
    ]

    /// How the statement says a priority, whichever words the speaker used.
    static func verdictWords(_ priority: Priority) -> String {
        switch priority {
        case .must: "a must"
        case .could: "nice to have"
        case .wont: "not needed"
        case .should: "important"
        }
    }

    static let verdicts: [(phrases: Set<String>, priority: Priority)] = [
        // "Optional" is left out: "the email is optional" says users may leave it empty.
        (["nice to have", "nice-to-have", "nice to haves", "bonus", "low priority", "lower priority"], .could),
        (
            [
                "must", "must have", "must-have", "top priority", "highest priority", "first priority", "mandatory",
                "essential", "number one", "priority number one", "the number one priority",
            ], .must
        ),
        (["not needed", "not necessary", "not a must"], .wont),
    ]

    /// Words a verdict may open with that do not belong to the thing ("fine", "right" and "well"
    /// only before a comma: "fine reminders" are a thing).
    static let openers: Set<String> = ["okay", "ok", "so", "and", "then", "yeah", "yes", "alright"]

    /// Subjects that point back, or name a person rather than a thing of the product.
    static let notSubjects: Set<String> = [
        "it", "that", "this", "these", "those", "there", "what", "which", "who", "i", "we", "you", "they", "he",
        "she", "everything", "anything", "something", "nothing", "one", "mine", "yours",
    ]

    /// "Untrained people don't get shifts, full stop.": a rule closed off as not to be argued with
    /// ("full stop", "period", "no exceptions") without a need phrase to carry it: a Must, in the
    /// speaker's words without the closing words. A pointing subject ("that's it, full stop")
    /// names nothing.
    static func firmRule(_ words: [String], _ lower: [String]) -> (words: String, priority: Priority)? {
        guard let comma = words.indices.dropLast().last(where: { words[$0].hasSuffix(",") }), comma >= 2,
            firmClosings.contains(lower[(comma + 1)...].joined(separator: " ")),
            let head = lower.first, !["it", "that", "this", "there", "that's", "it's", "so"].contains(head),
            // "Patient data cannot leave the EU, full stop": a need phrase says it, and is read so.
            !NeedDetector.containsNeedCue(lower[...comma].joined(separator: " "))
        else { return nil }
        return (TextCleanup.trim(words[...comma].joined(separator: " "), " ,") + ".", .must)
    }

    static let firmClosings: Set<String> = [
        "full stop", "period", "no exceptions", "no exception", "end of story", "end of discussion",
    ]
}
