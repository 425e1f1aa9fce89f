/// A sentence that joins two needs, each with a subject and a need phrase of its own ("It should be
/// easy to learn, and we should provide proper manuals."): read as two sentences, so the second is
/// neither lost behind the first nor buried in a statement too long to sign.
///
/// Only a clause that names its own subject is split off: "we have to make it clear and show the
/// logo" shares one subject and one need phrase, and stays whole.
enum CoordinatedNeeds {
    /// The clauses of `sentence`, split before each "and", "but", ", so" or bare comma that opens a clause with a short
    /// subject and a need phrase of its own, when the clause before it holds a need phrase too; the
    /// sentence alone when it has no such split (a question is never split).
    static func clauses(_ sentence: String) -> [String] { clausesAsSaid(sentence).map(\.read) }

    /// ``clauses(_:)``, each with its words as said (`said`: "they have to be hashed") beside the
    /// words read (`read`: "Passwords have to be hashed"), for a quote that stays verbatim.
    static func clausesAsSaid(_ sentence: String) -> [(read: String, said: String)] {
        let spoken = sentence.split(separator: " ").map(String.init)
        var words = spoken
        guard words.count >= 2 * minimumClauseWords, !sentence.contains("?") else { return [(sentence, sentence)] }
        let lower = words.map(SpeechCleaner.bare)
        var ranges: [Range<Int>] = []
        var start = 0
        var index = minimumClauseWords
        while index + minimumClauseWords <= words.count {
            // ", so the remote should …": after a comma, "so" opens a clause as "and" does.
            let joins = conjunctions.contains(lower[index]) || lower[index] == "so" && words[index - 1].hasSuffix(",")
            // "It should be fancy, it should be easy to use": a comma alone joins two clauses.
            // The pronoun must stand alone or for the clause before's subject, which it is then
            // written as ("Passwords must not be stored in plain text, they have to be hashed").
            let spliced =
                !joins && words[index - 1].hasSuffix(",") && subjectPronouns.contains(lower[index])
                ? splicedSubject(words[start..<index], pronoun: lower[index]) : nil
            let opening = joins ? index + 1 : index
            if joins || spliced != nil, index - start >= minimumClauseWords,
                lower[opening...].prefix(4).contains(where: subjectOpeners.contains),
                !insideSubordinate(words[start..<index]),
                opensNeed(words[opening...].joined(separator: " "), afterComma: words[index - 1].hasSuffix(",")),
                hasNeed(words[start..<index].joined(separator: " "))
            {
                ranges.append(start..<index)
                if let spliced, !spliced.isEmpty { words[index] = spliced }
                start = opening
                index = start + minimumClauseWords
                continue
            }
            index += 1
        }
        guard !ranges.isEmpty else { return [(sentence, sentence)] }
        ranges.append(start..<words.count)
        return ranges.enumerated().map { position, range in
            let ended = { (text: [String]) -> String in
                let trimmed = TextCleanup.trim(text.joined(separator: " "), " ,;:-")
                // The sentence's own end stays on its last clause; the others end as sentences do.
                return TextCleanup.capitalizedFirst(
                    position == ranges.count - 1 ? trimmed : TextCleanup.trim(trimmed, " ,;:-.!") + ".")
            }
            return (ended(Array(words[range])), ended(Array(spoken[range])))
        }
    }

    /// For a clause spliced on with a comma alone, what its opening pronoun is written as: `""`
    /// when it stands alone ("we", or the pronoun the clause before opens with too), the subject of
    /// the clause before when the pronoun agrees with it in number ("Passwords …, they have to …"
    /// → "Passwords"), and `nil` when it may point at someone else ("When someone finishes a pick
    /// list, the next one should come up, they shouldn't have to walk back"): then no split.
    static func splicedSubject(_ before: ArraySlice<String>, pronoun: String) -> String? {
        if ["we", "i"].contains(pronoun) { return "" }
        guard let match = acceptedNeed(before.joined(separator: " ")) else { return nil }
        let subject = Array(match.words[match.clauseStart..<match.cueStart])
        let lowered = subject.map(SpeechCleaner.bare)
        if lowered == [pronoun] { return "" }
        guard let head = lowered.last, (1...4).contains(lowered.count),
            !lowered.contains(where: { CandidateFilter.emptyWords.contains($0) && !determiners.contains($0) }),
            !subject.contains(where: { $0.hasSuffix(",") })
        else { return nil }
        let plural = head.hasSuffix("s") && !head.hasSuffix("ss")
        return pronoun == (plural ? "they" : "it") ? subject.joined(separator: " ") : nil
    }

    /// Fewest words a clause on either side of a split has ("we need a charger").
    static let minimumClauseWords = 4

    static let conjunctions: Set<String> = ["and", "but"]

    /// Pronouns that open a clause's own subject ("and we should", "and then it must"), after the
    /// adverbs that may come first.
    static let subjectPronouns: Set<String> = ["we", "i", "they", "it", "he", "she"]

    /// Words that open a named subject ("the case has to", "our logo must"): a clause's own only
    /// after a comma, since "the walk-ins and the phone people need room" joins two nouns.
    static let determiners: Set<String> = ["the", "this", "our", "their", "its", "each", "every", "all"]

