import ReqEngModel

/// An option an interviewer offers for the stakeholder's verdict: "Would a login link by email be
/// okay, instead of a password?", "Is a weekly list enough?", "Does a text message work for you?",
/// "How about a reminder the evening before?". Agreed to, the option is the need, in the
/// interviewer's words: "A login link by email, instead of a password."
package enum OfferedOption {
    /// The option `question` offers, as a statement; `nil` when it asks for no verdict on one.
    package static func option(in question: String) -> String? {
        guard question.hasSuffix("?") else { return nil }
        var words = SpeechCleaner().clean(question).text.split(separator: " ").map(String.init)
        // "A few days before, so would a warning …": what comes before the question's own opening.
        if !openers.contains(SpeechCleaner.bare(words.first ?? "")),
            let opening = words.indices.dropFirst().prefix(8).first(where: {
                (words[$0 - 1].hasSuffix(",") || SpeechCleaner.bare(words[$0 - 1]) == "so")
                    && openers.contains(SpeechCleaner.bare(words[$0]))
            })
        {
            words.removeFirst(opening)
        }
        while let first = words.first, ConfirmedProposal.leadIns.contains(SpeechCleaner.bare(first)) {
            words.removeFirst()
        }
        let lower = words.map(SpeechCleaner.bare)
        guard let first = lower.first, openers.contains(first), lower.count >= 3 else { return nil }
        if first == "how" {
            guard lower[1] == "about" else { return nil }
            return statement(Array(words[2...]), tail: [])
        }
        let end: Int
        let tailStart: Int
        if let verdict = lower.indices.dropFirst(2).first(where: { verdictWords.contains(lower[$0]) }) {
            // "would X be okay", "is X enough": the option before the verdict, "be" and all.
            end = ["would", "will"].contains(first) ? verdict - 1 : verdict
            guard end > 1, first == "is" || first == "does" || lower[end] == "be" else { return nil }
            tailStart = verdict + 1
        } else if let works = lower.indices.dropFirst(2).first(where: { ["work", "works"].contains(lower[$0]) }),
            ["would", "does", "will"].contains(first)
        {
            end = works
            tailStart = works + 1
        } else {
            return nil
        }
        // "…, for you?": whom the verdict is asked of is no part of the option.
        var tail = Array(words[min(tailStart, words.count)...])
        if tail.first.map({ ["for", "to"].contains(SpeechCleaner.bare($0)) }) == true, tail.count <= 3 { tail = [] }
        return statement(Array(words[1..<end]), tail: tail)
    }

    private static func statement(_ option: [String], tail: [String]) -> String? {
        let optionWords = option.map(SpeechCleaner.bare)
        // A thing offered, not a person or a pointer: "would you be okay", "is that enough".
        guard let head = optionWords.first, !["you", "we", "i", "that", "this", "it", "they", "there"].contains(head),
            (2...10).contains(option.count), tail.count <= 6,
            optionWords.contains(where: { !CandidateFilter.emptyWords.contains($0) })
        else { return nil }
        let said = (option + tail).joined(separator: " ")
        return TextCleanup.capitalizedFirst(TextCleanup.trim(said, " ,?")) + "."
    }

    static let openers: Set<String> = ["would", "will", "is", "does", "how"]
    /// Words that approve an option offered, said without a yes.
    static let approvals: Set<String> = ["perfect", "great", "ideal", "fine", "brilliant", "excellent", "lovely"]
    static let verdictWords: Set<String> = [
        "okay", "ok", "alright", "enough", "fine", "acceptable", "sufficient", "good",
    ]
}

extension ExtractionAgent {
    /// The option an interviewer offered for a verdict ("Would a login link by email be okay?")
    /// and the next stakeholder agreed to ("Oh, that would be perfect, yes."), as the need; `nil`
    /// when the question offers no option or the reply does not agree.
    func offeredOption(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard let question = SentenceSplitter().split(turn.text).last, let option = OfferedOption.option(in: question),
            let reply = transcript.turns[(index + 1)...].first, !conversation.roles.isInterviewer(reply.speaker),
            let first = SentenceSplitter().split(reply.text).first,
            ConfirmedProposal.reading(of: reply.text, to: question) == .confirms
                || TextTokens(first).words.contains(where: OfferedOption.approvals.contains)
                    && !NegationPolarity.isNegated(first)
        else { return nil }
        var found = speakerWordsRequirement(
            option, source: Self.ref(reply, in: transcript, quoting: first),
            priority: PriorityWords.priority(in: reply.text) ?? .should, strength: 0.75)
        found.rationale =
            Requirement.speakerWordingNote + ": the option offered in turn \(turn.number), agreed to."
        found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: question))
        return found
    }
}
