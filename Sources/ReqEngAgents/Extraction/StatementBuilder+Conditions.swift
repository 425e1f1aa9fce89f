/// Reading conditions out of a spoken need: "once X has happened it must ...", "... when Y".
extension StatementBuilder {
    /// For "once a payment has settled it": the condition with "it" for its noun ("once it has
    /// settled") and the noun as subject ("the payment"); `nil` unless the subject is shaped so.
    static func leadingCondition(_ words: [String], _ lower: [String]) -> (String, [String])? {
        guard lower.count >= 4, let first = lower.first, conditionWords.contains(first),
            let pronoun = lower.last, ["it", "they"].contains(pronoun),
            let article = lower.firstIndex(where: { ["a", "an", "the"].contains($0) }), article < 3,
            let verb = lower.indices.first(where: {
                $0 > article + 1
                    && ["has", "have", "is", "are", "was", "were", "gets", "get", "had"].contains(lower[$0])
            }), verb < lower.count - 1
        else { return nil }
        let noun = ["the"] + Array(words[(article + 1)..<verb])
        let clause = Array(words[..<article]) + [pronoun] + Array(words[verb..<(lower.count - 1)])
        return (TextCleanup.lowercasedFirst(clause.joined(separator: " ")), noun)
    }

    /// "When it thinks there's been a fall it should buzz": a leading condition said without the
    /// comma that ends it, given one before the "it" that opens the main clause, so the condition
    /// is read as one. Only "it", the product: "if they cancel late they have to call us" is
    /// about people, whom a rewrite would get wrong. `nil` when the sentence is not shaped so.
    static func commaAfterLeadingCondition(_ sentence: String) -> String? {
        var words = sentence.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let first = lower.first, conditionWords.contains(first),
            let end = lower.indices.dropFirst(3).first(where: { index in
                lower[index] == "it" && index + 1 < lower.count && mainClauseModals.contains(lower[index + 1])
            }),
            !words[..<end].contains(where: { $0.hasSuffix(",") }),
            // "Once a payment has settled it must …": read with the noun for "it" (leadingCondition).
            leadingCondition(Array(words[...end]), Array(lower[...end])) == nil
        else { return nil }
        words[end - 1] += ","
        return words.joined(separator: " ")
    }

    /// Modals that open a main clause after its subject pronoun.
    static let mainClauseModals: Set<String> = [
        "should", "must", "shall", "has", "have", "needs", "need", "will", "would", "can", "could",
    ]

    /// A "when/if/after/before/during ..." clause at the end of the action.
    static func trailingCondition(_ words: [String], _ lower: [String]) -> (String, [String])? {
        let isCondition = { (index: Int) -> Bool in
            guard index > 0, conditionWords.contains(lower[index]) else { return false }
            // "24 hours before the visit" is a lead time and "after 15 minutes" a set value, not conditions.
            if index + 1 < lower.count && TextTokens.isNumber(lower[index + 1]) { return false }
            return
                !(index >= 2 && AcceptanceCriteriaExtractor.timeUnit(lower[index - 1]) != nil
                && TextTokens.isNumber(lower[index - 2]))
        }
        guard let index = lower.indices.first(where: isCondition) else {
            return nil
        }
        let clause = TextCleanup.trim(words[index...].joined(separator: " "), " ,.;")
        guard clause.split(separator: " ").count >= 2 else { return nil }
        return (clause, Array(words[..<index]))
    }

    /// A clause "<subject> is <something>" split into its subject and "be <something>" ("it's
    /// waterproof" → "it", "be waterproof"); `nil` when no copula follows a short subject.
    static func copulaClause(_ words: [String]) -> (subject: [String], predicate: [String])? {
        let lower = words.map(SpeechCleaner.bare)
        guard let index = lower.prefix(6).firstIndex(where: { copulas.keys.contains($0) }), index + 1 < words.count,
            let pronoun = copulas[lower[index]]
        else { return nil }
        let subject = Array(words[..<index]) + (pronoun.map { [$0] } ?? [])
        guard !subject.isEmpty else { return nil }
        return (subject, ["be"] + words[(index + 1)...])
    }

