import ReqEngModel

extension InferenceCorpus {
    /// What a Won't in the speaker's words does not want: "I don't want customers making an account
    /// with a password" rules out making an account, whatever it would be made with.
    static func deniedWish(_ tokens: [String]) -> RuledOut? {
        guard
            let wish = tokens.indices.first(where: { index in
                ["want", "need"].contains(tokens[index]) && index > 0 && ["dont", "not"].contains(tokens[index - 1])
            })
        else { return nil }
        var rest = tokens[(wish + 1)...].drop { objectFillers.contains($0) || $0 == "is" }
        // "customers making an account": the people named, then what they would do.
        var verb: String?
        if rest.count > 2, let doing = rest.dropFirst().first, doing.hasSuffix("ing") {
            verb = doing
            rest = rest.dropFirst(2)
        }
        // What it would be made with is ruled out with it: "with a password".
        var words = Array(
            rest.prefix { !objectEnds.contains($0) || $0 == "with" }.filter { !objectFillers.contains($0) }.prefix(5))
        // "I don't want bread orders online": the bread orders are refused, not being online.
        if let circumstance = words.indices.dropFirst().first(where: { circumstances.contains(words[$0]) }) {
            words = Array(words[..<circumstance])
        }
        guard !words.isEmpty else { return nil }
        let verbs = verb.map { [$0] } ?? []
        return RuledOut(
            text: TokenizedText((verbs + words).joined(separator: " ")), objectStart: verbs.count, whole: true)
    }

    /// Adverbs after a refused thing that say where or how, not what: "… orders online".
    static let circumstances: Set<String> = ["online", "offline", "here", "there", "anymore", "today", "remotely"]
}
