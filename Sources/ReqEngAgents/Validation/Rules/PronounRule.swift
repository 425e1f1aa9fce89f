import ReqEngModel

/// INCOSE R24: personal and indefinite pronouns whose referent the reader has to guess.
package struct PronounRule: QualityRule {
    package let id = "INCOSE R24"

    static let pronouns: Set<String> = [
        "it", "its", "they", "them", "their", "theirs", "he", "she", "him", "her", "his", "hers", "someone",
        "somebody", "something", "anyone", "anybody", "anything",
    ]
    /// Demonstratives count when they stand alone as a subject ("this must …", "that is …").
    static let demonstratives: Set<String> = ["this", "that", "these", "those"]
    static let followers: Set<String> = [
        "shall", "must", "should", "will", "can", "could", "may", "is", "are", "was", "were", "needs", "has",
    ]

    package var judgesWording: Bool { true }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let tokens = context.current.text.tokens
        var found: [String] = []
        for (index, token) in tokens.enumerated() {
            let isPronoun = Self.pronouns.contains(token)
            let isStandaloneDemonstrative =
                Self.demonstratives.contains(token) && index + 1 < tokens.count
                && Self.followers.contains(tokens[index + 1]) && (index == 0 || token != "that")
            if (isPronoun || isStandaloneDemonstrative) && !found.contains(token) {
                found.append(token)
            }
        }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "ambiguous_pronoun", rule: id,
                message: "Pronoun(s) \(TermFormatting.quoted(found)) whose referent is not stated in the requirement.",
                suggestion:
                    "Replace each pronoun with the noun it stands for (e.g. \"the booking\" instead of \"it\").",
                terms: found)
        ]
    }
}
