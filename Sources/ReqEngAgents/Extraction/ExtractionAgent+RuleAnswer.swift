import ReqEngModel

/// A rule said in answer to a question about a thing's measure: "And how long is a lesson?"
/// "Depends. Forty-five or ninety minutes. Always in blocks of forty-five minutes." The values
/// vary; the "always" with its measure is what the product must keep to.
extension ExtractionAgent {
    /// "A lesson: always in blocks of 45 minutes.", in the answer's words after the thing the
    /// question asks about; `nil` when the answer holds no "always" with a measure, or the question
    /// asks about no thing.
    func ruleAnswer(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard index + 1 < transcript.turns.count, let question = SentenceSplitter().split(turn.text).last,
            let thing = Self.thingMeasured(question)
        else { return nil }
        let reply = transcript.turns[index + 1]
        guard !conversation.roles.isInterviewer(reply.speaker) else { return nil }
        for sentence in SentenceSplitter().split(reply.text).prefix(4) {
            let said = TextCleanup.trim(SpokenNumbers.digits(in: SpeechCleaner().clean(sentence).text), " .!,;:")
            let words = TextTokens(said).words
            guard words.first == "always", (3...8).contains(words.count),
                CandidateFilter.prepositions.contains(words[1]), words.contains(where: MeasuredAnswer.isQuantity)
            else { continue }
            var found = speakerWordsRequirement(
                TextCleanup.capitalizedFirst(thing) + ": " + TextCleanup.lowercasedFirst(said) + ".",
                source: Self.ref(reply, in: transcript, quoting: sentence), priority: .should, strength: 0.7)
            found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: question))
            return found
        }
        return nil
    }

    /// The thing a "how long / how big is it" question asks about ("And how long is an exam?" →
    /// "an exam"): an article and one or two words after the verb.
    static func thingMeasured(_ question: String) -> String? {
        guard question.hasSuffix("?") else { return nil }
        let words = TextTokens(question).words.drop { ConfirmedProposal.leadIns.contains($0) || $0 == "and" }
        let said = Array(words)
        // ("How often is the bike checked?" asks how often something is done, not of a thing.)
        guard said.count >= 5, said[0] == "how", ["long", "big", "large", "heavy"].contains(said[1]),
            ["is", "are"].contains(said[2]), ["a", "an", "the", "each", "every"].contains(said[3]),
            said.count <= 6, let last = said.last, !last.hasSuffix("ed")
        else { return nil }
        return said[3...].joined(separator: " ")
    }
}