    static let subjectOpeners = subjectPronouns.union(determiners)

    static let leadingAdverbs: Set<String> = ["then", "also", "so", "of", "course", "obviously", "definitely"]

    /// Words that open a subordinate clause: an "and" after one joins inside it ("because the
    /// walk-ins and the phone people need room"). The candidate filter's conditions and reasons,
    /// with the words of time and the relatives.
    static let subordinators = CandidateFilter.subordinators.union([
        "cause", "when", "whenever", "while", "which", "who", "where", "until", "before", "after",
    ])

    /// Whether the last comma-delimited stretch of `head` opens with, or holds, a subordinator.
    static func insideSubordinate(_ head: ArraySlice<String>) -> Bool {
        let stretch = head.reversed().prefix { !$0.hasSuffix(",") && !$0.hasSuffix(";") }
        return stretch.contains { subordinators.contains(SpeechCleaner.bare($0)) }
    }

    /// Whether `clause` opens with a subject of its own, of at most four words, followed by a need
    /// phrase a requirement can be read from.
    static func opensNeed(_ clause: String, afterComma: Bool) -> Bool {
        guard let match = acceptedNeed(clause), match.cueStart > 0 else { return false }
        let subject = match.words[..<match.cueStart].map(SpeechCleaner.bare).drop(while: leadingAdverbs.contains)
        guard let first = subject.first, subject.count <= 4 else { return false }
        return subjectPronouns.contains(first) || afterComma && determiners.contains(first)
    }

    /// Whether `clause` holds a need phrase a requirement can be read from.
    static func hasNeed(_ clause: String) -> Bool {
        acceptedNeed(clause) != nil
    }

    /// The first need phrase of `clause`, unless the candidate filter rejects it.
    static func acceptedNeed(_ clause: String) -> NeedDetector.Match? {
        let cleaned = SpeechCleaner().clean(clause).text
        guard let match = NeedDetector().detectAll(cleaned, original: clause).first,
            CandidateFilter().rejection(of: match) == nil
        else { return nil }
        return match
    }

    /// "The new requirements are that it be for TV only and that it include the logo.": each
    /// clause a requirement names, as a need ("It shall be for TV only.", "It shall include the
    /// logo."); `nil` when the sentence names no requirement with a "that" clause.
    static func namedRequirements(_ sentence: String) -> [String]? {
        // "So is that one of our requirements, that it needs a screen?" asks; it states nothing.
        guard !sentence.contains("?") else { return nil }
        let words = TextCleanup.trim(sentence, " .!").split(separator: " ").map(String.init)
        let bare = words.map(SpeechCleaner.bare)
        guard let named = bare.prefix(8).firstIndex(where: { ["requirement", "requirements"].contains($0) }) else {
            return nil
        }
        var start = named + 1
        if start < bare.count, ["is", "are", "was", "were"].contains(bare[start]) { start += 1 }
        guard start < bare.count, bare[start] == "that" else { return nil }
        let rest = words[(start + 1)...].joined(separator: " ")
        let clauses = rest.components(separatedBy: " and that ").map {
            $0.split(separator: " ").map(String.init)
        }
        let needs = clauses.compactMap { clause -> String? in
            let lower = clause.map(SpeechCleaner.bare)
            // The subject: "it", "they", or an article and one or two words.
            let verb: Int
            if ["it", "they"].contains(lower.first ?? "") {
                verb = 1
            } else if let first = lower.first, ["the", "a", "an", "our", "its", "every", "each"].contains(first),
                let found = (2...3).first(where: {
                    $0 < lower.count
                        && (subjunctiveVerbs.contains(lower[$0])
                            || ["should", "must", "shall", "needs"].contains(lower[$0]))
                })
            {
                verb = found
            } else {
                return nil
            }
            guard verb + 1 < clause.count else { return nil }
            let said: [String]
            if NeedDetector.containsNeedCue(lower[verb...].prefix(3).joined(separator: " ")) {
                said = clause
            } else {
                // "that it be …": the subjunctive a requirement is stated in.
                guard !lower[verb].hasSuffix("s"), !lower[verb].hasSuffix("ed"), !lower[verb].hasSuffix("ing"),
                    !["will", "would", "could", "can", "might", "may", "not"].contains(lower[verb])
                else { return nil }
                said = Array(clause[..<verb]) + ["shall"] + Array(clause[verb...])
            }
            return TextCleanup.capitalizedFirst(TextCleanup.trim(said.joined(separator: " "), " ,;:")) + "."
        }
        return needs.count == clauses.count && !needs.isEmpty ? needs : nil
    }

    /// Verbs a requirement is commonly stated with in the subjunctive after a named subject ("that
    /// the remote be small", "that every page work offline").
    static let subjunctiveVerbs: Set<String> = [
        "be", "have", "include", "work", "support", "fit", "use", "cost", "look", "allow", "run", "show",
        "provide", "offer", "contain", "carry", "come", "meet", "stay", "keep", "last", "weigh",
    ]
}
