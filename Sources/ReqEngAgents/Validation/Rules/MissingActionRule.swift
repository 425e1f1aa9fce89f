import ReqEngModel

/// INCOSE R3 (ISO/IEC/IEEE 29148 complete): the statement says who or what, but not what happens.
package struct MissingActionRule: QualityRule {
    package let id = "INCOSE R3; ISO/IEC/IEEE 29148 complete"

    package var judgesWording: Bool { true }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        guard !analysis.hasAction else { return [] }
        return [
            Finding(
                severity: .error, issueType: "missing_action", rule: id,
                message: "No action: the statement has no verb phrase saying what must happen.",
                suggestion: "Rewrite as \"<actor> shall <verb> <object>\", e.g. \"The system shall export the "
                    + "monthly report as PDF.\"")
        ]
    }
}
