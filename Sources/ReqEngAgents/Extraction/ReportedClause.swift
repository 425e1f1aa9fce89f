import ReqEngModel

/// The clause a speaker reports, read on its own: "Kim presented a design on the board that it
/// should be light" states "it should be light"; what comes before "that" says who said it.
///
/// A recap of earlier work ("you presented a report that …", "the survey found that …", "the main
/// finding was that …") puts the need inside a long sentence whose subject no statement could
/// carry; the reported clause is the need. Only a short clause subject right before the need
/// phrase counts, so "the lock that we need" (a relative clause) is no report.
enum ReportedClause {
    /// The words after the "that" of a reporting verb, when the clause starts with a short subject
    /// and a need phrase; `nil` otherwise.
    static func after(_ cleaned: String) -> String? {
        let words = cleaned.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let (_, cueStart) = NeedDetector.firstCue(in: lower), cueStart >= 3 else { return nil }
        let window = max(0, cueStart - 1 - maximumSubjectWords)..<cueStart
        guard let that = window.last(where: { lower[$0] == "that" }), that + 1 < cueStart,
            lower[..<that].contains(where: reportingVerbs.contains) || isReportingNoun(before: that, in: lower),
            !lower[(that + 1)..<cueStart].contains(where: { $0 == "that" || CandidateFilter.clauseOpeners.contains($0) }
            )
        else { return nil }
        let clause = words[(that + 1)...].joined(separator: " ")
        return clause.prefix(1).uppercased() + clause.dropFirst()
    }

    /// "So that stays: a subscriber keeps the same seat.", "the rule is: nobody books twice": a
    /// short frame that ranks what follows its colon, and the clause after it, which states the
    /// need. `nil` unless the frame is a few words naming a rule or a must and the clause has
    /// words enough to state something.
    static func afterRuleFrame(_ cleaned: String) -> String? {
        guard let colon = cleaned.range(of: ": ") else { return nil }
        let frame = TextTokens(String(cleaned[..<colon.lowerBound])).words
        let clause = TextCleanup.trim(String(cleaned[colon.upperBound...]), " ,;:-!.")
        guard (1...5).contains(frame.count), frame.contains(where: ruleFrameWords.contains),
            !frame.contains(where: { ["i", "we", "you", "question", "problem"].contains($0) }),
            clause.split(separator: " ").count >= 4, !clause.contains("?")
        else { return nil }
        return TextCleanup.capitalizedFirst(clause) + "."
    }

    /// "Let's say an e-bike counts as two.", "let's say for this product the alerts go to the
    /// family": a settling "let's say" before a present-tense clause about a thing is a decision,
    /// and the clause states it. A "let's say" that imagines ("let's say you press play", "let's
    /// say that something like that"), hesitates or only names a value is not read here.
    static func afterLetsSay(_ cleaned: String) -> String? {
        let words = cleaned.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let lets = lower.firstIndex(where: { ["let's", "lets"].contains($0) }),
            lower[..<lets].allSatisfy(SpeechCleaner.leadingDiscourse.contains), lets + 1 < lower.count,
            lower[lets + 1] == "say", !words[lets + 1].hasSuffix(",")
        else { return nil }
        let rest = Array(words[(lets + 2)...])
        let restLower = rest.map(SpeechCleaner.bare)
        // "Let's say 7 days, after which …": a value, read where values are.
        guard rest.count >= 4, let first = restLower.first, !imaginedOpenings.contains(first),
            !TextTokens.isNumber(first), !first.contains(where: \.isNumber),
            // "Let's say a customer forgets the code": a person in an imagined case.
            !(["a", "an"].contains(first)
                && restLower.dropFirst().prefix(2).contains(where: {
                    StatementBuilder.personNouns.contains(StatementBuilder.singular($0))
                })),
            !restLower.contains("if"), !cleaned.contains("?"),
            // The verb in the first clause: "mid-April, so we have …" names a value.
            restLower.indices.dropFirst().prefix(7).prefix(while: { !rest[$0 - 1].hasSuffix(",") }).map({
                restLower[$0]
            })
            .contains(where: { word in
                ProductStatement.isPresentVerb(word) || DesignDescription.pluralVerbs.contains(word)
                    || ["is", "are", "has", "have"].contains(word)
            })
        else { return nil }
        return TextCleanup.capitalizedFirst(TextCleanup.trim(rest.joined(separator: " "), " ,;:-!.")) + "."
    }

