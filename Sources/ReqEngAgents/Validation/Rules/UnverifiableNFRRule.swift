import ReqEngModel

/// INCOSE R34 measurable performance (ISO/IEC/IEEE 29148 verifiable): a quality goal with no measure.
///
/// Applies to the categories that are only testable against a number (performance, scalability,
/// availability, fault tolerance). An error for must-priority requirements, else a warning.
package struct UnverifiableNFRRule: QualityRule {
    package let id = "INCOSE R34; ISO/IEC/IEEE 29148 verifiable"

    static let measuredCategories: [NFRCategory: String] = [
        .performance: "within N seconds at the 95th percentile under M concurrent users",
        .scalability: "up to N concurrent users or N records with the same response times",
        .availability: "available N % of each calendar month outside announced maintenance",
        .faultTolerance: "recovering within N minutes with at most M minutes of lost data",
    ]

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        let requirement = analysis.requirement
        guard requirement.type != .functional, let category = requirement.category,
            let measure = Self.measuredCategories[category], !analysis.hasNumber
        else { return [] }
        let vague = TermFormatting.found(VagueTermRule.phrases, in: analysis.text)
        let subjective = TermFormatting.found(SubjectiveLanguageRule.phrases, in: analysis.text)
        let terms = vague + subjective
        let quoted = terms.isEmpty ? "" : " (\(TermFormatting.quoted(terms)) is not a measure)"
        return [
            Finding(
                severity: requirement.priority == .must ? .error : .warning, issueType: "unverifiable_nfr", rule: id,
                message: "The \(category.displayName.lowercased()) requirement states no measurable target\(quoted).",
                suggestion: "Add a target with unit and measurement condition, e.g. \"\(measure)\", and an "
                    + "acceptance test that measures it.",
                terms: terms)
        ]
    }
}
