/// Reads an interviewer's question about who may do something or where something is kept ("Who
/// can see the reason for the visit?", "Where should the files be stored?") and the stakeholder's
/// short answer naming them ("Only the doctor and the assistants.", "In the EU.") as one statement:
/// "Only the doctor and the assistants can see the reason for the visit.", "The files should be
/// stored in the EU."
///
/// The answer must be what was asked for and nothing more: for "who", a short phrase naming people
/// (no verb of its own, not "I think …" or "it depends"); for "where", a place that opens with a
/// preposition. Anything else leaves the question unanswered, and the question alone states nothing.
package enum PartyAnswer {
    /// What a question asks for.
    enum Kind: Sendable, Hashable {
        /// "Who can …?": the people an ability is given to.
        case who
        /// "Where is … stored?": the place something is kept.
        case place
    }

    /// The last question of an interviewer's turn that asks who or where, with the words the
    /// answer completes, or `nil`.
    static func question(in sentences: [String]) -> (kind: Kind, stem: [String], sentence: String)? {
        guard let sentence = sentences.last(where: { $0.hasSuffix("?") }) else { return nil }
        var words = SpeechCleaner().clean(sentence).text.split(separator: " ").map(String.init)
        while let first = words.first, ConfirmedProposal.leadIns.contains(SpeechCleaner.bare(first)) {
            words.removeFirst()
        }
        // "Who should be able to freeze a card, and from where?": one question at a time.
        if let comma = words.dropLast().firstIndex(where: { $0.hasSuffix(",") }),
            ["and", "or"].contains(SpeechCleaner.bare(words[comma + 1]))
        {
            return nil
        }
        if let last = words.indices.last { words[last] = TextCleanup.trim(words[last], " ,;:-?!.") }
        let lower = words.map(SpeechCleaner.bare)
        guard lower.count >= 4, !lower.contains("or") else { return nil }
        switch lower[0] {
        case "who":
            // "who can see X" → "can see X", for the answer to go in front of.
            guard abilityModals.contains(lower[1]) else { return nil }
            return (.who, Array(words[1...]), sentence)
        case "where":
            // "where is it stored" → "it is stored"; "where should the files be kept" → "the files
            // should be kept".
            guard ["is", "are", "should", "will", "must"].contains(lower[1]), let verb = lower.last,
                keepingVerbs.contains(verb)
            else { return nil }
            // The subject is everything between the auxiliary and the verb ("be kept" is one verb).
            let verbStart = lower[lower.count - 2] == "be" ? lower.count - 2 : lower.count - 1
            guard (1...4).contains(verbStart - 2) else { return nil }
            var subject = Array(words[2..<verbStart])
            subject[0] = TextCleanup.capitalizedFirst(subject[0])
            return (.place, subject + [lower[1]] + Array(words[verbStart...]), sentence)
        default:
            return nil
        }
    }

    /// The statement `answer` completes `question` into, or `nil` when it does not answer it.
    ///
    /// `speaker` names who answers, for the "me" of "Only me and the shop manager".
    static func statement(
        question: (kind: Kind, stem: [String], sentence: String), answer: String, speaker: String? = nil
    ) -> String? {
        guard let first = SentenceSplitter().split(answer).first else { return nil }
        var words = SpeechCleaner().clean(first).text.split(separator: " ").map(String.init)
        while let head = words.first, MeasuredAnswer.answerOpeners.contains(SpeechCleaner.bare(head)) {
            words.removeFirst()
        }
        // "Only the practice manager, that's me and my colleague.": who they are, said after a comma.
        if let comma = words.dropLast().firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
            clauseSubjects.contains(SpeechCleaner.bare(words[comma + 1]))
        {
            words = Array(words[...comma])
        }
        let lower = words.map(SpeechCleaner.bare)
        guard let opener = lower.first, (1...10).contains(words.count) else { return nil }
        if let speaker {
            // "Only me and the shop manager": who "me" is, as the conversation names them.
            words = words.map { word in
                ["me", "myself"].contains(SpeechCleaner.bare(word)) ? speaker + word.drop(while: \.isLetter) : word
            }
        }
        let answered = TextCleanup.trim(words.joined(separator: " "), " ,;:-?!.")
        let stem = question.stem.map { ConfirmedProposal.perspective[SpeechCleaner.bare($0)] ?? $0 }
        switch question.kind {
        case .who:
            // "We're all volunteers, we all trust each other.": a clause with a subject of its own
            // explains; it names no party.
            guard !notParties.contains(opener), !lower.contains(where: verbs.contains),
                !lower.contains(where: clauseSubjects.contains)
            else { return nil }
            return TextCleanup.capitalizedFirst(answered) + " " + stem.joined(separator: " ") + "."
        case .place:
            guard places.contains(opener) else { return nil }
            return stem.joined(separator: " ") + " " + TextCleanup.lowercasedFirst(answered) + "."
        }
    }

    static let abilityModals: Set<String> = ["can", "may", "should", "will", "must", "gets", "sees", "needs"]
    /// Verbs a "where" question asks the place of.
    static let keepingVerbs: Set<String> = [
        "stored", "kept", "hosted", "saved", "held", "located", "processed",
    ]
    /// Prepositions a place opens with.
    static let places: Set<String> = ["in", "on", "at", "inside", "within", "outside"]
    /// Subjects that make an answer a clause rather than the name of a party.
    static let clauseSubjects: Set<String> = [
        "we", "we're", "i", "i'm", "they", "they're", "you", "you're", "it's", "that's", "there's", "i'd", "we'd",
    ]
    /// Openings of an answer that names no one ("I think", "it depends", "nobody knows yet").
    static let notParties: Set<String> = [
        "i", "we", "it", "that", "this", "there", "depends", "not", "no", "yes", "well", "good", "hard", "who",
    ]
    /// Words that make an answer a clause of its own rather than a name.
    static let verbs: Set<String> = ConfirmedProposal.auxiliaries.union([
        "was", "were", "has", "have", "had", "think", "know", "depends", "guess", "see", "mean", "don't", "doesn't",
        "isn't", "aren't", "can't", "won't",
    ])
}
