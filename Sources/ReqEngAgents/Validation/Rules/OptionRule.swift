import ReqEngModel

/// NASA ARM "option" indicator: words that leave the obligation to the reader ("may", "optionally").
package struct OptionRule: QualityRule {
    package let id = "NASA ARM option"

    static let phrases = TriggerPhrase.list([
        "can", "may", "might", "could", "optionally", "optional", "possibly", "either",
    ])

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        // A statement kept in the speaker's words is to be reworded first (one speaker_wording
        // finding says so); how its words are put is not worth a finding of its own.
        guard !context.current.requirement.isInSpeakersWords else { return [] }
        let found = TermFormatting.found(Self.phrases, in: context.current.text)
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .info, issueType: "optional_term", rule: id,
                message: "Optional wording \(TermFormatting.quoted(found)): it is unclear whether this is required.",
                suggestion: "Use \"shall\" for a binding requirement, or mark the priority as could/should "
                    + "and state who decides the option.",
                terms: found)
        ]
    }
}
