import ReqEngModel

/// An either-or asked right after a need was agreed, without saying the need again: "So you'd want
/// automatic reminders instead of the calls?" "Yes." "By SMS or email?" "SMS, our patients are
/// older." The option chosen narrows the need just agreed: "We'd want automatic reminders instead
/// of the calls, by SMS."
extension ExtractionAgent {
    /// The need agreed two turns before, narrowed by the option the reply to `index`'s either-or
    /// chooses; `nil` unless the question is such a short either-or, asked by whoever proposed the
    /// need, and the reply names one option and not the other.
    func followUpChoice(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        guard index >= 2, index + 1 < transcript.turns.count else { return nil }
        let turn = transcript.turns[index]
        let earlier = transcript.turns[index - 2]
        let agreed = transcript.turns[index - 1]
        let reply = transcript.turns[index + 1]
        guard let question = SentenceSplitter().split(turn.text).last,
            let options = Self.bareOptions(question), earlier.speaker == turn.speaker,
            !conversation.roles.isInterviewer(agreed.speaker), !conversation.roles.isInterviewer(reply.speaker),
            let proposal = SentenceSplitter().split(earlier.text).last, proposal.hasSuffix("?"),
            ConfirmedProposal.reading(of: agreed.text, to: earlier.text) == .confirms,
            let declarative = ConfirmedProposal.declarative(proposal, rejected: false),
            let chosen = Self.chosenOption(options, reply: reply.text)
        else { return nil }
        let statement = TextCleanup.trim(declarative, " ,.") + ", " + chosen + "."
        var found = speakerWordsRequirement(
            statement, source: Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text)),
            priority: PriorityWords.priority(in: reply.text) ?? .should, strength: 0.75)
        found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: question))
        return found
    }

    /// The two options of a short either-or said without a verb ("By SMS or email?" → "by SMS",
    /// "by email"); the first option's preposition is the second's too. `nil` for a question with
    /// a verb or a question word ("Should it be SMS or email?" is read in full elsewhere).
    static func bareOptions(_ question: String) -> (String, String)? {
        guard question.hasSuffix("?") else { return nil }
        var words = TextCleanup.trim(question, " ?").split(separator: " ").map(String.init)
        while let first = words.first, ConfirmedProposal.leadIns.contains(SpeechCleaner.bare(first)) {
            words.removeFirst()
        }
        let lower = words.map(SpeechCleaner.bare)
        guard (3...7).contains(lower.count), lower.filter({ $0 == "or" }).count == 1,
            let or = lower.firstIndex(of: "or"),
            (1...3).contains(or), (1...3).contains(lower.count - or - 1), let first = lower.first,
            !ConfirmedProposal.auxiliaries.contains(first), !ConfirmedProposal.openQuestions.contains(first),
            !lower.contains(where: { ["something", "anything", "not", "both"].contains($0) })
        else { return nil }
        var second = Array(words[(or + 1)...])
        if CandidateFilter.prepositions.contains(first), !CandidateFilter.prepositions.contains(lower[or + 1]) {
            second.insert(words[0].lowercased(), at: 0)
        }
        let firstOption = TextCleanup.lowercasedFirst(TextCleanup.trim(words[..<or].joined(separator: " "), " ,"))
        return (firstOption, TextCleanup.trim(second.joined(separator: " "), " ,"))
    }

    /// The option a reply's first sentence names and the other does not, or `nil`.
    static func chosenOption(_ options: (String, String), reply: String) -> String? {
        guard let first = spokenSentences(of: reply).first else { return nil }
        let said = TextTokens(first).words.drop(while: ConfirmedProposal.interjections.contains)
        guard let opening = said.first, said.count <= 10,
            !["no", "neither", "nope", "both", "either", "depends", "maybe", "not"].contains(opening)
        else { return nil }
        let content = { (option: String) in
            Set(
                TextTokens(option).words.filter {
                    !CandidateFilter.prepositions.contains($0) && !CandidateFilter.emptyWords.contains($0)
                })
        }
        let (one, other) = (content(options.0), content(options.1))
        let named = Set(said)
        guard !one.isEmpty, !other.isEmpty else { return nil }
        switch (!one.isDisjoint(with: named), !other.isDisjoint(with: named)) {
        case (true, false): return options.0
        case (false, true): return options.1
        default: return nil
        }
    }
}