    /// "If I could send her one file a month, that would be nice to have.": a wish said as a
    /// condition and a verdict on it. The verdict's "that" stands for the condition, so the whole
    /// sentence is the wish, in the speaker's words: a Could when nice or great, else a Should.
    static func conditionalWish(_ cleaned: String) -> (words: String, priority: Priority)? {
        let words = cleaned.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard lower.first == "if", !cleaned.contains("?"),
            let comma = words.indices.dropFirst(3).first(where: { words[$0].hasSuffix(",") }), comma + 4 < lower.count,
            ["that", "it", "then"].contains(lower[comma + 1])
        else { return nil }
        var verdict = comma + 2
        if lower[comma + 1] == "then", lower[verdict] == "that" { verdict += 1 }
        guard verdict + 2 < lower.count, lower[verdict] == "would", lower[verdict + 1] == "be",
            let priority = wishVerdicts[lower[verdict + 2]],
            // Nothing after the verdict but "to have" and a "really".
            lower[(verdict + 3)...].allSatisfy({ ["to", "have", "really", "honestly"].contains($0) })
        else { return nil }
        return (TextCleanup.capitalizedFirst(TextCleanup.trim(cleaned, " ,;:-!.")) + ".", priority)
    }

    static let wishVerdicts: [String: Priority] = [
        "nice": .could, "great": .could, "cool": .could, "lovely": .could, "good": .should, "useful": .should,
        "helpful": .should, "ideal": .should, "handy": .should, "brilliant": .could,
    ]

    /// "My suggestion is we delete the pupils' data three months after the trip.": the proposal
    /// after the frame, a decision once another speaker agrees (the caller checks that).
    static func afterProposalFrame(_ cleaned: String) -> String? {
        let words = cleaned.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard lower.count >= 7, lower[0] == "my", ["suggestion", "proposal", "proposition"].contains(lower[1]),
            ["is", "would", "will"].contains(lower[2]), !cleaned.contains("?")
        else { return nil }
        var start = 3
        if lower[2] != "is" {
            guard lower.count > 5, lower[3] == "be" else { return nil }
            start = 4
        }
        if lower[start] == "that" { start += 1 }
        let rest = words[start...].joined(separator: " ")
        guard words.count - start >= 4 else { return nil }
        return TextCleanup.capitalizedFirst(TextCleanup.trim(rest, " ,;:-!.")) + "."
    }

    /// Words after "let's say" that imagine a case or hesitate rather than settle.
    static let imaginedOpenings: Set<String> = [
        "that", "you", "i", "we", "he", "she", "someone", "somebody", "something", "oh", "like", "um", "uh", "if",
        "this", "one",
    ]

    static let ruleFrameWords: Set<String> = [
        "stays", "stay", "rule", "must", "essential", "nonnegotiable", "requirement", "priority", "key",
    ]

    /// "The main finding was that …", "the feedback is that …": a noun that reports, and its
    /// copula, right before the "that".
    static func isReportingNoun(before that: Int, in lower: [String]) -> Bool {
        that >= 2 && ["was", "is", "were", "are"].contains(lower[that - 1]) && reportingNouns.contains(lower[that - 2])
    }

    static let reportingNouns: Set<String> = [
        "finding", "findings", "result", "results", "conclusion", "feedback", "message", "outcome", "consensus",
        "decision", "idea", "plan", "point", "agreement",
    ]

    /// Words a clause subject may take: "it", "the lock", "the new lock".
    static let maximumSubjectWords = 3

    /// Verbs that report what someone said (``StatementBuilder/speechVerbs``), found or showed.
    static let reportingVerbs = StatementBuilder.speechVerbs.union([
        "presented", "represented", "showed", "shown", "found", "suggested", "explained", "reported", "concluded",
        "pointed", "proposed", "recommended", "stated", "noted",
    ])
}
