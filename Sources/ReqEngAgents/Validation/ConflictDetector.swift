/// Finds contradictions between two requirements: opposite modals on the same action (with the
/// same conditions), disjoint numeric bounds on the same quantity, and different picks from one
/// set of exclusive choices. Two upper limits of different size are not a contradiction (the
/// smaller meets both) and are left alone.
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
        // "shall not apply … if no parts are returned" is an exception to "shall apply", not its opposite.
        let conditions: Set<String> = ["if", "when", "unless", "except", "only", "while", "during"]
        guard conditions.intersection(lhs.text.tokens) == conditions.intersection(rhs.text.tokens) else { return nil }
        let left = lhs.predicateWords
        let right = rhs.predicateWords
        guard !left.isEmpty, StatementAnalysis.jaccard(left, right) >= sameActionThreshold else { return nil }
        let leftSubject = lhs.subjectWords
        let rightSubject = rhs.subjectWords
        if !leftSubject.isEmpty, !rightSubject.isEmpty, leftSubject.isDisjoint(with: rightSubject) { return nil }
        return Conflict(
            first: lhs.requirement.statement, second: rhs.requirement.statement,
            reason: "one requires the action and the other forbids it")
    }

    /// "at least 24 hours" against "up to 2 hours" on the same quantity.
    static func boundConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        let leftBounds = lhs.bounds
        let rightBounds = rhs.bounds
        guard !leftBounds.isEmpty, !rightBounds.isEmpty else { return nil }
        let context = StatementAnalysis.jaccard(lhs.contextWords, rhs.contextWords)
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
            }
        }
        return nil
    }

    /// "use PostgreSQL" against "use MySQL".
    static func choiceConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        guard !lhs.isNegative, !rhs.isNegative,
            lhs.hasChoiceVerb, rhs.hasChoiceVerb
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

}
