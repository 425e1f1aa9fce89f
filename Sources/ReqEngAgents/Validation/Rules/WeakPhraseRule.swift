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
        return [
            Finding(
                severity: .info, issueType: "weak_phrase", rule: id,
                message: "Weak phrase \(TermFormatting.quoted(found)): it names a capability, not a behaviour.",
                suggestion: "State the behaviour directly, e.g. \"The system shall allow <actor> to <action>\" "
                    + "instead of \"<actor> shall be able to <action>\".",
                terms: found)
        ]
    }
}
