/// How a team member puts a decision to the others ("So we would have the LCD screen?", "Can we
/// also …?"), and proposals and replies said over two sentences: a question followed by an example
/// of it, and a refusal given after its reason.
extension ConfirmedProposal {
    /// `sentences` without a closing question that only gives an example of the one before it
    /// ("Can we let people use their own sound? Like a song from their phone?").
    package static func withoutExample(_ sentences: [String]) -> [String] {
        guard sentences.count >= 2, let last = sentences.last, last.hasSuffix("?"),
            sentences[sentences.count - 2].hasSuffix("?"),
            let first = TextTokens(last).words.first, ["like", "say", "maybe"].contains(first),
            TextTokens(last).words.count <= 8
        else { return sentences }
        return Array(sentences.dropLast())
    }

    /// `sentences` with an agreement tag said after a comma set apart as a sentence of its own
    /// ("The number of buttons, fifteen max, everybody fine with that?" → "The number of buttons,
    /// fifteen max." and "everybody fine with that?"), as a tag said on its own already is.
    package static func tagApart(_ sentences: [String]) -> [String] {
        guard let last = sentences.last, last.hasSuffix("?"), let comma = last.lastIndex(of: ",") else {
            return sentences
        }
        let tag = TextCleanup.trim(String(last[last.index(after: comma)...]), " ")
        let said = TextCleanup.trim(String(last[..<comma]), " ,")
        // Only a tag put to the whole room ("everybody okay with that?", "agreed?"); "…, right?"
        // after a question of its own ("So will you add the keys, right?") checks, and proposes nothing.
        let saidWords = TextTokens(said).words
        guard asksAgreement(tag),
            TextTokens(tag).words.contains(where: ["everybody", "everyone", "all", "agreed", "agree"].contains),
            saidWords.count >= 3,
            !saidWords.prefix(2).contains(where: { auxiliaries.contains($0) || openQuestions.contains($0) })
        else { return sentences }
        return sentences.dropLast() + [said + ".", tag]
    }

    /// "That's a lot more memory. I'd say no, not in the first version.": a short judgement of the
    /// proposal ("that's …", "it's …") said first, and the refusal as the next sentence.
    static func refusesAfterReason(_ reply: String) -> Bool {
        let sentences = SentenceSplitter().split(reply)
        guard sentences.count >= 2, case let reason = TextTokens(sentences[0]).words, (2...8).contains(reason.count),
            ["thats", "its", "that"].contains(reason[0]), !reason.contains(where: { ["no", "not"].contains($0) })
        else { return false }
        let next = TextTokens(sentences[1]).words.prefix(4).joined(separator: " ") + " "
        return rejectionPhrases.contains { next.hasPrefix($0 + " ") }
    }

    /// Whether a participant's closing question asks the team to confirm a decision on what the
    /// product gets: "So we would have the LCD screen?", "We'll go with rubber then?".
    package static func asksDecision(_ question: String) -> Bool {
        // Most turns end in no question: cleaning them would be wasted.
        guard question.hasSuffix("?") else { return false }
        var words = TextTokens(SpeechCleaner().clean(question).text).words
        while let first = words.first, ["so", "and", "then", "okay", "ok", "right"].contains(first) {
            words.removeFirst()
        }
        return words.count >= 4
            && decisionFrames.contains { frame in
                words.starts(with: frame) && !["it", "that", "this", "them"].contains(words[frame.count])
            }
    }

    static let decisionFrames: [[String]] = [
        ["we", "would", "have"], ["we", "will", "have"], ["well", "have"], ["wed", "have"],
        ["we", "are", "going", "to", "have"], ["were", "going", "to", "have"], ["we", "go", "with"],
        ["well", "go", "with"], ["we", "go", "for"], ["well", "go", "for"], ["we", "would", "use"],
        ["well", "use"], ["we", "will", "use"], ["we", "keep"], ["well", "keep"], ["we", "will", "keep"],
        // "Can we also let people use their own sound?": something the team could add, put to it.
        ["can", "we", "also"], ["could", "we", "also"],
    ]
}
