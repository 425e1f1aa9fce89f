import ReqEngModel

/// A need whose object runs on into the next sentence: "The trainer should see who's coming, with
/// the level. And whether they signed the waiver." The second sentence states nothing by itself; it
/// is one more thing to see.
extension ExtractionAgent {
    /// `candidates` with each need whose next sentence in the same turn only continues its object
    /// ("And whether …", "And what …") read with that sentence.
    static func continued(_ candidates: [Requirement], in transcripts: [Transcript]) -> [Requirement] {
        let quoted = Set(candidates.flatMap { $0.sourceRefs.map { "\($0.sessionID)#\($0.turn)#\($0.quote)" } })
        let sessions = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return candidates.map { candidate in
            guard !candidate.inferred, candidate.priority != .wont, let ref = candidate.sourceRefs.first,
                let turn = sessions[ref.sessionID]?.turns.first(where: { $0.number == ref.turn })
            else { return candidate }
            let sentences = SentenceSplitter().split(turn.text)
            guard let index = sentences.firstIndex(where: { quote($0) == ref.quote }), index + 1 < sentences.count
            else { return candidate }
            let next = sentences[index + 1]
            guard !quoted.contains("\(ref.sessionID)#\(ref.turn)#\(quote(next))"),
                let (joiner, object) = continuation(next).map({ (", and ", $0) })
                    ?? exception(next).map({ (", but ", $0) })
                    ?? measure(next, after: candidate.statement).map({ (": ", $0) })
                    ?? ellipsis(next, after: candidate.statement).map({ (", but ", $0) })
            else { return candidate }
            var joined = candidate
            joined.statement = TextCleanup.trim(candidate.statement, " .") + joiner + object + "."
            joined.sourceRefs[0].quote = quote(ref.quote + " " + next)
            return joined
        }
    }

    /// The clause `sentence` adds to the object of the sentence before it ("And whether they signed
    /// the waiver." → "whether they signed the waiver"), or `nil` when it says more than that.
    static func continuation(_ sentence: String) -> String? {
        let words = TextTokens(sentence).words
        guard !sentence.contains("?"), !sentence.contains(","), (3...12).contains(words.count), words[0] == "and",
            continuingWords.contains(words[1]),
            // "And what we want is …": a need of its own.
            !NeedDetector.containsNeedCue(sentence.lowercased()), !words.contains("is")
        else { return nil }
        // Cleaning drops the opening "and"; the clause is what is left.
        var cleaned = TextCleanup.trim(SpeechCleaner().clean(sentence).text, " .!")
        if cleaned.lowercased().hasPrefix("and ") { cleaned = String(cleaned.dropFirst(4)) }
        guard let first = TextTokens(cleaned).words.first, continuingWords.contains(first) else { return nil }
        return TextCleanup.lowercasedFirst(cleaned)
    }

    /// What `sentence` excepts from the need before it ("But not the patient's full history on
    /// that screen, that's in the other system." → "not the patient's full history on that
    /// screen"), or `nil` when it is more than "but not" and a phrase.
    static func exception(_ sentence: String) -> String? {
        var words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 3, SpeechCleaner.bare(words[0]) == "but", SpeechCleaner.bare(words[1]) == "not",
            !sentence.contains("?"),
            // "But not that it matters", "but not really": said of the talk, not of the need.
            !["that", "really", "because", "so", "sure", "yet", "now", "necessarily", "much"].contains(
                SpeechCleaner.bare(words[2]))
        else { return nil }
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }) { words = Array(words[...comma]) }
        let phrase = TextCleanup.trim(words.dropFirst().joined(separator: " "), " ,;:.!")
        let lower = TextTokens(phrase).words
        guard (2...10).contains(lower.count), !lower.contains(where: PointerResolution.phraseVerbs.contains),
            lower.contains(where: { !CandidateFilter.emptyWords.contains($0) && $0 != "not" })
        else { return nil }
        return phrase
    }

    /// The measure a sentence puts on the loose quality of the need before it ("The approval has to
    /// be fast. Within a day, at most." → "within a day, at most"), or `nil` when the need has a
    /// number already or the sentence is more than a measure.
    static func measure(_ sentence: String, after statement: String) -> String? {
        let said = TextTokens(statement).words
        guard said.contains(where: vagueQualities.contains), !said.contains(where: TextTokens.isNumber),
            !sentence.contains("?")
        else { return nil }
        let words = TextTokens(sentence).words
        guard (2...7).contains(words.count), let first = words.first, MeasuredAnswer.qualifiers.contains(first),
            words.contains(where: { measureUnits.contains($0) }),
            !words.contains(where: PointerResolution.phraseVerbs.contains)
        else { return nil }
        return TextCleanup.lowercasedFirst(TextCleanup.trim(SpeechCleaner().clean(sentence).text, " .!;"))
    }

    /// Who may not do what the need before allows ("Everyone on the ward can see the whole rota.
    /// Other wards can't." → "other wards can't"): a short subject and a negated modal, the verb
    /// left out; `nil` otherwise.
    static func ellipsis(_ sentence: String, after statement: String) -> String? {
        let words = TextTokens(sentence).words
        guard (2...5).contains(words.count), let modal = words.last,
            ["can't", "cant", "cannot", "shouldn't", "shouldnt", "mustn't", "mustnt"].contains(modal),
            TextTokens(statement).words.contains(where: ["can", "should", "must", "shall"].contains),
            !words.dropLast().contains(where: { ProductStatement.notSubjects.contains($0) })
        else { return nil }
        return TextCleanup.lowercasedFirst(TextCleanup.trim(sentence, " .!;"))
    }

    /// Words that open an object clause: what else is seen, said, kept or sent.
    static let continuingWords: Set<String> = ["whether", "who", "what", "which", "how", "whose"]
}
