import ReqEngModel

/// INCOSE R24: personal and indefinite pronouns whose referent the reader has to guess. A personal
/// pronoun after a subject that names someone or something has its referent and is not reported.
package struct PronounRule: QualityRule {
    package let id = "INCOSE R24"

    static let pronouns: Set<String> = [
        "it", "its", "they", "them", "their", "theirs", "he", "she", "him", "her", "his", "hers", "someone",
        "somebody", "something", "anyone", "anybody", "anything",
    ]
    /// Where the predicate starts: indefinite pronouns after it are no subject.
    private func modalAt(_ analysis: StatementAnalysis) -> Int {
        analysis.modalRange?.lowerBound ?? Int.max
    }

    /// Pronouns that point back at something already named; indefinite ones ("someone") never do.
    static let anaphoric: Set<String> = [
        "it", "its", "they", "them", "their", "theirs", "he", "she", "him", "her", "his", "hers",
    ]
    /// Demonstratives count when they stand alone as a subject ("this must …", "that is …").
    static let demonstratives: Set<String> = ["this", "that", "these", "those"]
    static let followers: Set<String> = [
        "shall", "must", "should", "will", "can", "could", "may", "is", "are", "was", "were", "needs", "has",
    ]

    package var judgesWording: Bool { true }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        let tokens = analysis.text.tokens
        // A pronoun after a subject that names someone or something points back at it ("every staff
        // member shall have their own account"); only a pronoun with nothing before it to point at
        // leaves the reader guessing.
        let subjectNames =
            analysis.modalRange != nil
            && analysis.subject.contains {
                !Self.pronouns.contains($0) && !ValidationLexicon.nonActorWords.contains($0)
            }
        var found: [String] = []
        for (index, token) in tokens.enumerated() {
            if subjectNames, index >= analysis.subject.count, Self.anaphoric.contains(token) { continue }
            // "must not be bookable by anyone": an indefinite pronoun leaves a reader guessing only as
            // the subject ("anyone shall see ...").
            if modalAt(analysis) <= index, !Self.anaphoric.contains(token), !Self.demonstratives.contains(token) {
                continue
            }
            // "Somebody's neighbour should not find out": anyone's, not someone to name.
            let statement = analysis.requirement.statement.lowercased()
            if !Self.anaphoric.contains(token),
                statement.contains(token + "'s") || statement.contains(token + "\u{2019}s")
            {
                continue
            }
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
