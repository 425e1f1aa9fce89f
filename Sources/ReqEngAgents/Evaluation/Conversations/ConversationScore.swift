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
    /// Unresolved gold conflicts, and how many of them a conflict finding reports (both of its
    /// requirements cite the conflict's turns).
    package var conflictsExpected: Int
    package var conflictsFound: Int
    /// Conflict findings raised on this conversation's requirements, found or not.
    package var conflictsRaised: Int
    /// Inferred requirements produced for the conversation; when the gold lists the inferences it
    /// implies, how many are listed and how many of those were produced.
    package var inferred: Int
    package var inferencesExpected: Int?
    package var inferencesMatched: Int?

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
        case conflictsExpected = "conflicts_expected"
        case conflictsFound = "conflicts_found"
        case conflictsRaised = "conflicts_raised"
        case inferred
        case inferencesExpected = "inferences_expected"
        case inferencesMatched = "inferences_matched"
    }

    /// Scores `requirements` (stated and inferred) and the conflict findings among `issues` against
    /// `gold`: stated requirements by matching, conflicts by the turns both sides cite, inferred
    /// requirements by the catalogue rule behind each.
    package init(requirements: [Requirement], issues: [QualityIssue] = [], gold: ConversationGold) {
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
        let turnsByID = Dictionary(
            requirements.map { requirement in
                (requirement.id, Set(requirement.sourceRefs.filter { $0.sessionID == gold.conversation }.map(\.turn)))
            }, uniquingKeysWith: { first, _ in first })
        let raised = issues.filter { issue in
            (issue.issueType == "conflict" || issue.issueType == ContestedNeeds.issueType
                || issue.issueType == PriorityDisagreementRule.issueType)
                && issue.requirementID.map { turnsByID[$0] != nil } == true
        }
        conflictsRaised = raised.count
        let open = gold.conflicts.filter { !$0.resolved }
        conflictsExpected = open.count
        conflictsFound =
            open.filter { conflict in
                let turns = Set(conflict.turns)
                return raised.contains { issue in
                    guard let first = issue.requirementID.flatMap({ turnsByID[$0] }) else { return false }
                    // A contested need carries the answering turn in its finding, not as a
                    // requirement: both the need and that answer must be turns of the conflict.
                    guard issue.issueType == "conflict" else {
                        return !first.isDisjoint(with: turns)
                            && !Self.turnsNamed(in: issue.message).subtracting(first).isDisjoint(with: turns)
                    }
                    guard let second = issue.relatedRequirementIDs.first.flatMap({ turnsByID[$0] }) else {
                        return false
                    }
                    return !first.isDisjoint(with: turns) && !second.isDisjoint(with: turns)
                }
            }.count
        let inferredRules = Set(requirements.filter(\.inferred).compactMap(InferenceAgent.ruleID))
        inferred = requirements.count { $0.inferred }
        if let expected = gold.inferences {
            inferencesExpected = Set(expected).count
            inferencesMatched = Set(expected).intersection(inferredRules).count
        } else {
            inferencesExpected = nil
            inferencesMatched = nil
        }
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    /// The turn numbers a finding's message names ("… (Ana, s1 turn 4) met an objection from Ben
    /// (turn 5) …" names 4 and 5).
    static func turnsNamed(in message: String) -> Set<Int> {
        let words = message.split(whereSeparator: { $0 == " " || $0 == "(" })
        return Set(
            words.indices.dropLast().compactMap { index in
                words[index] == "turn" ? Int(words[index + 1].prefix(while: \.isNumber)) : nil
            })
    }
}
