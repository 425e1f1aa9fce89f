import ReqEngBase

/// The heading of a requirement, made from its final statement: what a reviewer scans in the
/// contents, the tables and the traceability matrix.
///
/// A heading says what the statement is about and never the opposite of it. The frame that every
/// statement shares ("The system shall", "We need to", "We want") is dropped, with the "have" or
/// "be" that only carries what follows ("We have to have a spare battery" → "A spare battery"); a
/// subject that says who or what ("Cheapest first should be the default", "Not all slots should
/// be bookable") is kept with the statement. A negation stays: "The kiosk shall not show prices"
/// → "Not show prices", "We don't want a map view" stays as it was said. A long statement ends at
/// its first clause boundary ("The kiosk shall print a receipt for every loan, because members ask
/// for one" → "Print a receipt for every loan"), or after ``maximumWords`` words with an ellipsis
/// to show the cut.
package enum RequirementTitle {
    static let maximumWords = 10
    /// Statements up to this many words (after the frame) are their own heading; longer ones end
    /// at their first clause boundary, and are cut at ``maximumWords`` only when still longer than
    /// three words past it.
    static let wholeWords = 7

    package static func title(of statement: String) -> String {
        // "Patients shall be able to cancel online" → "Patients can cancel online".
        var compact = " " + statement + " "
        if ByteSearch.contains(compact, " be able to ") {
            for (phrase, short) in ableForms { compact = compact.replacing(phrase, with: short) }
        }
        var words = compact.split(separator: " ").map(String.init)
        words = droppingOpeners(words)
        var negated = false
        if let rest = afterFrame(words) {
            (words, negated) = rest
        }
        words = droppingOpeners(words)
        guard !words.isEmpty else { return TextCleanup.trim(statement, " .!") }
        var capped = false
        let whole = words.count
        if words.count > wholeWords {
            if let boundary = firstBoundary(words) { words = Array(words[..<boundary]) }
            if words.count > maximumWords + 3 {
                words = Array(words.prefix(maximumWords))
                capped = true
            }
        }
        // "… a spare battery for", "… to i": a cut heading does not end on a word that leads on,
        // nor, where it was cut short, on a modal or a number that belongs to what was cut.
        while words.count < whole, words.count > 1, let last = words.last.map(SpeechCleaner.bare),
            trailers.contains(last) || (last.count == 1 && last != "a")
                || (capped
                    && (modals.contains(last) || adverbs.contains(last) || quantityWords.contains(last)
                        || TextTokens.isNumber(last)))
        {
            words.removeLast()
        }
        var text = TextCleanup.trim(words.joined(separator: " "), " ,.;:!?-")
        if negated { text = "not " + TextCleanup.lowercasedFirst(text) }
        if capped { text += "…" }
        return TextCleanup.capitalizedFirst(text)
    }

    /// The words after "The system shall", "We need to", "I'd like", with whether the frame said
    /// "not"; `nil` when the statement does not open with such a frame, or when a negated wish
    /// ("we don't want") would leave the heading saying the opposite.
    static func afterFrame(_ words: [String]) -> (words: [String], negated: Bool)? {
        let lower = words.map(SpeechCleaner.bare)
        guard let subjectEnd = genericSubjectEnd(lower) else { return nil }
        var index = subjectEnd
        var negated = false
        // "We'd like", "I'll need": the contraction carries the modal.
        var framed = contractedSubjects.contains(lower[0])
        while index < lower.count {
            let word = lower[index]
            if modals.contains(word) || (word == "to" && framed) {
                framed = true
            } else if adverbs.contains(word) {
                // "we also need", "the app should really": part of the frame, not what it frames.
            } else if word == "not" && framed && !negated {
                negated = true
            } else if (word == "have" || word == "has" || word == "need" || word == "needs")
                && index + 1 < lower.count && lower[index + 1] == "to"
            {
                framed = true
            } else if wishes.contains(word) || (word == "like" && framed) {
                // "We would not like a map view" is no heading "Not like a map view"; "we want the
                // tool to assign rooms" needs its "we want" to say who wants what.
                let object = lower[(index + 1)...]
                if negated || (object.first != "to" && object.contains("to")) { return nil }
                framed = true
            } else if word == "be" && index + 2 < lower.count && lower[index + 1] == "able" && lower[index + 2] == "to"
            {
                index += 2
            } else {
                break
            }
            index += 1
        }
        guard framed, index < lower.count else { return nil }
        // "have embedded batteries", "be quiet at night": the verb only carries what follows; a
        // passive keeps its "be" ("be shown at the door").
        if !negated, index + 1 < lower.count, carriers.contains(lower[index]), lower[index + 1] != "to",
            lower[index] == "have" || lower[index] == "has" || !isParticiple(lower[index + 1])
        {
            index += 1
        }
        let rest = Array(words[index...])
        // "The system shall be simple": one word alone says less than the statement, and so does
        // "Be curved".
        guard rest.count > 1, !(rest.count == 2 && SpeechCleaner.bare(rest[0]) == "be") else { return nil }
        return (rest, negated)
    }

    /// Where a subject that stands for the product or the speaker's side ends: "we", "I", "the
    /// system", "our new app", "the remote control".
    static func genericSubjectEnd(_ lower: [String]) -> Int? {
        guard let first = lower.first else { return nil }
        if ["we", "i", "you", "it"].contains(first) || contractedSubjects.contains(first) { return 1 }
        guard ["the", "our", "this"].contains(first) else { return nil }
        // The longest such subject: "the remote control", not "the remote".
        for end in (2...4).reversed() where end <= lower.count {
            if productNouns.contains(lower[end - 1]) { return end }
        }
        return nil
    }

    /// Where the clause the heading is about ends: at a linking word after two words or more ("a
    /// website where …"), or at punctuation after three or more.
    static func firstBoundary(_ words: [String]) -> Int? {
        for index in words.indices.dropFirst(2) {
            // "Tell users | if the number's had its parcel", "They wanted | so …": two words that
            // are no thing named say nothing alone; the clause after them does. ("A website | where
            // …" names the thing.)
            if index == 2, !namingOpeners.contains(SpeechCleaner.bare(words[0])) { continue }
            // "The first rule is, …": a clause that ends on a linking word goes on past the comma.
            if linking.contains(SpeechCleaner.bare(words[index - 1])) { continue }
            if boundaryWords.contains(SpeechCleaner.bare(words[index]))
                || (index >= 3 && words[index - 1].last.map(",;:".contains) == true)
            {
                return index
            }
        }
        return nil
    }

    /// Words that open a noun phrase, which names a thing in two words ("a website", "no login").
    static let namingOpeners: Set<String> = [
        "a", "an", "the", "no", "every", "each", "all", "any", "some", "our", "my", "their", "its", "one", "two",
    ]

    static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed")
            || ["done", "shown", "seen", "given", "taken", "made", "kept", "sent", "able"].contains(word)
    }

    static func droppingOpeners(_ words: [String]) -> [String] {
        var words = words
        while let first = words.first.map(SpeechCleaner.bare) {
            let lower = words.prefix(4).map(SpeechCleaner.bare)
            if first == "of", lower.count > 1, lower[1] == "course" {
                words.removeFirst(2)
            } else if first == "the", lower.count == 4, leadIns.contains(lower[1]), lower[2] == "is" {
                // "The idea is that the lock opens by app": the lead-in says nothing of the need.
                words.removeFirst(lower[3] == "that" ? 4 : 3)
            } else if SpeechCleaner.leadingDiscourse.contains(first) {
                words.removeFirst()
            } else {
                break
            }
        }
        return words
    }

    static let ableForms = ["shall", "should", "must", "will", "may"].flatMap { modal in
        [(" \(modal) not be able to ", " cannot "), (" \(modal) be able to ", " can ")]
    }
    static let quantityWords: Set<String> = ["only", "least", "most", "more", "less", "up", "about"]
    static let linking: Set<String> = ["is", "are", "was", "were", "be", "the", "a", "an", "that", "to", "of"]
    static let leadIns: Set<String> = ["idea", "point", "thing", "plan", "goal", "aim"]
    static let modals = RequirementClassifier.modals.union(["might"])
    static let adverbs: Set<String> = ["also", "really", "definitely", "probably", "maybe", "just", "still", "always"]
    static let contractedSubjects: Set<String> = ["we'd", "i'd", "we'll", "i'll", "you'd"]
    static let wishes: Set<String> = ["want", "wants", "need", "needs", "prefer", "require", "requires"]
    static let carriers: Set<String> = ["have", "has", "be", "get"]
    static let productNouns: Set<String> = ProductStatement.productNouns.union([
        "remote", "control", "controller", "device", "product", "service", "kiosk", "lock", "machine",
    ])
    static let boundaryWords: Set<String> = [
        "so", "because", "since", "where", "if", "unless", "but", "although", "though", "whereas", "otherwise",
    ]
    /// Words a heading does not end on.
    static let trailers: Set<String> = [
        "a", "an", "the", "at", "to", "of", "in", "on", "by", "with", "for", "and", "or", "even", "each", "every",
        "from", "into", "their", "its", "our", "your", "as", "than", "is", "are", "be", "was", "were", "that",
        "who", "which", "not", "no", "so", "like", "some", "very", "will", "just", "really", "also", "quite",
        "pretty",
    ]
}
