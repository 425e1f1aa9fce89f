import ReqEngModel

/// INCOSE R1/R3 (ISO/IEC/IEEE 29148 complete): the statement names no one who acts.
package struct MissingActorRule: QualityRule {
    package let id = "INCOSE R3; ISO/IEC/IEEE 29148 complete"

    package var judgesWording: Bool { true }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        guard !analysis.hasActor else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "missing_actor", rule: id,
                message: "No actor: the statement does not say which system, user or role is responsible.",
                suggestion: "Start with the responsible subject and a modal, e.g. \"The system shall …\" or "
                    + "\"The receptionist shall …\".")
        ]
    }
}
