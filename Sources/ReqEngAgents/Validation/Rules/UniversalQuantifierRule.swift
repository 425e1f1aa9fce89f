import ReqEngModel

/// INCOSE R32: "all", "any" and "both" where "each" is meant.
package struct UniversalQuantifierRule: QualityRule {
    package let id = "INCOSE R32"

    static let quantifiers: Set<String> = ["all", "any", "both"]
    /// Words after which a quantifier sets no scope of the requirement.
    static let notScoping: Set<String> = ["not", "like", "as", "than", "without", "never", "no", "hardly"]

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        // A statement kept in the speaker's words is to be reworded first (one speaker_wording
        // finding says so); how its words are put is not worth a finding of its own.
        guard !context.current.requirement.isInSpeakersWords else { return [] }
        let tokens = context.current.text.tokens
        var found: [String] = []
        for (index, token) in tokens.enumerated() where Self.quantifiers.contains(token) {
            // "at all times" / "all the time" are absolutes (INCOSE R26), reported there.
            let isAtAll = token == "all" && index > 0 && tokens[index - 1] == "at"
            let isAllTheTime = token == "all" && context.current.text.hasSequence(["all", "the", "time"], at: index)
            let isAbsolutePhrase = isAtAll || isAllTheTime
            // "Not all slots": a part of them, which "each" cannot say; "like any other seat",
            // "without any delay": a comparison or a negation, whose scope "each" would not change.
            let isPart = index > 0 && Self.notScoping.contains(tokens[index - 1])
            if !isAbsolutePhrase, !isPart, !found.contains(token) { found.append(token) }
        }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .info, issueType: "universal_quantifier", rule: id,
                message:
                    "Universal quantifier \(TermFormatting.quoted(found)): \"each\" makes the scope testable item by item.",
                suggestion: "Use \"each\" (e.g. \"each booking\" instead of \"all bookings\"), or list the items.",
                terms: found)
        ]
    }
}
