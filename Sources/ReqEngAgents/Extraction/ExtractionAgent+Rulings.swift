import ReqEngModel

/// An option ruled out in so many words ("So no speech recognition", "Not email."), kept as a Won't
/// in the speaker's words.
extension ExtractionAgent {
    /// "So no speech recognition", "no ads, no login": an option ruled out in so many words, kept
    /// in the speaker's words when what is ruled out is something the conversation is about.
    func ruledOut(
        _ cleaned: SpeechCleaner.Result, original: String, source: SourceRef, conversation: ConversationContext
    ) -> Requirement? {
        // "\"No queues.\" That's what we put on the poster.": a slogan or someone's words, quoted.
        if let first = TextCleanup.trim(original, " ").first, "\"\u{201C}\u{201D}".contains(first) { return nil }
        let words = cleaned.text.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        // "Email or paper?" "Not email.": an option the question offered, refused in two words; or
        // refused with its reason ("Not email. Our patients don't read email.").
        if lower.count >= 2, lower.count <= 3, lower[0] == "not",
            !words.dropLast().contains(where: { $0.hasSuffix(",") }),
            let object = TextTokens(lower[1...].joined(separator: " ")).words.last,
            !CandidateFilter.prepositions.contains(lower[1]), !CandidateFilter.emptyWords.contains(lower[1]),
            // "Not five thousand": an amount refused is a price, said elsewhere.
            !lower[1...].contains(where: { TextTokens.isNumber($0) || TextTokens.numberWords.contains($0) }),
            !Self.notRulings.contains(object),
            conversation.answersQuestion(turn: source.turn) && conversation.saidBefore(object, turn: source.turn)
                || conversation.givesReasonForRefusing(object, turn: source.turn)
        {
            let text = TextCleanup.trim(words[1...].joined(separator: " "), " ,;:-!.")
            return speakerWordsRequirement(
                "No " + text + ".", source: source, priority: .wont, strength: 0.75, hedges: cleaned.hedges)
        }
        guard let no = lower.firstIndex(of: "no"),
            // "Correct, no patient data at all in this app.": agreeing, then ruling out.
            no <= 2
                && lower[..<no].allSatisfy({
                    SpeechCleaner.leadingDiscourse.contains($0)
                        || ["correct", "exactly", "agreed", "true"].contains($0)
                })
                // "So the decision is no display on the device": the ruling announced.
                || Self.decisionFrames.contains(
                    Array(lower[..<no].drop(while: SpeechCleaner.leadingDiscourse.contains))),
            lower.count - no >= 2, lower.count - no <= 14, !cleaned.text.contains("?"),
            !words[no].hasSuffix(","), !words[no].hasSuffix("."),
            let said = lower[(no + 1)...].prefix(3).first(where: { !CandidateFilter.emptyWords.contains($0) }),
            // As every agent reads it: "G_P_S_" is `gps`.
            let object = TextTokens(said).words.first,
            // What is ruled out was talked about before, or is what the interviewer just asked about.
            conversation.vocabulary.mentionsRecurring(object) || conversation.answersQuestion(turn: source.turn)
                // "No account needed to use the reminders": the need itself denied.
                || lower[(no + 1)...].prefix(4).contains(where: ["needed", "required", "necessary"].contains),
            !Self.notRulings.contains(object),
            !conversation.namesParticipant([object]),
            // "No I think batteries are the way to go": the "no" answers; it must rule out the word.
            Self.follows(object, "no", in: TextTokens(original).words),
            // Among peers, a bare "No signal." describes; it refuses only what was just proposed.
            !conversation.firstPersonIsTeam || lower.count - no >= 3
                || conversation.saidBefore(object, turn: source.turn)
        else { return nil }
        var text = StatementPolisher.trimmingRationale(words[no...].joined(separator: " "))
        // "No app store hassle, maybe a web app.": what is floated after the comma is not ruled out.
        if let comma = text.firstIndex(of: ","),
            [", maybe ", ", perhaps ", ", possibly ", ", probably "].contains(where: original.lowercased().contains)
        {
            text = String(text[..<comma])
        }
        text = StatementBuilder.droppingTrailingNoise(TextCleanup.trim(text, " ,;:-!."))
        guard !CandidateFilter.endsInFragment(text.split(separator: " ").map { SpeechCleaner.bare(String($0)) })
        else { return nil }
        return speakerWordsRequirement(
            TextCleanup.capitalizedFirst(text) + ".", source: source, priority: .wont, strength: 0.75,
            hedges: cleaned.hedges)
    }

    /// Whether `word` comes within three words after `marker` in `words`.
    static func follows(_ word: String, _ marker: String, in words: [String]) -> Bool {
        words.indices.contains { index in
            words[index] == marker && words[(index + 1)...].prefix(3).contains(word)
        }
    }

    /// "no problem", "no idea", "no pressure at all": a "no" that rules nothing out.
    static let notRulings: Set<String> = [
        "problem", "problems", "idea", "clue", "worries", "way", "doubt", "matter", "offence", "offense", "chance",
        "time", "need", "one", "longer", "more", "sense", "point", "pressure", "rush", "hurry", "harm", "kidding",
        "fuss", "bother", "stress", "comment", "excuse", "wonder",
        // "No wait, Wednesday", "no sorry, the other one": the speaker correcting themselves.
        "wait", "sorry", "actually", "hang", "hold", "scratch",
    ]

    /// Words that announce what was decided, before the "no" of a ruling.
    static let decisionFrames: Set<[String]> = [
        ["the", "decision", "is"], ["the", "decision", "was"], ["our", "decision", "is"], ["decision", "is"],
        ["the", "verdict", "is"], ["we", "said"], ["we", "decided"], ["we", "agreed"], ["so", "we", "said"],
    ]
}
