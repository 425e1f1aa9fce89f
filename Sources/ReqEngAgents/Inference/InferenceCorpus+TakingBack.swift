import ReqEngModel

/// A sentence taken back at once by its speaker is no evidence for a rule: "A password, I guess.
/// Actually, no, they'll forget it."
extension InferenceCorpus {
    /// Whether a sentence opens by taking back the one before it ("Actually, no, …", "No, wait.",
    /// "Scratch that."): what it takes back is no evidence.
    static func takesBack(_ sentence: String) -> Bool {
        let words = TextTokens(sentence).words.drop { ["um", "uh", "hmm", "oh", "er"].contains($0) }
        return takingBack.contains { words.starts(with: $0) }
    }

    static let takingBack: [[String]] = [
        ["actually", "no"], ["no", "actually"], ["no", "wait"], ["wait", "no"], ["scratch", "that"],
        ["forget", "that"], ["strike", "that"],
    ]
}
