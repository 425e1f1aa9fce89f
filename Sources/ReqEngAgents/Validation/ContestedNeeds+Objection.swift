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
        let need = source.quote + " " + requirement.statement
        guard !roles.isInterviewer(reply.speaker),
            objects(reply.text) || overshoots(reply.text, need: need) || narrowsToOne(reply.text, need: need),
            !givesIn(source.speaker, after: answerIndex, in: transcript)
        else { return nil }
        let answer = Self.opening(of: reply.text)
        let said = Self.quoted(requirement, source)
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
        if disagreements.contains(where: { words.starts(with: $0) }) { return true }
        guard words.first == "but" else { return false }
        let reason = Array(words.dropFirst().drop { openers.contains($0) })
        guard reason.count >= 4, let lead = reason.first, !goingAlong.contains(lead) else { return false }
        // "But not automatically given to someone else.": a limit set on the need, which takes it
        // up; "but not everyone …" or "but not if …" still sets something against it.
        if lead == "not", reason.count > 1, !["everyone", "everybody", "if", "when", "now", "yet"].contains(reason[1]) {
            return false
        }
        if reason.starts(with: ["what", "about"]) { return true }
        if questionWords.contains(lead) { return false }
        return !approvals.contains { reason.starts(with: $0) }
    }

    /// "I disagree", "That's not true": the objection said outright.
    static let disagreements: [[String]] = [
        ["i", "disagree"], ["i", "dont", "agree"], ["i", "do", "not", "agree"], ["thats", "not", "true"],
        ["thats", "not", "right"], ["not", "true"],
    ]

    /// Whether a reply judges a value the need names too much or too little: "Three is too many.
    /// Twice is enough." after "renew a loan up to three times".
    static func overshoots(_ reply: String, need: String) -> Bool {
        let words = TextTokens(SentenceSplitter().split(reply).first ?? reply).words
        guard let too = words.firstIndex(of: "too"), too > 0, too + 1 < words.count, words.count <= 10,
            excessWords.contains(words[too + 1])
        else { return false }
        let named = Set(TextTokens(need).words)
        return words[..<too].contains { word in
            named.contains(word) && (!CandidateFilter.emptyWords.contains(word) || word.first?.isNumber == true)
        }
    }

    static let excessWords: Set<String> = [
        "many", "much", "long", "short", "few", "little", "expensive", "slow", "late", "early", "high", "low",
        "big", "small", "often", "complicated",
    ]

    /// Whether a reply keeps one of the things a need lists and leaves out the others: "Dutch only
    /// is fine for us." after "support Dutch and English".
    static func narrowsToOne(_ reply: String, need: String) -> Bool {
        let words = TextTokens(SentenceSplitter().split(reply).first ?? reply).words
        let named = TextTokens(need).words
        guard words.count <= 10, let only = words.firstIndex(of: "only"), !words.contains("not"),
            named.contains(where: { ["and", "or"].contains($0) })
        else { return false }
        let kept = [only > 0 ? words[only - 1] : nil, only + 1 < words.count ? words[only + 1] : nil]
            .compactMap { $0 }.filter { named.contains($0) && !CandidateFilter.emptyWords.contains($0) }
        guard let item = kept.first, let position = named.firstIndex(of: item) else { return false }
        // The other item of "Dutch and English", "card or cash".
        let around = named[max(0, position - 2)...min(named.count - 1, position + 2)]
        return around.contains { ["and", "or"].contains($0) }
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
