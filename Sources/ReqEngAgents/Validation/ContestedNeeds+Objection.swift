import ReqEngBase
import ReqEngModel

extension ContestedNeeds {
    /// A need another stakeholder answers with an objection rather than a "no": "Yeah, but then if
    /// you change your phone you lose everything.", "Well, it depends: unless we control the set, we
    /// can't show menus on it." The disagreement is open until the proposer gives in.
    ///
    /// The answer is the first turn of someone else within the next four that says more than a
    /// murmur ("Mm-hmm.", "Function."); the proposer's own further turns are passed over. Neither
    /// side may be an interviewer: an interviewer's "but" probes, it does not object.
    static func objected(
        _ requirement: Requirement, at index: Int, in transcript: Transcript, roles: SpeakerRoles
    ) -> Contest? {
        guard let source = requirement.sourceRefs.first, !roles.isInterviewer(source.speaker) else { return nil }
        let window = transcript.turns.indices.dropFirst(index + 1).prefix(4)
        guard
            let answerIndex = window.first(where: {
                let turn = transcript.turns[$0]
                return turn.speaker != source.speaker && TextTokens(turn.text).words.count > 2
            })
        else { return nil }
        let reply = transcript.turns[answerIndex]
        guard !roles.isInterviewer(reply.speaker), objects(reply.text),
            !givesIn(source.speaker, after: answerIndex, in: transcript)
        else { return nil }
        let answer = SentenceSplitter().split(reply.text).prefix(2).joined(separator: " ")
        let said = source.quote.split(separator: " ").count < 4 ? requirement.statement : source.quote
        return contest(
            on: requirement, said: said, answer: answer, between: source.speaker, and: reply.speaker,
            message: "\"\(said)\" (\(source.speaker), turn \(source.turn)) met an objection from "
                + "\(reply.speaker) (turn \(reply.number)): \"\(answer)\".",
            suggestion: "Settle it with \(source.speaker) and \(reply.speaker) together: keep the need, change it "
                + "to meet the objection, or record it as rejected.")
    }

    /// Whether a reply opens with an objection: "but" or "it depends" after the sounds and the
    /// acknowledgements people put before one ("Yeah, but", "I know what you mean, but"), going on
    /// with a reason of four words or more. A question ("But what kind did you look at?") asks,
    /// and "but also", "but anyway" or "but that's fine" go along; none objects. "What about …"
    /// does: it sets something against the need.
    static func objects(_ reply: String) -> Bool {
        let first = SentenceSplitter().split(reply).first ?? reply
        // "I I know what you mean, but but …": a word said twice is said once.
        let tokens = TextTokens(first).words
        let said = tokens.indices.filter { $0 == 0 || tokens[$0 - 1] != tokens[$0] }.map { tokens[$0] }
        var words = Array(said.drop { openers.contains($0) || acceptances.contains($0) })
        for acknowledgement in acknowledgements where words.starts(with: acknowledgement) {
            words.removeFirst(acknowledgement.count)
            break
        }
        if words.starts(with: ["it", "depends"]) || words.starts(with: ["that", "depends"]) { return true }
        guard words.first == "but" else { return false }
        let reason = Array(words.dropFirst().drop { openers.contains($0) })
        guard reason.count >= 4, let lead = reason.first, !goingAlong.contains(lead) else { return false }
        if reason.starts(with: ["what", "about"]) { return true }
        if questionWords.contains(lead) { return false }
        return !approvals.contains { reason.starts(with: $0) }
    }

    /// What people say to show they heard the other side before objecting.
    static let acknowledgements: [[String]] = [
        ["i", "know", "what", "you", "mean"], ["i", "see", "what", "you", "mean"], ["i", "understand"],
        ["thats", "true"], ["i", "agree"], ["i", "see"],
    ]

    /// Words after "but" that go along with the need or move on rather than object.
    static let goingAlong: Set<String> = ["also", "anyway", "yeah", "yes", "okay", "ok", "of"]

    /// "but that's fine": approval after all.
    static let approvals: [[String]] = [
        ["thats", "fine"], ["thats", "good"], ["thats", "great"], ["thats", "ok"], ["thats", "okay"],
        ["that", "would", "be", "good"], ["i", "like", "it"],
    ]

    static let questionWords: Set<String> = [
        "what", "how", "which", "who", "where", "when", "why", "do", "does", "did", "is", "are", "can", "could",
        "would", "will", "should", "shall",
    ]
}
