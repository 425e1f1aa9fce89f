import ReqEngModel

/// NASA ARM "weak phrase" indicator and INCOSE R10 superfluous infinitives ("be able to").
package struct WeakPhraseRule: QualityRule {
    package let id = "NASA ARM weak phrase; INCOSE R10"

    static let phrases = TriggerPhrase.list([
        "be able to", "be capable of", "capable of", "capability to", "capability of", "have the ability to",
        "has the ability to", "provide for", "as a minimum", "as applicable", "be designed to",
    ])

    package var judgesWording: Bool { true }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let found = TermFormatting.found(Self.phrases, in: context.current.text)
        guard !found.isEmpty else { return [] }
        // "Other members shall not be able to see it": the behaviour is a refusal, and says so.
        let tokens = context.current.text.tokens
        let abilities = tokens.indices.filter {
            tokens[$0] == "be" && tokens.dropFirst($0 + 1).starts(with: ["able", "to"])
        }
        let refused =
            !abilities.isEmpty && abilities.allSatisfy { $0 > 0 && ["not", "never"].contains(tokens[$0 - 1]) }
        let suggestion =
            refused
            ? "State the behaviour directly, e.g. \"The system shall not allow <actor> to <action>\" instead of "
                + "\"<actor> shall not be able to <action>\"."
            : "State the behaviour directly, e.g. \"The system shall allow <actor> to <action>\" instead of "
                + "\"<actor> shall be able to <action>\"."
        return [
            Finding(
                severity: .info, issueType: "weak_phrase", rule: id,
                message: "Weak phrase \(TermFormatting.quoted(found)): it names a capability, not a behaviour.",
                suggestion: suggestion,
                terms: found)
        ]
    }
}
