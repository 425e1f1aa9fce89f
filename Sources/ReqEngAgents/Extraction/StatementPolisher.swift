/// Small rewrites that make a spoken action read as a requirement without changing what it asks for.
///
/// - ``trimmingRationale(_:)`` drops a trailing reason or aside ("…, otherwise we have two diaries",
///   "…, I can't drive to every branch"); the quote in the source reference keeps it.
/// - ``replacingFirstPerson(in:actorIsPerson:people:)`` turns "my/our/us/we/I" left in an action into
///   the actor's own pronouns ("their calendar") or, for system actions, into the people the
///   speaker stands for ("log users out").
/// - ``baseForm(_:)`` reads a verb said in the past or as a gerund ("warned", "logging") in its base
///   form, for "it would be nice if the system warned us" and "we can't have the app logging us out".
package enum StatementPolisher {
    /// `action` without a trailing rationale or aside after a comma.
    package static func trimmingRationale(_ action: String) -> String {
        var words = action.split(separator: " ").map(String.init)
        // "…for the day, obviously, and the reason …": a word said in passing between commas.
        if let aside = words.indices.dropFirst().dropLast().first(where: {
            words[$0 - 1].hasSuffix(",") && words[$0].hasSuffix(",")
                && ["obviously", "honestly", "basically", "naturally"].contains(SpeechCleaner.bare(words[$0]))
        }) {
            words.remove(at: aside)
        }
        for index in words.indices.dropFirst() where words[index - 1].hasSuffix(",") {
            let next = SpeechCleaner.bare(words[index])
            let following = index + 1 < words.count ? SpeechCleaner.bare(words[index + 1]) : ""
            let isAside =
                asideStarts.contains(next)
                || (next == "so" && rationaleSubjects.contains(following))
                || (next == "or" && rationaleSubjects.contains(following))
                || (next == "which" && isVerdict(words[(index + 1)...].prefix(4).map(SpeechCleaner.bare)))
                // "…, but it's doable": a verdict on the need, not part of it.
                || (next == "but" && ["it's", "that's"].contains(following)
                    && (words.dropFirst(index + 2).prefix(2).map(SpeechCleaner.bare).contains(where: {
                        verdictWords.contains($0) || feasibilityWords.contains($0)
                    })
                        // "…, but that's less important": its priority, said in words.
                        || PriorityWords.priority(in: words.dropFirst(index + 2).joined(separator: " ")) != nil))
                // "…, people report things at eight in the morning": a clause of its own, the reason.
                || (["people", "everyone", "everybody", "nobody"].contains(next) && !words[index].hasSuffix(",")
                    && !following.isEmpty && !CandidateFilter.prepositions.contains(following)
                    && !StatementBuilder.determiners.contains(following) && !["and", "or", "who"].contains(following))
            // "…, most people book from the train", "…, my hands are cold": a subject of its own
            // (a quantifier or a possessive, then its noun) and its verb; the reason, spliced on.
            // "…, a lot of our patients are elderly" too.
            let quantified = next == "a" && following == "lot"
            let splicedClause =
                (spliceOpeners.contains(next) || quantified) && !words[index].hasSuffix(",")
                && words.dropFirst(index + 1).prefix(quantified ? 5 : 4).contains(where: {
                    spliceVerbs.contains(SpeechCleaner.bare($0))
                })
            if (isAside || splicedClause) && index >= 2 && !Self.endsInCondition(words[..<index]) {
                return TextCleanup.trim(words[..<index].joined(separator: " "), " ,.;")
            }
        }
        // "'cause" and "'cos" are "because" said short; a bare "cause" may be the noun.
        if let because = words.firstIndex(where: {
            SpeechCleaner.bare($0) == "because" || ["'cause", "'cos", "cos", "\u{2019}cause"].contains($0.lowercased())
        }), because >= 2 {
            return TextCleanup.trim(words[..<because].joined(separator: " "), " ,.;")
        }
        return words.count < action.split(separator: " ").count ? words.joined(separator: " ") : action
    }

    /// `text` up to a reason said after it (", otherwise …", " because …"); all of it when it gives
    /// none. A negation in the reason ("…, otherwise it's not a lock") is none of the need's.
    static func beforeReason(_ text: String) -> String {
        let cut = [", otherwise ", " because "].compactMap { text.range(of: $0)?.lowerBound }.min()
        return cut.map { String(text[..<$0]) } ?? text
    }

    /// `action` with first-person words replaced; `people` names whom "we/us" stand for ("users").
    package static func replacingFirstPerson(in action: String, actorIsPerson: Bool, people: String) -> String {
        let words = action.split(separator: " ").map(String.init)
        let rewritten = words.indices.map { index -> String in
            let word = words[index]
            let bare = SpeechCleaner.bare(word)
            // "It runs on our own servers": whose servers the speaker's organisation knows; "the own
            // servers" is no English.
            if !actorIsPerson, ["my", "our"].contains(bare), index + 1 < words.count,
                SpeechCleaner.bare(words[index + 1]) == "own"
            {
                return word
            }
            // "It should cost us less than 50 euros": the price, whoever pays it; "users" would guess.
            if ["us", "me"].contains(bare), index > 0,
                ["cost", "costs", "charge", "charges"].contains(SpeechCleaner.bare(words[index - 1]))
            {
                return ""
            }
            guard let replacement = replacement(for: bare, actorIsPerson: actorIsPerson, people: people) else {
                return word
            }
            let prefixLength = word.prefix(while: { !$0.isLetter }).count
            let suffix = word.reversed().prefix(while: { !$0.isLetter }).reversed()
            return String(word.prefix(prefixLength)) + replacement + String(suffix)
        }
        return rewritten.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func replacement(for word: String, actorIsPerson: Bool, people: String) -> String? {
        if actorIsPerson {
            let table = [
                "my": "their", "our": "their", "me": "them", "us": "them", "i": "they", "we": "they",
                "i'm": "they're", "we're": "they're", "myself": "themselves", "ourselves": "themselves",
            ]
            return table[word]
        }
        let table = [
            "my": "the", "our": "the", "me": people, "us": people, "i": people, "we": people,
            "i'm": people + " are", "we're": people + " are", "myself": "themselves", "ourselves": "themselves",
        ]
        return table[word]
    }

    /// Whether any first-person word is left in `text`.
    package static func hasFirstPerson(_ text: String) -> Bool {
        TextTokens(text).words.contains { ["i", "me", "my", "we", "us", "our", "im", "were"].contains($0) }
    }

    /// The base form of a past-tense or "-ing" verb; the word itself when it is neither.
    package static func baseForm(_ word: String) -> String {
        let lower = word.lowercased()
        if let irregular = irregular[lower] { return irregular }
        var stem: String
        if lower.hasSuffix("ing") && lower.count > 5 {
            stem = String(lower.dropLast(3))
        } else if lower.hasSuffix("ied") && lower.count > 4 {
            return String(lower.dropLast(3)) + "y"
        } else if lower.hasSuffix("ed") && lower.count > 4 {
            stem = String(lower.dropLast(2))
        } else {
            return lower
        }
        if let last = stem.last, stem.count >= 3, stem.dropLast().last == last, !"lsdzfe".contains(last) {
            stem.removeLast()
        } else if eEndings.contains(stem + "e") || ValidationLexicon.verbs.contains(stem + "e") {
            stem += "e"
        }
        return stem
    }

    /// Whether `word` reads as a past-tense or "-ing" verb form.
    package static func isInflectedVerb(_ word: String) -> Bool {
        let lower = word.lowercased()
        return irregular[lower] != nil || (lower.hasSuffix("ed") && lower.count > 4)
            || (lower.hasSuffix("ing") && lower.count > 5)
    }

    /// "(, which) is good", "would be a great idea": the speaker's verdict on what they said.
    static func isVerdict(_ words: [String]) -> Bool {
        guard let verb = words.first, ["is", "was", "would", "will", "'s"].contains(verb) else { return false }
        return words.dropFirst().contains(where: verdictWords.contains)
    }

    static let verdictWords: Set<String> = [
        "good", "great", "nice", "fine", "interesting", "cool", "brilliant", "perfect", "excellent", "okay", "ok",
    ]
    /// Whether the last clause of `words` is a condition still waiting for its main clause ("…, and
    /// if I haven't given them away two days before,"): what follows the comma is that clause.
    static func endsInCondition(_ words: ArraySlice<String>) -> Bool {
        let start = words.dropLast().lastIndex(where: { $0.hasSuffix(",") }).map { $0 + 1 } ?? words.startIndex
        let opening = words[start...].prefix(2).map(SpeechCleaner.bare)
        return opening.contains(where: ["if", "when", "unless", "once", "until", "whenever"].contains)
    }

    static let feasibilityWords: Set<String> = ["doable", "possible", "feasible", "manageable", "affordable"]
    static let asideStarts: Set<String> = [
        "otherwise", "because", "i", "we", "i'm", "we're", "it's", "that's", "i'd", "we'd", "i'll", "obviously",
        "honestly", "full", "like", "they", "they're", "they've", "we'll", "i'll", "they'll",
    ]
    /// Words that open a subject of a clause spliced on with a comma.
    static let spliceOpeners: Set<String> = ["most", "some", "many", "few", "my", "our", "his", "her", "their"]
    /// Finite verbs such a clause says what its subject does or is with.
    static let spliceVerbs: Set<String> = [
        "are", "is", "was", "were", "won't", "don't", "can't", "will", "have", "has", "do", "does", "book", "pay",
        "use", "come", "go", "get", "like", "hate", "forget",
    ]
    static let rationaleSubjects: Set<String> = [
        "we", "i", "they", "people", "you", "that", "it's", "nobody", "no", "everyone", "staff", "we'll", "i'll",
        "they'll", "we'd", "i'd", "it'll",
    ]
    static let irregular: [String: String] = [
        "had": "have", "was": "be", "were": "be", "got": "get", "sent": "send", "kept": "keep", "gave": "give",
        "made": "make", "told": "tell", "took": "take", "let": "let", "showed": "show", "knew": "know",
        "put": "put", "set": "set", "ran": "run", "went": "go", "did": "do", "said": "say", "paid": "pay",
        "left": "leave", "found": "find", "brought": "bring",
    ]
    static let eEndings: Set<String> = [
        "make", "take", "use", "save", "store", "share", "delete", "create", "update", "remove", "move",
        "close", "type", "leave", "give", "have", "charge", "change", "require", "continue", "hide", "write",
        "invite", "approve", "archive", "manage", "receive", "release", "schedule", "issue", "analyse",
    ]
}
