import ReqEngModel

/// How the stated requirements of one conversation compare with its gold.
package struct ConversationScore: Sendable, Hashable, Codable {
    package var conversation: String
    /// Stated (not inferred) requirements the engine produced.
    package var stated: Int
    package var gold: Int
    package var matched: Int
    /// Statements whose negation differs from every quote they cite.
    package var negationChanges: Int
    /// Those statements, by id, for `--show-errors`.
    package var negationChanged: [String]
    /// Each stated requirement: its confidence and whether it matched, for the reliability table.
    package var outcomes: [Outcome]
    /// Stated requirements that matched nothing, and gold requirements nothing matched.
    package var unmatchedStated: [Unmatched]
    package var missedGold: [Missed]

    package var precision: Double { Self.ratio(matched, stated) }
    package var recall: Double { Self.ratio(matched, gold) }

    package struct Outcome: Sendable, Hashable, Codable {
        package var confidence: Double
        package var matched: Bool
    }

    /// A stated requirement that matched no gold requirement, with what it cites.
    package struct Unmatched: Sendable, Hashable, Codable {
        package var id: String
        package var statement: String
        package var turns: [Int]
        package var quote: String
        package var confidence: Double
    }

    /// A gold requirement no stated requirement matched.
    package struct Missed: Sendable, Hashable, Codable {
        package var id: String
        package var statement: String
        package var turns: [Int]
    }

    enum CodingKeys: String, CodingKey {
        case conversation, stated, gold, matched
        case negationChanges = "negation_changes"
        case negationChanged = "negation_changed"
        case outcomes
        case unmatchedStated = "unmatched_stated"
        case missedGold = "missed_gold"
    }

    /// Scores `requirements` (stated and inferred; inferred ones are left out) against `gold`.
    package init(requirements: [Requirement], gold: ConversationGold) {
        let stated = requirements.filter { !$0.inferred }
        let matching = RequirementMatching.match(
            stated: stated, gold: gold.requirements, conversation: gold.conversation)
        conversation = gold.conversation
        self.stated = stated.count
        self.gold = gold.requirements.count
        matched = matching.count
        negationChanged =
            stated.filter {
                NegationPolarity.differs(statement: $0.statement, quotes: $0.sourceRefs.map(\.quote))
            }.map(\.id)
        negationChanges = negationChanged.count
        outcomes = stated.indices.map { Outcome(confidence: stated[$0].confidence, matched: matching[$0] != nil) }
        unmatchedStated = stated.indices.filter { matching[$0] == nil }.map { index in
            let requirement = stated[index]
            return Unmatched(
                id: requirement.id, statement: requirement.statement, turns: requirement.sourceRefs.map(\.turn),
                quote: requirement.sourceRefs.first?.quote ?? "", confidence: requirement.confidence)
        }
        let matchedGold = Set(matching.values)
        missedGold = gold.requirements.indices.filter { !matchedGold.contains($0) }.map { index in
            let requirement = gold.requirements[index]
            return Missed(id: requirement.id, statement: requirement.statement, turns: requirement.turns)
        }
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}
