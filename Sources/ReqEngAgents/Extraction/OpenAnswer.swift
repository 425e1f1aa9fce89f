import ReqEngModel

/// An interviewer's open question answered with a phrase that only makes sense with it: "What do
/// you print on the slip?" — "The title, the due date. And the branch." The need is the question's
/// topic and the answer together: "We print on the slip: the title, the due date, and the branch."
///
/// The question must ask what (not how many, who, why or what the listener thinks), and the answer
/// must open with phrases without a subject and verb of their own: a clause ("We print the title")
/// is read by the need readers, and "Yes", "Hmm" or "Well" answer something else.
package enum OpenAnswer {
    /// "What do you print on the slip?" → "we print on the slip"; `nil` unless the question asks
    /// what someone does, sees or wants with a short subject.
    package static func topic(of question: String) -> String? {
        guard question.hasSuffix("?") else { return nil }
        var words = SpeechCleaner().clean(question).text.split(separator: " ").map(String.init)
        while let first = words.first, ConfirmedProposal.leadIns.contains(SpeechCleaner.bare(first)) {
            words.removeFirst()
        }
        // "So the volunteers at the table, what do they see?": the question after the topic.
        if let what = words.indices.dropFirst().first(where: {
            words[$0 - 1].hasSuffix(",") && SpeechCleaner.bare(words[$0]) == "what"
        }) {
            words.removeFirst(what)
        }
        // "Is there anything that would make it easier for them?": what would do it, asked.
        let asking = words.map(SpeechCleaner.bare)
        if let anything = asking.prefix(4).firstIndex(of: "anything") {
            var rest = Array(words[(anything + 1)...])
            if rest.first.map(SpeechCleaner.bare) == "that" { rest.removeFirst() }
            guard let modal = rest.first.map(SpeechCleaner.bare), ["would", "could", "might"].contains(modal),
                (3...10).contains(rest.count), !rest.contains(where: { notAsked.contains(SpeechCleaner.bare($0)) })
            else { return nil }
            return "to " + TextCleanup.trim(rest.dropFirst().joined(separator: " "), " ,;:-?!.")
        }
        let lower = words.map(SpeechCleaner.bare)
        // "What do you want the new system to do first?": what the product is to offer.
        if lower.count >= 7, lower[0] == "what", ["do", "would"].contains(lower[1]), lower[2] == "you",
            ["want", "need", "expect"].contains(lower[3]), let to = lower.lastIndex(of: "to"), to > 5,
            to + 1 < lower.count, lower[to + 1] == "do", lower.count - to <= 4
        {
            return TextCleanup.trim(words[4..<to].joined(separator: " "), " ,") + offering
        }
        // "What payment methods do you need?": the kind of thing asked for names the answer.
        if lower.count >= 5, lower[0] == "what",
            let auxiliary = lower.firstIndex(where: { ["do", "does"].contains($0) }),
            (2...3).contains(auxiliary), subjects.contains(lower[auxiliary + 1]), auxiliary + 3 == lower.count,
            ["need", "want", "offer", "accept", "support"].contains(lower[auxiliary + 2]),
            !lower[1..<auxiliary].contains(where: { notAsked.contains($0) || CandidateFilter.emptyWords.contains($0) })
        {
            return TextCleanup.capitalizedFirst(words[1..<auxiliary].joined(separator: " ")) + kinds
        }
        // "How do customers pay?": the way, answered with phrases ("Card online, or cash at pickup.");
        // not how things are done today.
        let how =
            lower.first == "how" && !lower.contains(where: { ["now", "today", "currently", "usually"].contains($0) })
        guard (4...14).contains(lower.count), lower[0] == "what" || how, asked.contains(lower[1]),
            subjects.contains(lower[2]), !lower.dropFirst(3).contains(where: notAsked.contains),
            !lower.contains("or")
        else { return nil }
        // "what do you print" → "you print"; "what should they see" → "they should see".
        var rest = Array(words[2...])
        if !["do", "does", "did"].contains(lower[1]) { rest.insert(lower[1], at: 1) }
        let said = rest.map { word -> String in
            ConfirmedProposal.perspective[SpeechCleaner.bare(word)] ?? word
        }
        // "What do you need?" asks for everything; the headline answering it ("Traceability,
        // mainly.") comes before the need itself, which the need readers take.
        guard said.count >= 3 || !["need", "want"].contains(SpeechCleaner.bare(said.last ?? "")) else { return nil }
        // "What would you like instead?": the answer says what; "instead" of today goes without saying.
        var topic = said
        if topic.count > 3, SpeechCleaner.bare(topic[topic.count - 1]) == "instead" { topic.removeLast() }
        return TextCleanup.trim(topic.joined(separator: " "), " ,;:-?!.")
    }

    /// How a topic that asks what the product is to do ends: the answer is what it offers, said
    /// without a colon ("The new system should offer online booking.").
    package static let offering = " should offer"
    /// How a topic that asks for a kind of thing ends ("What payment methods do you need?"): the
    /// answer lists them after the kind ("Payment methods: card and PayPal.").
    package static let kinds = ":"

    /// The phrases an answer opens with, as one list ("The title, the due date, and the branch");
    /// `nil` when its first sentence is a clause, a yes or no, or a hedge.
    package static func phrases(of reply: String) -> String? {
        var items: [String] = []
        var said: Set<String> = []
        for var sentence in SentenceSplitter().split(reply).prefix(4) {
            // "Half of our drivers are Polish, so Polish and English at least.": the reason first,
            // then the phrases that answer.
            if items.isEmpty, let after = phraseAfterReason(sentence) { sentence = after }
            var cleaned = TextCleanup.trim(SpeechCleaner().clean(sentence).text, " ,;:-!.")
            let lower = TextTokens(cleaned).words
            // "Big letters. Big, big letters.": the same phrase again, for emphasis.
            if !items.isEmpty, !lower.isEmpty, Set(lower).isSubset(of: said) { continue }
            said.formUnion(lower)
            let said = TextTokens(sentence).words.drop { ConfirmedProposal.interjections.contains($0) }
            guard !sentence.contains("?"), (1...12).contains(lower.count), let first = lower.first,
                let opener = said.first,
                // "… And not too many buttons.": a "not" further down the list is one of its items.
                !notOpeners.contains(first) || items.count > 0 && first == "not", !notOpeners.contains(opener),
                !lower.contains(where: verbs.contains),
                // After the first, only a phrase that adds to the list ("And the branch.").
                items.isEmpty || continuations.contains(opener)
            else { break }
            if opener == "and", first != "and" { cleaned = "and " + TextCleanup.lowercasedFirst(cleaned) }
            items.append(items.isEmpty ? cleaned : TextCleanup.lowercasedFirst(cleaned))
        }
        guard !items.isEmpty else { return nil }
        return items.joined(separator: ", ")
    }

    /// The phrase a sentence gives after its reason ("Half of our drivers are Polish, so Polish and
    /// English at least." → "Polish and English at least."), or `nil` when "so" opens a clause.
    package static func phraseAfterReason(_ sentence: String) -> String? {
        guard let range = sentence.range(of: ", so ") else { return nil }
        let after = String(sentence[range.upperBound...])
        let words = TextTokens(after).words
        guard (1...8).contains(words.count), !words.contains(where: { verbs.contains($0) || notOpeners.contains($0) })
        else { return nil }
        return TextCleanup.capitalizedFirst(after)
    }

    /// Words that open a further phrase of the same list.
    static let continuations: Set<String> = ["and", "or", "just", "also", "plus", "only", "but", "the", "a", "an"]
    static let asked: Set<String> = ["do", "does", "did", "would", "should", "will", "can"]
    static let subjects: Set<String> = ["you", "they", "we", "volunteers", "staff", "users", "customers", "people"]
    /// Verbs that ask for an opinion, a memory or a name rather than for what is wanted.
    static let notAsked: Set<String> = [
        "think", "mean", "say", "know", "remember", "call", "happen", "feel", "reckon", "suggest", "recommend",
    ]
    /// Words that open an answer that is not a phrase naming things.
    static let notOpeners: Set<String> = [
        "yes", "yeah", "yep", "no", "nope", "well", "hmm", "hm", "oh", "okay", "ok", "so", "because", "i", "we",
        "you", "they", "he", "she", "it", "its", "that", "thats", "this", "there", "theres", "depends", "good",
        "sure", "maybe", "probably", "not", "nothing", "everything", "anything", "right", "exactly", "um", "uh",
    ]
    /// Verbs that make a sentence a clause of its own.
    static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "do", "does", "did", "dont", "have", "has", "had", "can", "cant",
        "should", "would", "will", "wont", "must", "need", "needs", "want", "wants", "think", "know", "get", "gets",
    ]
}
