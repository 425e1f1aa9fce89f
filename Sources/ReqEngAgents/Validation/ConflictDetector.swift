/// Finds contradictions between two requirements: opposite modals on the same action, disjoint
/// numeric bounds on the same quantity, and different picks from one set of exclusive choices.
package enum ConflictDetector {
    /// A contradiction between two statements, described for the message.
    package struct Conflict: Sendable, Hashable {
        /// What each side says, quoted in messages and questions.
        package var first: String
        package var second: String
        /// Why they cannot both hold.
        package var reason: String
    }

    /// Least content-word similarity for two bounds to be about the same quantity.
    package static let sameQuantityThreshold = 0.3
    /// Least similarity of two predicates for "must" and "must not" to be about the same action.
    package static let sameActionThreshold = 0.6

    package static func conflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        polarityConflict(lhs, rhs) ?? boundConflict(lhs, rhs) ?? choiceConflict(lhs, rhs)
    }

    /// "must delete" against "must not delete" for the same subject.
    static func polarityConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        guard lhs.modalRange != nil, rhs.modalRange != nil, lhs.isNegative != rhs.isNegative else { return nil }
        let left = StatementAnalysis.contentWords(of: lhs.predicate)
        let right = StatementAnalysis.contentWords(of: rhs.predicate)
        guard !left.isEmpty, StatementAnalysis.jaccard(left, right) >= sameActionThreshold else { return nil }
        let leftSubject = StatementAnalysis.contentWords(of: lhs.subject)
        let rightSubject = StatementAnalysis.contentWords(of: rhs.subject)
        if !leftSubject.isEmpty, !rightSubject.isEmpty, leftSubject.isDisjoint(with: rightSubject) { return nil }
        return Conflict(
            first: lhs.requirement.statement, second: rhs.requirement.statement,
            reason: "one requires the action and the other forbids it")
    }

    /// "at least 24 hours" against "up to 2 hours" on the same quantity.
    static func boundConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        let leftBounds = NumericBound.bounds(in: lhs.requirement.statement)
        let rightBounds = NumericBound.bounds(in: rhs.requirement.statement)
        guard !leftBounds.isEmpty, !rightBounds.isEmpty else { return nil }
        let context = StatementAnalysis.jaccard(withoutNumbers(lhs.contentWords), withoutNumbers(rhs.contentWords))
        guard context >= sameQuantityThreshold else { return nil }
        for left in leftBounds {
            for right in rightBounds where left.dimension == right.dimension {
                let disjoint =
                    (left.kind == .lower && right.kind == .upper && left.value > right.value)
                    || (left.kind == .upper && right.kind == .lower && right.value > left.value)
                if disjoint {
                    return Conflict(
                        first: left.phrase, second: right.phrase,
                        reason: "the two limits leave no value that meets both")
                }
                let differentTargets = left.kind == right.kind && left.value != right.value && context >= 0.6
                if differentTargets {
                    return Conflict(
                        first: left.phrase, second: right.phrase,
                        reason: "they set different limits for the same quantity")
                }
            }
        }
        return nil
    }

    /// "use PostgreSQL" against "use MySQL".
    static func choiceConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        guard !lhs.isNegative, !rhs.isNegative,
            !lhs.text.matches(ValidationLexicon.choiceVerbs).isEmpty,
            !rhs.text.matches(ValidationLexicon.choiceVerbs).isEmpty
        else { return nil }
        for group in ValidationLexicon.exclusiveChoices {
            let left = group.indices.filter { !lhs.text.matches(group[$0]).isEmpty }
            let right = group.indices.filter { !rhs.text.matches(group[$0]).isEmpty }
            guard left.count == 1, right.count == 1, let pick = left.first, let other = right.first, pick != other
            else { continue }
            let first = lhs.text.matches(group[pick]).first ?? group[pick][0]
            let second = rhs.text.matches(group[other]).first ?? group[other][0]
            return Conflict(
                first: first, second: second, reason: "they choose different options of which only one can hold")
        }
        return nil
    }

    private static func withoutNumbers(_ words: Set<String>) -> Set<String> {
        words.filter { word in !(word.first?.isNumber ?? false) }
    }
}
