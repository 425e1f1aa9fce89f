import ReqEngModel

/// INCOSE R30 unique expression (ISO/IEC/IEEE 29148 consistent set): the same need twice in
/// other words.
///
/// Extraction already merges near-identical restatements (``RequirementMerger``); what reaches this
/// rule are needs worded differently. Two statements are duplicates when, compared on concepts
/// (``ConceptLexicon``: "text message" = "SMS", "own login" = "own account"), either
/// - their Jaccard similarity reaches ``threshold`` (0.6), or
/// - the shorter one is nearly contained in the longer one: at least ``minimumShared`` concepts in
///   common, making up ``containment`` (0.75) of the shorter one, at a Jaccard similarity of at least
///   ``containedThreshold`` (0.35), so a short restatement ("the scanners shall work without Wi-Fi")
///   meets its long form,
///
/// and their predicates (what is done) share ``actionOverlap`` of the shorter one's concepts, and
/// both have at least ``minimumWords`` concepts, the same polarity, and no quantity of one
/// dimension that differs (nor, when both state numbers, only different numbers; nor a measure
/// that only one of them states). Concepts that tell needs apart poorly ("person", "use", "show";
/// ``ConflictDetector/unspecific``) weigh half and do not count towards ``minimumShared``. Pairs
/// that contradict each other are left to ``ConflictRule``.
package struct DuplicateRule: QualityRule {
    package let id = "INCOSE R30; ISO/IEC/IEEE 29148 consistent"

    package static let threshold = 0.6
    package static let containment = 0.75
    package static let containedThreshold = 0.35
    package static let minimumShared = 3
    package static let minimumWords = 3
    /// Least share of the shorter predicate's concepts the two predicates must have in common.
    package static let actionOverlap = 0.5

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
            lhs.isNegative == rhs.isNegative
        else { return nil }
        // Every pair of the project is compared: the shared concepts are counted, not collected.
        // Weights are halves and wholes, so the sums below are exact and the union's weight is the
        // two weights less the shared one.
        let (small, large) = lhs.concepts.count <= rhs.concepts.count ? (lhs, rhs) : (rhs, lhs)
        var shared = 0.0
        var specificShared = 0
        for concept in small.concepts where large.concepts.contains(concept) {
            if large.specificConcepts.contains(concept) {
                shared += 1
                specificShared += 1
            } else {
                shared += 0.5
            }
        }
        let union = lhs.conceptWeight + rhs.conceptWeight - shared
        let smaller = min(lhs.conceptWeight, rhs.conceptWeight)
        guard union > 0, smaller > 0 else { return nil }
        let jaccard = shared / union
        let overlap = shared / smaller
        let contained = specificShared >= minimumShared && overlap >= containment && jaccard >= containedThreshold
        guard jaccard >= threshold || contained else { return nil }
        // The same need does the same thing: "search for parts" and "the search for parts shall take
        // no longer than 15 s" share their object, not their action.
        let leftAction = lhs.specificPredicateConcepts
        let rightAction = rhs.specificPredicateConcepts
        guard StatementAnalysis.overlap(leftAction, rightAction) >= actionOverlap else { return nil }
        // "Make the schedule" and "make a schedule within five minutes": the second adds a target
        // the first does not have, a requirement of its own.
        if lhs.bounds.isEmpty != rhs.bounds.isEmpty { return nil }
        // Last, as the dearest test, reached only by pairs similar in everything else.
        return quantitiesDiffer(lhs, rhs) ? nil : overlap
    }

    /// Concepts weighed by how much they tell needs apart: a half for "person", "use", "show", ….
    static func weight(_ concepts: Set<String>) -> Double {
        concepts.reduce(0) { total, concept in total + (ConflictDetector.unspecific.contains(concept) ? 0.5 : 1) }
    }

    /// Whether the two state a quantity of one dimension with different values ("24 hours" against
    /// "2 hours"): then they are different needs, or a conflict.
    static func quantitiesDiffer(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Bool {
        let differentBound = lhs.bounds.contains { left in
            let sameDimension = rhs.bounds.filter { $0.dimension == left.dimension }
            return !sameDimension.isEmpty && !sameDimension.contains { ConflictDetector.same($0.value, left.value) }
        }
        let left = lhs.digitRuns
        let right = rhs.digitRuns
        return differentBound || (!left.isEmpty && !right.isEmpty && left.isDisjoint(with: right))
    }

    /// The runs of digits in a statement ("8am and 6pm" → 8, 6).
    static func numbers(in statement: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        for character in statement {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                result.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { result.insert(current) }
        return result
    }
}
