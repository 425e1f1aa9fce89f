import ReqEngModel

/// The limits and conditions a reply may agree within ("Up to 24 hours before.", "As long as it is
/// cheap, yes.", "Yes, but only by email"), and the doing a reply keeps with the people ("I'd rather do
/// that by hand"), for ``ConfirmedProposal``.
extension ConfirmedProposal {
    /// Whether the words of a reply's first sentence agree on a condition: a clause of condition
    /// ("as long as", "if", "provided") ending in "yes", with no "but" or "no" of its own.
    static func conditionalYes(_ said: [String]) -> Bool {
        guard said.count <= 20, let last = said.last, ["yes", "yeah", "yep"].contains(last),
            conditionOpeners.contains(where: { said.starts(with: $0) }),
            !said.contains(where: { ["but", "no", "nope"].contains($0) })
        else { return false }
        return true
    }

    /// Whether a reply's words keep the proposed doing with the people ("I'd rather do that by hand",
    /// "We'll keep doing it ourselves", "I prefer to handle that myself"): a refusal of the product
    /// doing it. "We do it by hand today" describes, and refuses nothing.
    static func keepsItManual(_ words: [String]) -> Bool {
        let clause = Array(words.prefix { !["but", "unless", "except"].contains($0) }.prefix(12))
        guard clause.contains(where: { ["rather", "prefer", "keep", "ill"].contains($0) }),
            clause.contains(where: { ["do", "doing", "handle", "handling"].contains($0) })
        else { return false }
        return clause.contains("manually") || clause.contains("myself") || clause.contains("ourselves")
            || CandidateFilter.containsSequence(clause[...], [["by", "hand"], ["on", "paper"]])
    }

    /// Words that make a short "…, yes." a guess at how things will be ("They should, yes.", "Looks
    /// like it, yeah.", "That's the hope, yeah.") rather than a yes within a limit ("Some of them, yes.").
    static let hedgedSubjects: Set<String> = [
        "it", "they", "we", "i", "you", "he", "she", "looks", "seems", "like", "sigh", "sighs", "thats", "its",
        "hope", "hopefully", "probably",
    ]

    /// Words that open a limit said as the whole answer.
    static let limitOpeners: [[String]] = [["up", "to"], ["until"], ["till"], ["within"], ["at", "most"]]

    static let conditionOpeners: [[String]] = [
        ["as", "long", "as"], ["so", "long", "as"], ["if"], ["provided"], ["providing"], ["only", "if"],
    ]

    /// Whether the words after a "yes, but" only narrow what was agreed: "only by email", "not
    /// later than 24 hours before", "up to three". A put-off ("not in the first version") or a
    /// doubt ("I'm not sure") does not.
    static func limitsAfterBut(_ words: [String]) -> Bool {
        guard (2...12).contains(words.count), limitsAfterYes.contains(where: { words.starts(with: $0) }) else {
            return false
        }
        let text = " " + words.joined(separator: " ") + " "
        return !NeedDetector.containsAny(text, NeedDetector.deferralMarkers)
    }

    /// The limits a reply may open with, and the narrowing words a "but" may bring.
    static let limitsAfterYes: [[String]] =
        limitOpeners + [
            ["only"], ["just"], ["at", "least"], ["not", "later"], ["not", "more"], ["not", "after"],
            ["not", "before"], ["not", "earlier"], ["no", "more"], ["no", "later"], ["no", "longer"], ["max"],
            ["maximum"], ["except"],
        ]
}