    /// "customers can pay with their phone" → ("customers", "be able to pay with their phone"); "the
    /// app works offline" → ("the app", "work offline"); "customers pay online" → ("customers", "pay
    /// online"): a clause after "it's important that", its subject and what the subject is to do.
    static func actionClause(_ words: [String]) -> (subject: [String], predicate: [String])? {
        let lower = words.map(SpeechCleaner.bare)
        guard lower.count >= 3, !["it", "that", "this", "there", "i", "we", "you"].contains(lower[0]) else {
            return nil
        }
        // "customers can pay", "the staff can see": an ability.
        if let can = lower.prefix(4).firstIndex(of: "can"), can >= 1, can + 1 < lower.count {
            return (Array(words[..<can]), ["be", "able", "to"] + words[(can + 1)...])
        }
        // "the app works offline": a verb in "s" after a subject of one to three words; "the buttons
        // light up": a plural noun in "s", then its verb.
        if let verb = lower.indices.dropFirst().prefix(3).first(where: { ProductStatement.isPresentVerb(lower[$0]) }),
            verb + 1 < lower.count, lower[..<verb].allSatisfy({ $0.allSatisfy(\.isLetter) }),
            !PointerResolution.isPersonNoun(lower[verb])
        {
            if DesignDescription.pluralVerbs.contains(lower[verb + 1]) {
                return (Array(words[...verb]), Array(words[(verb + 1)...]))
            }
            guard !determiners.contains(lower[verb - 1]) else { return nil }
            return (Array(words[..<verb]), [DesignDescription.baseForm(lower[verb])] + words[(verb + 1)...])
        }
        // "customers pay online": people, then their verb.
        if PointerResolution.isPersonNoun(lower[0]), lower[0].hasSuffix("s"),
            !CandidateFilter.emptyWords.contains(lower[1])
        {
            return (Array(words[..<1]), Array(words[1...]))
        }
        return nil
    }

    /// Copulas, with the pronoun a contraction holds.
    private static let copulas: [String: String?] = ["is": nil, "are": nil, "it's": "it", "they're": "they"]

    /// "It must be possible for parents to see the menu": the people it is possible for are the
    /// subject, and what is possible for them is what they must be able to do.
    static func possibleFor(_ rest: [String]) -> (subject: [String], action: [String])? {
        let lower = rest.map(SpeechCleaner.bare)
        guard lower.starts(with: ["be", "possible", "for"]),
            let to = lower.indices.dropFirst(4).prefix(4).first(where: { lower[$0] == "to" })
        else { return nil }
        let subjectCase = ["us": "we", "them": "they", "me": "I"]
        return (
            rest[3..<to].map { subjectCase[SpeechCleaner.bare($0)] ?? $0 }, ["be", "able", "to"] + rest[(to + 1)...]
        )
    }

    /// Index of the first word of the last clause before the need phrase ("X can Y, and it must" → "it").
    /// With `keepingPairs`, a subject of two short names ("speed and reliability are important")
    /// keeps both: an "and" between words without a verb joins names, not clauses.
    static func lastClauseBoundary(_ words: [String], keepingPairs: Bool = false) -> Int {
        var start = 0
        for (index, word) in words.enumerated() {
            let bare = SpeechCleaner.bare(word)
            if keepingPairs, bare == "and", index > start, index - start <= 3,
                !words[index - 1].hasSuffix(","),
                !words[start..<index].contains(where: { Self.clauseWords.contains(SpeechCleaner.bare($0)) })
            {
                continue
            }
            // "Our corporate colour and the slogan must be visible": two things named, each with
            // its article, are one subject.
            if bare == "and", index > start, index - start <= 4, index + 1 < words.count,
                nounOpeners.contains(SpeechCleaner.bare(words[start])),
                nounOpeners.contains(SpeechCleaner.bare(words[index + 1])),
                !words[start..<index].contains(where: {
                    $0.hasSuffix(",") || Self.clauseWords.contains(SpeechCleaner.bare($0))
                })
            {
                continue
            }
            if word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":")
                || ((bare == "and" || bare == "but") && index > 0)
            {
                // A comma right before the need phrase ends the clause too ("the plan is
                // the following, we don't go for …").
                guard index + 1 < words.count else { return words.count }
                let next = SpeechCleaner.bare(words[index + 1])
                start = ["and", "but", "so"].contains(next) ? index + 2 : index + 1
            }
        }
        return min(start, words.count)
    }

    /// Words that open a noun phrase ("the slogan", "our logo").
    static let nounOpeners: Set<String> = ["the", "our", "a", "an", "its", "their", "your"]

    /// Words that make a clause of what they stand in: pronoun subjects and verbs of being and
    /// having.
    static let clauseWords: Set<String> = [
        "i", "we", "you", "they", "it", "he", "she", "is", "are", "was", "were", "have", "has", "had", "think",
        "that's", "it's", "there's", "i'm", "we're", "so", "then",
    ]
}

extension NeedDetector.Match {
    /// Where the clause with the need phrase begins: a ranked subject of two names ("speed and
    /// reliability are important") keeps both.
    var clauseStart: Int {
        StatementBuilder.lastClauseBoundary(Array(words[..<cueStart]), keepingPairs: cue.trailing)
    }
}
