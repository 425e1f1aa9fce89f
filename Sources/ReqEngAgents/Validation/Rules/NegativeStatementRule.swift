import ReqEngModel

/// INCOSE R16: negative statements ("not", "never") that are hard to verify.
package struct NegativeStatementRule: QualityRule {
    package let id = "INCOSE R16"

    static let negatives = TriggerPhrase.list([
        "not", "never", "no", "cannot", "can't", "don't", "doesn't", "won't", "mustn't", "shouldn't", "shan't",
        "none", "nothing", "nobody", "neither", "nor",
    ])

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        // A statement kept in the speaker's words is to be reworded first (one speaker_wording
        // finding says so); how its words are put is not worth a finding of its own.
        guard !context.current.requirement.isInSpeakersWords else { return [] }
        // A Won't is negative by nature: it records what was ruled out, not a behaviour to test.
        guard context.current.requirement.priority != .wont else { return [] }
        let found = TermFormatting.found(
            Self.negatives, in: TokenizedText(Self.withoutConditions(context.current.requirement.statement)))
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .info, issueType: "negative_statement", rule: id,
                message:
                    "Negative wording \(TermFormatting.quoted(found)): a test cannot show that something never happens.",
                suggestion: "State what the system does instead (e.g. \"The system shall reject …\" or "
                    + "\"The system shall accept only …\").",
                terms: found)
        ]
    }

    /// Words that open a condition on the requirement rather than the requirement itself.
    static let conditionOpeners = ["if", "when", "whenever", "unless", "once", "while", "until", "where"]

    /// The statement without its conditions: "The system shall erase the data when no legal duty
    /// applies" states a positive behaviour; the "no" only limits when it applies. A condition ends
    /// at its comma, or else at the sentence's end.
    static func withoutConditions(_ statement: String) -> String {
        var words = statement.split(separator: " ").map(String.init)
        func opensCondition(_ word: String) -> Bool {
            conditionOpeners.contains(TextCleanup.trim(word.lowercased(), Set(",.;:!?\"'()")))
        }
        if let first = words.first, opensCondition(first),
            let comma = words.firstIndex(where: { $0.hasSuffix(",") })
        {
            words.removeSubrange(0...comma)
        }
        if let opener = words.indices.dropFirst(2).first(where: { opensCondition(words[$0]) }) {
            // To its comma, or to the end: "… even when the day is full, but patients must not …"
            // keeps the clause after the condition.
            let end = words[opener...].firstIndex { $0.hasSuffix(",") } ?? words.count - 1
            words.removeSubrange(opener...end)
        }
        return words.joined(separator: " ")
    }
}
