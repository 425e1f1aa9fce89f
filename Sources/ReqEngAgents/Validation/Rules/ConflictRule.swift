import ReqEngModel

/// ISO/IEC/IEEE 29148 consistent (set): two requirements that cannot both be met.
///
/// See ``ConflictDetector`` for the three kinds detected. One finding per pair, on the earlier
/// requirement, with the later one in `relatedRequirementIDs`.
package struct ConflictRule: QualityRule {
    package let id = "ISO/IEC/IEEE 29148 consistent"

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let current = context.current
        var findings: [Finding] = []
        for other in context.later where other.requirement.id != current.requirement.id {
            guard let conflict = ConflictDetector.conflict(current, other) else { continue }
            findings.append(
                Finding(
                    severity: .error, issueType: "conflict", rule: id,
                    message: "\(current.requirement.id) says \"\(conflict.first)\" but \(other.requirement.id) says "
                        + "\"\(conflict.second)\": \(conflict.reason).",
                    suggestion: "Decide which position holds with the stakeholders of both requirements, then "
                        + "rewrite one requirement and mark the other as superseded.",
                    terms: [conflict.first, conflict.second],
                    relatedRequirementIDs: [other.requirement.id]))
        }
        return findings
    }
}
