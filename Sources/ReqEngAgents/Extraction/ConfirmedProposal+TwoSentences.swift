/// Proposals and replies said over two sentences: a question followed by an example of it, and a
/// refusal given after its reason.
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
}
