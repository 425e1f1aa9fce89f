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
        let found = TermFormatting.found(Self.negatives, in: context.current.text)
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
}
