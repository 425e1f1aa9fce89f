import Foundation
import ReqEngModel

/// ISO/IEC/IEEE 29148 verifiable: no acceptance criterion says how the requirement will be checked.
///
/// Reported for a non-functional requirement, and for a functional one that states a quantity or a
/// condition without saying how it is checked. Other functional requirements without criteria are
/// the normal state of an elicited draft: ``ValidationAgent`` counts them in one document-level line
/// (``summary(count:)``) instead of one finding each.
package struct MissingAcceptanceCriteriaRule: QualityRule {
    package let id = "ISO/IEC/IEEE 29148 verifiable"

    package init() {}

    /// Whether the requirement has no criteria.
    static func lacksCriteria(_ requirement: Requirement) -> Bool {
        !requirement.acceptanceCriteria.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Whether a missing criterion is worth a finding of its own on this requirement.
    static func needsCriteria(_ analysis: StatementAnalysis) -> Bool {
        let requirement = analysis.requirement
        guard lacksCriteria(requirement), requirement.priority != .wont,
            !namesStandard(analysis.text.tokens)
        else { return false }
        return requirement.type != .functional || requirement.condition != nil || analysis.hasNumber
    }

    /// Whether a statement names a standard that says how it is checked ("meet the accessibility
    /// rules, WCAG", "conform to ISO 27001").
    static func namesStandard(_ tokens: [String]) -> Bool {
        tokens.contains { standards.contains($0) }
    }

    static let standards: Set<String> = [
        "wcag", "iso", "iec", "en", "gdpr", "pci", "hipaa", "owasp", "asvs", "soc", "nist", "fips", "ieee",
        "rfc", "ada", "section508",
    ]

    /// The one document-level finding for `count` plain functional requirements without criteria.
    func summary(count: Int) -> Finding {
        Finding(
            severity: .info, issueType: "missing_acceptance_criteria", rule: id,
            message: "\(count) functional requirement\(count == 1 ? " has" : "s have") no acceptance criteria yet.",
            suggestion: "Before sign-off, agree one Given/When/Then criterion per requirement with its stakeholder.")
    }

    package func check(_ context: ValidationContext) -> [Finding] {
        guard Self.needsCriteria(context.current) else { return [] }
        return [
            Finding(
                severity: .info, issueType: "missing_acceptance_criteria", rule: id,
                message: "No acceptance criteria: nothing says how the requirement will be verified.",
                suggestion: "Add at least one Given/When/Then criterion, e.g. \"Given <state>, when <event>, "
                    + "then <observable result>\".")
        ]
    }
}
