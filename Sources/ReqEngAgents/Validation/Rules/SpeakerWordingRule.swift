import ReqEngModel

/// ISO/IEC/IEEE 29148 (unambiguous, singular): a statement kept in the speaker's words, because
/// extraction could not rewrite it as "<actor> shall <action>" without guessing.
package struct SpeakerWordingRule: QualityRule {
    package let id = "ISO/IEC/IEEE 29148 unambiguous"

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        guard context.current.requirement.isInSpeakersWords else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "speaker_wording", rule: id,
                message: "Kept in the speaker's words: the statement could not be rewritten with confidence.",
                suggestion: "Reword it as one requirement (who shall do what) and confirm it with the speaker.")
        ]
    }
}
