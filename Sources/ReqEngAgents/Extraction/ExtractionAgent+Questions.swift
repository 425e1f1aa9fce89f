import ReqEngModel

/// Needs said as a question and its answer: which reader takes an interviewer's question, and which
/// a participant's.
extension ExtractionAgent {
    /// The need an interviewer's turn and the answer to it state: a proposal confirmed or refused,
    /// an option chosen, a measure, who or where, a topic named, or an open question answered.
    func interviewerQuestionAnswered(
        at index: Int, in transcript: Transcript, conversation: ConversationContext
    ) -> Requirement? {
        // ("Would a login link by email be okay?": the option offered, not a proposal to word.)
        offeredOption(at: index, in: transcript, conversation: conversation)
            ?? confirmedProposal(at: index, in: transcript, conversation: conversation)
            ?? choiceAnswer(at: index, in: transcript, conversation: conversation)
            ?? followUpChoice(at: index, in: transcript, conversation: conversation)
            ?? measuredAnswer(at: index, in: transcript, conversation: conversation)
            ?? partyAnswer(at: index, in: transcript, conversation: conversation)
            ?? topicAnswer(at: index, in: transcript, conversation: conversation)
            ?? ruleAnswer(at: index, in: transcript, conversation: conversation)
            ?? openAnswer(at: index, in: transcript, conversation: conversation)
    }

    /// The need a participant's question and another participant's answer state: a question the
    /// other settles ("Shall we go with the rubber case?" "Yes."), as good as an interviewer's
    /// proposal; or, among a team, a measure asked for ("Battery. How long does it need to last?"
    /// "At least two weeks between charges."), or an either-or question this turn settles
    /// ("Bluetooth then.").
    func participantQuestionAnswered(
        at index: Int, in transcript: Transcript, conversation: ConversationContext
    ) -> Requirement? {
        if let settled = confirmedProposal(at: index, in: transcript, conversation: conversation) { return settled }
        guard conversation.firstPersonIsTeam else { return nil }
        return teamMeasuredAnswer(at: index, in: transcript, conversation: conversation)
            ?? settledTeamChoice(at: index, in: transcript, conversation: conversation)
            ?? topicDecided(at: index, in: transcript, conversation: conversation)
    }

    /// A measure a participant asks the team for with a need phrase ("How long does it need to
    /// last?", "How heavy should it be?") and the next participant names; a bare topic said just
    /// before the question ("Battery.") is what "it" stands for.
    func teamMeasuredAnswer(
        at index: Int, in transcript: Transcript, conversation: ConversationContext
    ) -> Requirement? {
        let turn = transcript.turns[index]
        let sentences = SentenceSplitter().split(turn.text)
        guard let question = MeasuredAnswer.question(in: sentences), question.kind != .moment,
            Self.asksForNeed(question.statement),
            let reply = transcript.turns[(index + 1)...].first, reply.speaker != turn.speaker,
            !["no", "nope", "not"].contains(TextTokens(reply.text).words.first ?? ""),
            let named = Optional(Self.naming(question, in: sentences)),
            let statement = MeasuredAnswer.statement(
                question: (question.kind, named, question.sentence), answer: reply.text),
            // A topic the asker names ("Battery.") is on the meeting's list, however rarely said.
            named != question.statement || conversation.vocabulary.mentionsRecurring(statement)
        else { return nil }
        return measuredRequirement(
            statement, kind: question.kind, asked: question.sentence, turn: turn, reply: reply, in: transcript,
            strength: 0.7)
    }

    /// Whether a question's declarative form says what is needed ("it needs to last", "it should
    /// weigh"), not what is ("it takes").
    static func asksForNeed(_ statement: String) -> Bool {
        let said = " " + TextTokens(statement).words.joined(separator: " ") + " "
        return [" needs to ", " need to ", " should ", " must ", " has to ", " have to "].contains {
            said.contains($0)
        }
    }

    /// The question's declarative form with its "it" named by the bare topic said just before it
    /// ("Battery. How long does it need to last?" → "The battery needs to last").
    static func naming(
        _ question: (kind: MeasuredAnswer.Kind, statement: String, sentence: String), in sentences: [String]
    ) -> String {
        guard let position = sentences.firstIndex(of: question.sentence), position > 0,
            question.statement.hasPrefix("It "),
            let topic = ConfirmedProposal.topic(of: TextCleanup.trim(sentences[position - 1], " .!") + "?"),
            TextTokens(topic).words.count <= 3
        else { return question.statement }
        let named = topic.split(separator: " ").first.map { StatementBuilder.determiners.contains($0.lowercased()) }
        return (named == true ? TextCleanup.capitalizedFirst(topic) : "The " + topic)
            + question.statement.dropFirst(2)
    }

    /// The candidates of a run as they stand once the conversation has settled them: the product
    /// named, sentences continued, needs put off, values corrected, read-backs folded, needs
    /// conceded dropped, recaps split or folded, elaborations folded into what they elaborate, and
    /// needs ranked by name.
    /// Values come first, so a read-back of the settled value finds the need it repeats.
    static func settling(
        _ candidates: [Requirement], in transcripts: [Transcript], interviewers: Set<String>,
        products: [String: String], readBackItems: Set<Int>
    ) -> [Requirement] {
        let named = rankedByWhatFollows(
            continued(namingProduct(splittingAgreedLists(candidates), products: products), in: transcripts),
            in: transcripts)
        let corrected = ValueCorrection.corrected(
            deferring(named, in: transcripts), in: transcripts, interviewers: interviewers)
        let settled = ConcededNeeds.dropping(
            foldingReadBacks(corrected, items: readBackItems), in: transcripts, interviewers: interviewers)
        return rankedByName(
            foldingMeasuredElaborations(
                foldingRefusalElaborations(
                    foldingRecaps(
                        splittingListRecaps(settled, in: transcripts, interviewers: interviewers),
                        interviewers: interviewers))),
            in: transcripts, interviewers: interviewers)
    }

    /// Whether the turn before turn `index` is an interviewer asking how a process should go ("So
    /// how would you like that to work?").
    static func processAsked(before index: Int, in transcript: Transcript, conversation: ConversationContext) -> Bool {
        index > 0 && conversation.roles.isInterviewer(transcript.turns[index - 1].speaker)
            && WantedProcess.asksForProcess(inTurn: SentenceSplitter().split(transcript.turns[index - 1].text))
    }
}
