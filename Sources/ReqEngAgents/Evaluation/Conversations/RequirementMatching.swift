import ReqEngModel

/// One-to-one matching of stated requirements to gold requirements (maximum bipartite matching).
///
/// A stated requirement may match a gold requirement when it cites one of the gold requirement's
/// turns in the same conversation and the two statements share a content word (``ContentWords``).
/// Each side is used at most once, so restatements and fragments of one need earn nothing.
package enum RequirementMatching {
    /// For each stated requirement (by index), the index of the gold requirement it is matched to.
    package static func match(
        stated: [Requirement], gold: [GoldRequirement], conversation: String
    ) -> [Int: Int] {
        let goldWords = gold.map { ContentWords.of($0.statement) }
        let goldTurns = gold.map { Set($0.turns) }
        let candidates: [[Int]] = stated.map { requirement in
            let turns = Set(requirement.sourceRefs.filter { $0.sessionID == conversation }.map(\.turn))
            let words = ContentWords.of(requirement.statement)
            return gold.indices.filter { index in
                !goldTurns[index].isDisjoint(with: turns) && !goldWords[index].isDisjoint(with: words)
            }
        }
        return maximumMatching(candidates, rightCount: gold.count)
    }

    /// Kuhn's augmenting-path algorithm; left vertices are tried in order, so the result is
    /// deterministic. Returns left → right.
    static func maximumMatching(_ adjacency: [[Int]], rightCount: Int) -> [Int: Int] {
        var rightOwner = [Int?](repeating: nil, count: rightCount)
        func augment(_ left: Int, _ visited: inout [Bool]) -> Bool {
            for right in adjacency[left] where !visited[right] {
                visited[right] = true
                if let owner = rightOwner[right] {
                    guard augment(owner, &visited) else { continue }
                }
                rightOwner[right] = left
                return true
            }
            return false
        }
        for left in adjacency.indices where !adjacency[left].isEmpty {
            var visited = [Bool](repeating: false, count: rightCount)
            _ = augment(left, &visited)
        }
        var result: [Int: Int] = [:]
        for (right, owner) in rightOwner.enumerated() {
            if let owner { result[owner] = right }
        }
        return result
    }
}
