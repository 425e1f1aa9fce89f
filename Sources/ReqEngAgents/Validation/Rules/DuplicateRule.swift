import ReqEngModel

/// INCOSE R30 unique expression (ISO/IEC/IEEE 29148 consistent set): the same need twice in
/// other words.
///
/// Extraction already merges near-identical restatements (``RequirementMerger``); what reaches this
/// rule are needs worded differently. Two statements are duplicates when, compared on concepts
/// (``ConceptLexicon``: "text message" = "SMS", "own login" = "own account"), either
/// - their Jaccard similarity reaches ``threshold`` (0.5), or
/// - the shorter one is nearly contained in the longer one: at least ``minimumShared`` concepts in
///   common, making up ``containment`` (0.75) of the shorter one, at a Jaccard similarity of at least
///   ``containedThreshold`` (0.35), so a short restatement ("the scanners shall work without Wi-Fi")
///   meets its long form,
///
/// and both have at least ``minimumWords`` concepts, the same polarity, and no quantity of one
/// dimension that differs. Pairs that contradict each other are left to ``ConflictRule``.
package struct DuplicateRule: QualityRule {
    package let id = "INCOSE R30; ISO/IEC/IEEE 29148 consistent"

    package static let threshold = 0.5
    package static let containment = 0.75
    package static let containedThreshold = 0.35
    package static let minimumShared = 3
    package static let minimumWords = 3

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let current = context.current
        guard current.concepts.count >= Self.minimumWords else { return [] }
        var findings: [Finding] = []
        for other in context.later where other.requirement.id != current.requirement.id {
            guard let similarity = Self.similarity(current, other), ConflictDetector.conflict(current, other) == nil
            else { continue }
            let percent = Int((similarity * 100).rounded())
            findings.append(
                Finding(
                    severity: .warning, issueType: "duplicate", rule: id,
                    message: "\(current.requirement.id) and \(other.requirement.id) state the same need in other "
                        + "words (\(percent) % of the shorter one's concepts are shared).",
                    suggestion: "Merge \(other.requirement.id) into \(current.requirement.id), keeping the source "
                        + "references of both, or reword them to say how they differ.",
                    relatedRequirementIDs: [other.requirement.id]))
        }
        return findings
    }

    /// The share of concepts two statements have in common when they are duplicates, else `nil`.
    package static func similarity(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Double? {
        guard lhs.concepts.count >= minimumWords, rhs.concepts.count >= minimumWords,
            lhs.isNegative == rhs.isNegative, !quantitiesDiffer(lhs, rhs)
        else { return nil }
        let jaccard = StatementAnalysis.jaccard(lhs.concepts, rhs.concepts)
        let shared = lhs.concepts.intersection(rhs.concepts).count
        let overlap = StatementAnalysis.overlap(lhs.concepts, rhs.concepts)
        let contained = shared >= minimumShared && overlap >= containment && jaccard >= containedThreshold
        return jaccard >= threshold || contained ? overlap : nil
    }

    /// Whether the two state a quantity of one dimension with different values ("24 hours" against
    /// "2 hours"): then they are different needs, or a conflict.
    static func quantitiesDiffer(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Bool {
        lhs.bounds.contains { left in
            let sameDimension = rhs.bounds.filter { $0.dimension == left.dimension }
            return !sameDimension.isEmpty && !sameDimension.contains { ConflictDetector.same($0.value, left.value) }
        }
    }
}
