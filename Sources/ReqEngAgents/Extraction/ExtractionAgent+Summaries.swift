import ReqEngModel

/// A team member summing up as the meeting goes ("Okay, so date of birth and surname.", "Okay.
/// Big buttons, wheelchair height.") and the next speaker agreeing ("Fine by me."): what was summed
/// up is decided, in the summary's words.
extension ExtractionAgent {
    /// The decisions a team member's turn at `index` sums up, when it opens with a word of summing
    /// up ("okay", "so", "right") and the next turn, another member's, agrees in a few words. Only
    /// phrases that name what the meeting talks about, without an auxiliary or a pronoun ("So
    /// insurance stays at the desk." is read, "so we have ten minutes" is not), are read: "So, the
    /// agenda." names no decision.
    func settledSummaries(
        at index: Int, in transcript: Transcript, conversation: ConversationContext
    )
        -> [Requirement]
    {
        let turn = transcript.turns[index]
        guard conversation.firstPersonIsTeam, index + 1 < transcript.turns.count,
            case let reply = transcript.turns[index + 1], reply.speaker != turn.speaker,
            TextTokens(reply.text).words.count <= 6, ConfirmedProposal.reading(of: reply.text) == .confirms,
            let opener = TextTokens(turn.text).words.first, Self.summaryOpeners.contains(opener)
        else { return [] }
        let replyRef = Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text))
        return SentenceSplitter().split(turn.text).compactMap { sentence -> Requirement? in
            let cleaned = SpeechCleaner().clean(sentence)
            var words = cleaned.text.split(separator: " ").map(String.init)
            while let first = words.first.map(SpeechCleaner.bare), Self.summaryOpeners.contains(first) {
                words.removeFirst()
            }
            let lower = TextTokens(words.joined(separator: " ")).words
            // "Case material.", "A shape also.": a heading of the agenda names no value decided;
            // "Or wood even." offers one more option.
            guard !sentence.contains("?"), (2...12).contains(lower.count), lower.first != "or",
                lower.filter({ !CandidateFilter.emptyWords.contains($0) }).count >= 3,
                !lower.contains(where: { ConfirmedProposal.openQuestions.contains($0) || Self.greetings.contains($0) }),
                !lower.contains(where: { Self.summaryVerbs.contains($0) || Self.summaryPronouns.contains($0) }),
                !CandidateFilter.endsInFragment(lower), !conversation.namesParticipant(lower),
                case let text = TextCleanup.capitalizedFirst(TextCleanup.trim(words.joined(separator: " "), " ,;:-!.")),
                conversation.vocabulary.mentionsRecurring(text), !Self.isMeetingTalk(text)
            else { return nil }
            var found = speakerWordsRequirement(
                text + ".", source: Self.ref(turn, in: transcript, quoting: sentence), priority: .should, strength: 0.6,
                hedges: cleaned.hedges)
            found.sourceRefs.insert(replyRef, at: 0)
            return found
        }
    }

    /// Words a turn that sums up opens with.
    static let summaryOpeners: Set<String> = ["okay", "ok", "so", "right", "alright", "good", "fine", "then"]
    /// A person or thing pointed at: the sentence says something of it, which other readers read.
    static let summaryPronouns: Set<String> = [
        "no", "not", "i", "we", "you", "it", "they", "he", "she", "this", "that",
    ]
    static let greetings: Set<String> = ["hi", "hello", "hey", "morning", "bye", "welcome", "thanks"]
    /// Words that give a phrase a verb of its own.
    static let summaryVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "would", "should", "could", "can", "will", "must", "has", "have",
        "had", "do", "does", "did", "its", "thats", "theres", "lets", "need", "needs", "want", "wants", "think",
    ]
}
