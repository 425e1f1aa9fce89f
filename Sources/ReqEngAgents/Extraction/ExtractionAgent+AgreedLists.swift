import ReqEngModel

/// A team's recap of what it agreed, in one list: "The functions we agreed on were volume, power,
/// numbers, channels, easy to use and hand-held." The list as said is no requirement a reviewer
/// could sign; what the product has is one need, and each thing it is to be is one more.
extension ExtractionAgent {
    /// `candidates` with each agreed list split: the things named become "The system shall have A,
    /// B and C.", each quality ("easy to use", "hand-held") "The system shall be …", all with the
    /// priority and references of the recap, each classified on its own words.
    /// ``namingProduct(_:products:)`` names the product after.
    static func splittingAgreedLists(_ candidates: [Requirement]) -> [Requirement] {
        candidates.flatMap { candidate -> [Requirement] in
            guard !candidate.inferred, candidate.priority != .wont, let items = agreedList(candidate.statement) else {
                return [candidate]
            }
            let qualities = items.filter(isQuality)
            let things = items.filter { !isQuality($0) }
            let has = things.isEmpty ? [] : ["have " + joined(things)]
            return (has + qualities.map { "be " + $0 }).map { action in
                var need = candidate
                need.statement =
                    NormalizedStatement(
                        actor: "system", action: action, condition: nil, negated: false, subject: "The system"
                    ).statement(priority: candidate.priority)
                need.title = RequirementTitle.title(of: need.statement)
                need.actor = "system"
                need.action = action
                need.acceptanceCriteria = []
                // The list's type was the recap's: the things it names are functions; a quality is
                // judged on its own words, and stays a quality when they name no category.
                let classification = RequirementClassifier().classify(need.statement)
                if action.hasPrefix("have ") || classification.type != .functional {
                    need.type = classification.type
                    need.category = classification.category
                }
                return need
            }
        }
    }

    /// The items of "the functions we agreed (on) were A, B, C and D" or "we agreed on A, B and
    /// C", three or more, each a short phrase without a verb of its own; `nil` for any other
    /// statement.
    static func agreedList(_ statement: String) -> [String]? {
        let words = TextCleanup.trim(statement, " .!").split(separator: " ").map(String.init)
        let bare = words.map(SpeechCleaner.bare)
        guard
            let we = bare.indices.prefix(5).first(where: {
                bare[$0] == "we" && $0 + 1 < bare.count && ["agreed", "decided"].contains(bare[$0 + 1])
            })
        else { return nil }
        var start = we + 2
        if start < bare.count, ["on", "upon"].contains(bare[start]) { start += 1 }
        // "The function we agreed was …": a subject before "we" needs its verb.
        if we > 0 {
            guard start < bare.count, ["was", "were", "is", "are"].contains(bare[start]) else { return nil }
            start += 1
        } else if start == we + 2 {
            return nil
        }
        guard start < words.count else { return nil }
        let list = words[start...].joined(separator: " ")
        var items = list.components(separatedBy: ", ")
        guard let last = items.popLast() else { return nil }
        let tail = last.components(separatedBy: " and ")
        guard tail.count == 2 else { return nil }
        items += tail
        let trimmed = items.map { TextCleanup.trim($0, " ,;:") }
        guard trimmed.count >= 3,
            trimmed.allSatisfy({ item in
                let itemWords = TextTokens(item).words
                return (1...6).contains(itemWords.count)
                    && !itemWords.contains(where: {
                        listVerbs.contains($0) || NeedDetector.firstPersonWords.contains($0)
                    })
            })
        else { return nil }
        return trimmed
    }

    /// Words that make an item a clause of its own, not a thing or a quality.
    private static let listVerbs: Set<String> = [
        "should", "would", "will", "must", "can", "could", "is", "are", "was", "were", "has", "have", "had",
        "need", "needs", "want", "wants",
    ]

    /// "easy to use", "hand-held", "simple", "waterproof": a quality, said of the product with
    /// "be"; "volume", "a way to move between channels" are things it has.
    static func isQuality(_ item: String) -> Bool {
        let words = TextTokens(item).words
        guard let first = words.first, !StatementBuilder.determiners.contains(first) else { return false }
        if item.contains("-") && words.count <= 2 { return true }
        if ["easy", "simple", "small", "light", "cheap", "robust", "durable", "quick", "fast", "slim", "safe"]
            .contains(first)
        {
            return true
        }
        return words.count == 1
            && ["able", "ible", "proof", "ful", "less", "ive", "ic"].contains(where: { first.hasSuffix($0) })
    }

    /// "A, B and C".
    private static func joined(_ items: [String]) -> String {
        items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
