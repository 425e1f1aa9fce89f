import ReqEngModel

/// Merges a need restated across turns or sessions into one requirement with several sources.
///
/// Two requirements are the same need when the Jaccard similarity of their content-word sets
/// (lower-cased, stop words and modals removed, crude suffix stemming) reaches ``threshold``.
/// "not" is kept as content, so a need and its negation never merge.
package struct RequirementMerger: Sendable {
    /// Similarity at or above which two statements are one need; 0.6 keeps paraphrases with a
    /// changed word or two together and distinct needs about the same object apart (see tests).
    package var threshold = 0.6

    package init() {}

    /// Content-word set of a statement.
    package static func contentWords(_ text: String) -> Set<String> {
        Set(TextTokens(text).words.filter { !stopWords.contains($0) }.map(stem))
    }

    /// Jaccard similarity of two statements' content-word sets.
    package static func similarity(_ lhs: String, _ rhs: String) -> Double {
        similarity(contentWords(lhs), contentWords(rhs))
    }

    /// Jaccard similarity of two content-word sets; 0 when only one of them is negated.
    static func similarity(_ left: Set<String>, _ right: Set<String>) -> Double {
        if left.contains("not") != right.contains("not") { return 0 }
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }

    /// `requirements` (in source order) with restatements folded into their first statement.
    package func merge(_ requirements: [Requirement]) -> [Requirement] {
        var merged: [Requirement] = []
        var words: [Set<String>] = []
        for requirement in requirements {
            let candidate = Self.contentWords(requirement.statement)
            let match = words.indices.first { Self.similarity(words[$0], candidate) >= threshold }
            guard let index = match else {
                merged.append(requirement)
                words.append(candidate)
                continue
            }
            merged[index] = Self.fold(requirement, into: merged[index])
        }
        return merged
    }

    /// The earlier requirement with the later one's sources, criteria and stronger priority.
    static func fold(_ later: Requirement, into earlier: Requirement) -> Requirement {
        var result = earlier
        for ref in later.sourceRefs where !result.sourceRefs.contains(ref) { result.sourceRefs.append(ref) }
        for criterion in later.acceptanceCriteria where !result.acceptanceCriteria.contains(criterion) {
            result.acceptanceCriteria.append(criterion)
        }
        result.priority = min(earlier.priority, later.priority)
        result.condition = earlier.condition ?? later.condition
        let restated = Double(result.sourceRefs.count - 1)
        result.confidence =
            ((min(0.99, max(earlier.confidence, later.confidence) + 0.05 * restated)) * 100).rounded()
            / 100
        let restatements = "stated \(result.sourceRefs.count) times; restatements merged."
        result.rationale =
            earlier.isInSpeakersWords
            ? Requirement.speakerWordingNote + ": reword as one requirement statement before sign-off; " + restatements
            : TextCleanup.capitalizedFirst(restatements)
        return result
    }

    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "shall", "should", "must", "may", "will", "be", "able", "to", "of", "for", "and", "or",
        "in", "on", "at", "by", "with", "system", "it", "is", "are", "that", "this", "we", "i", "our", "their",
        "they", "them", "all", "any", "so", "really", "just", "also", "can", "could", "would", "from", "as",
        "provide", "user", "users", "app", "application", "its", "have", "has", "been", "into", "up",
    ]
}
