import ReqEngModel

/// "They" at the start of a turn that follows no question about people: the people the turns just
/// before name. "For us the main thing is that drivers see their route." — "Okay." — "And they
/// need to report a problem at a stop." The drivers report it.
extension PointerResolution {
    /// Whom a "they" in the sentences of turn `index` stands for: what the turn before asks about
    /// (``peopleMeantByThey(_:question:)``), else, for the first sentence only, the one kind of
    /// people the nearest turn before names that is more than a nod and does not itself go on about
    /// "them".
    static func peopleMeantByThey(
        _ sentences: [String], before index: Int, in transcript: Transcript
    ) -> (people: String, sentences: Range<Int>, pointers: Set<String>)? {
        if let asked = peopleMeantByThey(sentences, question: transcript.turns[index - 1].text) { return asked }
        for turn in transcript.turns[max(0, index - 3)..<index].reversed() {
            let words = TextTokens(turn.text).words
            let named = Set(
                words.filter {
                    $0 == "people"
                        || $0.hasSuffix("s") && (peopleNouns.contains($0) || StatementBuilder.isPersonNoun($0))
                })
            if named.count == 1, let people = named.first { return (people, 0..<1, ["they"]) }
            // "Okay.", "They log in with a PIN.": a nod, or more about the same people.
            guard named.isEmpty, words.count <= 3 || words.contains(where: ["they", "them", "their"].contains) else {
                return nil
            }
        }
        return nil
    }
}
