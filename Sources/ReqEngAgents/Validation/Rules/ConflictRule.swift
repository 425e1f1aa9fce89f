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
                    message: "\(current.requirement.id)\(Self.speaker(current)) says \"\(conflict.first)\" but "
                        + "\(other.requirement.id)\(Self.speaker(other)) says \"\(conflict.second)\": \(conflict.reason).",
                    suggestion: "Decide which position holds with the stakeholders of both requirements, then "
                        + "rewrite one requirement and mark the other as superseded.",
                    terms: [conflict.first, conflict.second],
                    relatedRequirementIDs: [other.requirement.id]))
        }
        return findings
    }

    /// " (Dana, intake turn 4)" for a stated requirement; empty for one without a source.
    static func speaker(_ analysis: StatementAnalysis) -> String {
        guard let ref = analysis.requirement.sourceRefs.first else { return "" }
        return " (\(ref.speaker), \(ref.sessionID) turn \(ref.turn))"
    }
}
