import Foundation
import ReqEngModel

/// ISO/IEC/IEEE 29148 verifiable: no acceptance criterion says how the requirement will be checked.
package struct MissingAcceptanceCriteriaRule: QualityRule {
    package let id = "ISO/IEC/IEEE 29148 verifiable"

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let requirement = context.current.requirement
        let criteria = requirement.acceptanceCriteria.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard criteria.isEmpty else { return [] }
        return [
            Finding(
                severity: .info, issueType: "missing_acceptance_criteria", rule: id,
                message: "No acceptance criteria: nothing says how the requirement will be verified.",
                suggestion: "Add at least one Given/When/Then criterion, e.g. \"Given <state>, when <event>, "
                    + "then <observable result>\".")
        ]
    }
}
