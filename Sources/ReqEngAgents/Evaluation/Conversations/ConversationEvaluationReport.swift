import Foundation

/// Extraction quality over a set of labelled conversations: the shape `reqeng eval --conversations
/// --json` prints. Totals are micro-averaged (matched and stated summed over conversations).
package struct ConversationEvaluationReport: Sendable, Hashable, Codable {
    package var conversations: [ConversationScore]
    package var stated: Int
    package var gold: Int
    package var matched: Int
    package var precision: Double
    package var recall: Double
    package var f1: Double
    package var negationChanges: Int
    /// Precision by confidence band, lowest band first.
    package var reliability: [ReliabilityBand]
    /// Unresolved gold conflicts, those a conflict finding reports, and conflict findings in all.
    package var conflictsExpected: Int
    package var conflictsFound: Int
    package var conflictsRaised: Int
    /// Inferred requirements produced; over the conversations whose gold lists its inferences, how
    /// many were listed, how many of those were produced, and how many were produced there.
    package var inferred: Int
    package var inferencesExpected: Int
    package var inferencesMatched: Int
    package var inferredWhereLabelled: Int

    /// Stated requirements whose confidence lies in `[lower, upper)` (the last band includes 1.0).
    package struct ReliabilityBand: Sendable, Hashable, Codable {
        package var lower: Double
        package var upper: Double
        package var count: Int
        package var matched: Int
        package var precision: Double
    }

    enum CodingKeys: String, CodingKey {
        case conversations, stated, gold, matched, precision, recall, f1
        case negationChanges = "negation_changes"
        case reliability
        case conflictsExpected = "conflicts_expected"
        case conflictsFound = "conflicts_found"
        case conflictsRaised = "conflicts_raised"
        case inferred
        case inferencesExpected = "inferences_expected"
        case inferencesMatched = "inferences_matched"
        case inferredWhereLabelled = "inferred_where_labelled"
    }

    /// Band edges of the reliability table.
    package static let bandEdges: [Double] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    package init(conversations: [ConversationScore]) {
        self.conversations = conversations
        stated = conversations.reduce(0) { $0 + $1.stated }
        gold = conversations.reduce(0) { $0 + $1.gold }
        matched = conversations.reduce(0) { $0 + $1.matched }
        precision = Self.round(ConversationScore.ratio(matched, stated))
        recall = Self.round(ConversationScore.ratio(matched, gold))
        f1 = precision + recall == 0 ? 0 : Self.round(2 * precision * recall / (precision + recall))
        negationChanges = conversations.reduce(0) { $0 + $1.negationChanges }
        conflictsExpected = conversations.reduce(0) { $0 + $1.conflictsExpected }
        conflictsFound = conversations.reduce(0) { $0 + $1.conflictsFound }
        conflictsRaised = conversations.reduce(0) { $0 + $1.conflictsRaised }
        inferred = conversations.reduce(0) { $0 + $1.inferred }
        let labelled = conversations.filter { $0.inferencesExpected != nil }
        inferencesExpected = labelled.reduce(0) { $0 + ($1.inferencesExpected ?? 0) }
        inferencesMatched = labelled.reduce(0) { $0 + ($1.inferencesMatched ?? 0) }
        inferredWhereLabelled = labelled.reduce(0) { $0 + $1.inferred }
        let outcomes = conversations.flatMap(\.outcomes)
        reliability = zip(Self.bandEdges, Self.bandEdges.dropFirst()).map { lower, upper in
            let inBand = outcomes.filter {
                $0.confidence >= lower && ($0.confidence < upper || (upper == 1.0 && $0.confidence <= 1.0))
            }
            let matched = inBand.filter(\.matched).count
            return ReliabilityBand(
                lower: lower, upper: upper, count: inBand.count, matched: matched,
                precision: Self.round(ConversationScore.ratio(matched, inBand.count)))
        }
    }

    /// Precision of the stated requirements with confidence at or above `threshold`.
    package func precision(atOrAbove threshold: Double) -> (count: Int, precision: Double) {
        let outcomes = conversations.flatMap(\.outcomes).filter { $0.confidence >= threshold }
        return (outcomes.count, Self.round(ConversationScore.ratio(outcomes.filter(\.matched).count, outcomes.count)))
    }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The report as JSON with sorted keys, ending with a newline.
    package func jsonText() -> String { evaluationJSONText() }

    /// A plain-text summary for people.
    package func table() -> String {
        var lines = ["conversation                stated   gold  matched  precision  recall     f1  negation"]
        for score in conversations {
            let f1 = Self.f1(score.precision, score.recall)
            lines.append(
                Self.left(score.conversation, 26) + Self.right(String(score.stated), 8)
                    + Self.right(String(score.gold), 7)
                    + Self.right(String(score.matched), 9) + Self.right(Self.format(score.precision), 11)
                    + Self.right(Self.format(score.recall), 8) + Self.right(Self.format(f1), 7)
                    + Self.right(String(score.negationChanges), 10))
        }
        lines.append(
            Self.left("all", 26) + Self.right(String(stated), 8) + Self.right(String(gold), 7)
                + Self.right(String(matched), 9) + Self.right(Self.format(precision), 11)
                + Self.right(Self.format(recall), 8) + Self.right(Self.format(f1), 7)
                + Self.right(String(negationChanges), 10))
        lines.append("")
        lines.append("reliability (stated requirements by confidence)")
        lines.append("confidence    count  matched  precision")
        for band in reliability {
            let label = Self.format2(band.lower) + "-" + Self.format2(band.upper)
            lines.append(
                Self.left(label, 12) + Self.right(String(band.count), 7) + Self.right(String(band.matched), 9)
                    + Self.right(band.count == 0 ? "-" : Self.format(band.precision), 11))
        }
        let high = precision(atOrAbove: 0.8)
        lines.append("confidence >= 0.80: \(high.count) requirements, precision \(Self.format(high.precision))")
        lines.append("")
        lines.append(
            "conflicts: \(conflictsFound) of \(conflictsExpected) unresolved gold conflicts found; "
                + "\(conflictsRaised) conflict findings raised")
        lines.append(
            "inferred: \(inferred) produced; where labelled, \(inferencesMatched) of \(inferencesExpected) "
                + "expected produced, \(inferencesMatched) of \(inferredWhereLabelled) produced expected")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
    private static func format2(_ value: Double) -> String { String(format: "%.1f", value) }
    private static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
    private static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
