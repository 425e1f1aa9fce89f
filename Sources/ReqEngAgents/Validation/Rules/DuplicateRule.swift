import ReqEngModel

/// INCOSE R30 unique expression (ISO/IEC/IEEE 29148 consistent set): the same requirement twice.
///
/// Two statements are duplicates when the Jaccard similarity of their stemmed content-word sets
/// reaches ``threshold`` (0.7; chosen on the paraphrase pairs in the tests and a run over
/// 625 templated public requirements, where 0.6 paired statements that differ in their object) and both have at least
/// ``minimumWords`` content words. Pairs that contradict each other are left to ``ConflictRule``.
package struct DuplicateRule: QualityRule {
    package let id = "INCOSE R30; ISO/IEC/IEEE 29148 consistent"

    package static let threshold = 0.7
    package static let minimumWords = 3

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let current = context.current
        guard current.contentWords.count >= Self.minimumWords else { return [] }
        var findings: [Finding] = []
        for other in context.later where other.requirement.id != current.requirement.id {
            guard other.contentWords.count >= Self.minimumWords else { continue }
            let similarity = StatementAnalysis.jaccard(current.contentWords, other.contentWords)
            guard similarity >= Self.threshold, ConflictDetector.conflict(current, other) == nil else { continue }
            let percent = Int((similarity * 100).rounded())
            findings.append(
                Finding(
                    severity: .warning, issueType: "duplicate", rule: id,
                    message: "\(current.requirement.id) and \(other.requirement.id) state nearly the same thing "
                        + "(\(percent) % of their content words are shared).",
                    suggestion: "Merge \(other.requirement.id) into \(current.requirement.id), keeping the source "
                        + "references of both, or reword them to say how they differ.",
                    relatedRequirementIDs: [other.requirement.id]))
        }
        return findings
    }
}
