import ReqEngModel

/// NASA ARM "option" indicator: words that leave the obligation to the reader ("may", "optionally").
package struct OptionRule: QualityRule {
    package let id = "NASA ARM option"

    static let phrases = TriggerPhrase.list([
        "can", "may", "might", "could", "optionally", "optional", "possibly", "either",
    ])

    static let bindingModals: Set<String> = ["shall", "must", "should", "will"]
    static let abilityModals: Set<String> = ["can", "may", "might", "could"]

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        // A statement kept in the speaker's words is to be reworded first (one speaker_wording
        // finding says so); how its words are put is not worth a finding of its own.
        guard !context.current.requirement.isInSpeakersWords else { return [] }
        // After the statement's own binding modal, "can" or "may" says what someone is able to do
        // in a clause of its own ("shall show a box they can tick"), which binds nobody less.
        let tokens = context.current.text.tokens
        let bound = tokens.firstIndex(where: Self.bindingModals.contains)
        let found = TermFormatting.found(Self.phrases, in: context.current.text).filter { term in
            guard let bound, Self.abilityModals.contains(term) else { return true }
            return tokens.prefix(bound).contains(term)
        }
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
