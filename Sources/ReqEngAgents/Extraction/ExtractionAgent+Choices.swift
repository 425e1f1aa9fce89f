import ReqEngModel

/// An interviewer's either-or question and the stakeholder's choice (``ChoiceAnswer``), and a team's
/// either-or question settled by one of its members.
extension ExtractionAgent {
    /// The requirement an interviewer's either-or question and the next stakeholder turn's choice
    /// state together, citing the reply first; `nil` when no option was chosen.
    func choiceAnswer(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        let sentences = SentenceSplitter().split(turn.text)
        guard var question = sentences.last, index + 1 < transcript.turns.count else { return nil }
        var quoted = question
        // "Can they pay online? Or at the counter?": the second option asked on its own.
        if sentences.count > 1, TextTokens(question).words.first == "or", TextTokens(question).words.count <= 6,
            sentences[sentences.count - 2].hasSuffix("?")
        {
            quoted = sentences.suffix(2).joined(separator: " ")
            question = String(sentences[sentences.count - 2].dropLast()) + " " + TextCleanup.lowercasedFirst(question)
        }
        let reply = transcript.turns[index + 1]
        guard !conversation.roles.isInterviewer(reply.speaker), reply.speaker != turn.speaker else { return nil }
        return chosenOption(
            asked: (turn, question, quoted), reply: reply, quoting: Self.answeringSentence(of: reply.text),
            in: transcript, conversation: conversation)
    }

    /// "Do we do Bluetooth or wifi? Wifi costs more." … "Bluetooth is enough." "Bluetooth then.":
    /// among a team, an either-or question settled within three turns by a short turn that names
    /// one of its options (a few words, not asked). The need is the question with that option,
    /// citing the settling turn and the question; a turn that only argues for an option settles
    /// nothing.
    func settledTeamChoice(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement?
    {
        let turn = transcript.turns[index]
        guard conversation.firstPersonIsTeam, let first = SentenceSplitter().split(turn.text).first,
            !first.contains("?"), (1...Self.settlingWords).contains(TextTokens(first).words.count)
        else { return nil }
        for asking in transcript.turns[max(0, index - 3)..<index].reversed() {
            let sentences = SentenceSplitter().split(asking.text)
            guard
                let question = sentences.last(where: {
                    $0.hasSuffix("?") && TextTokens($0).words.contains("or")
                })
            else { continue }
            return chosenOption(
                asked: (asking, question, question), reply: turn, quoting: first, in: transcript,
                conversation: conversation)
        }
        return nil
    }

    /// Words a turn settling an either-or question opens with at most ("Bluetooth then.", "Ten
    /// minutes, okay.").
    static let settlingWords = 4

    /// The need an either-or question `asked` (its turn, the question, the words to quote) and the
    /// `reply` choosing one of its options state together, citing the reply first; `nil` when the
    /// reply chooses no option or the need speaks of nothing the conversation is about.
    func chosenOption(
        asked: (turn: Turn, question: String, quoted: String), reply: Turn, quoting: String,
        in transcript: Transcript, conversation: ConversationContext
    ) -> Requirement? {
        let (askedTurn, askedQuote) = (asked.turn, asked.quoted)
        guard let chosen = ChoiceAnswer.chosenQuestion(asked.question, reply: reply.text),
            let asked = ConfirmedProposal.declarative(chosen.question, rejected: false),
            conversation.vocabulary.mentionsRecurring(asked), !Self.isMeetingTalk(asked)
        else { return nil }
        // "Would parents pay online?": the asker's "would" is hypothetical, the chosen option a need.
        var words = asked.split(separator: " ").map(String.init)
        if let would = words.prefix(4).firstIndex(where: { SpeechCleaner.bare($0) == "would" }),
            would + 1 < words.count,
            !["want", "like", "prefer", "need", "rather", "love"].contains(SpeechCleaner.bare(words[would + 1]))
        {
            words[would] = "should"
        }
        let stated = words.joined(separator: " ")
        // "If they can't come, they should cancel it themselves."
        let declarative = chosen.condition.map { $0 + ", " + TextCleanup.lowercasedFirst(stated) } ?? stated
        let replyRef = Self.ref(reply, in: transcript, quoting: quoting)
        let role = conversation.declaredRoles[reply.speaker]
        var found =
            requirement(from: declarative + ".", source: replyRef, speakerRole: role, conversation: conversation)
            ?? speakerWordsRequirement(declarative + ".", source: replyRef, priority: .should, strength: 0.8)
        found.sourceRefs.append(Self.ref(askedTurn, in: transcript, quoting: askedQuote))
        if let stated = PriorityWords.priority(in: reply.text) { found.priority = stated }
        return found
    }
}
