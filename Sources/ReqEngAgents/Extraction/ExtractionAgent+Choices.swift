import ReqEngModel

/// An interviewer's either-or question and the stakeholder's choice (``ChoiceAnswer``).
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
        guard !conversation.roles.isInterviewer(reply.speaker), reply.speaker != turn.speaker,
            let chosen = ChoiceAnswer.chosenQuestion(question, reply: reply.text),
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
        let replyRef = Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text))
        let role = conversation.declaredRoles[reply.speaker]
        var found =
            requirement(from: declarative + ".", source: replyRef, speakerRole: role, conversation: conversation)
            ?? speakerWordsRequirement(declarative + ".", source: replyRef, priority: .should, strength: 0.8)
        found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: quoted))
        if let stated = PriorityWords.priority(in: reply.text) { found.priority = stated }
        return found
    }
}
