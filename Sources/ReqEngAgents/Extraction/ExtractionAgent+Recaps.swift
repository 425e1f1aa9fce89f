import ReqEngModel

/// An interviewer's recap of what the stakeholder just said ("So rooms have a capacity and the tool
/// respects it?" "Yes."), read together with what it recaps.
extension ExtractionAgent {
    /// `candidates` (in source order) with each confirmed recap folded together with the needs the
    /// stakeholder stated in the turn or two before it: one need, said and then agreed in the
    /// recap's words, instead of two requirements that a reviewer would have to merge by hand.
    ///
    /// A recap is a proposal (a candidate citing a stakeholder's reply, then an interviewer's
    /// sentence) that opens with "so". It takes in an earlier need when they share a content word
    /// and the recap keeps every number of it; the recap's wording is kept, since it is the form
    /// the stakeholder agreed to, and the stakeholder's own sentence is cited first. A refused recap
    /// takes in only what was ruled out.
    static func foldingRecaps(_ candidates: [Requirement], interviewers: Set<String>) -> [Requirement] {
        var result: [Requirement?] = candidates
        for (index, recap) in candidates.enumerated() {
            guard recap.sourceRefs.count == 2, let proposal = recap.sourceRefs.last,
                interviewers.contains(proposal.sessionID + "\u{0}" + proposal.speaker),
                TextTokens(proposal.quote).words.first == "so"
            else { continue }
            let recapWords = RequirementMerger.contentWords(recap.statement)
            let recapNumbers = RequirementMerger.numbers(recapWords)
            let folded = (0..<index).filter { earlier in
                guard let requirement = result[earlier], let first = requirement.sourceRefs.first,
                    requirement.sourceRefs.count == 1, first.sessionID == proposal.sessionID,
                    (proposal.turn - 2)..<proposal.turn ~= first.turn,
                    !interviewers.contains(first.sessionID + "\u{0}" + first.speaker)
                else { return false }
                // A refused recap ("So no map?" "No.") never takes in a need that was stated.
                guard (requirement.priority == .wont) == (recap.priority == .wont) else { return false }
                let words = RequirementMerger.contentWords(requirement.statement)
                return !words.intersection(recapWords).subtracting(GeneralWords.common).isEmpty
                    && RequirementMerger.numbers(words).isSubset(of: recapNumbers)
            }
            guard let first = folded.first else { continue }
            var merged = recap
            let earlier = folded.compactMap { result[$0] }
            merged.sourceRefs = earlier.flatMap(\.sourceRefs) + recap.sourceRefs
            merged.priority = (earlier.map(\.priority) + [recap.priority]).min() ?? recap.priority
            merged.confidence = (earlier.map(\.confidence) + [recap.confidence]).max() ?? recap.confidence
            merged.acceptanceCriteria = Array(
                (recap.acceptanceCriteria + earlier.flatMap(\.acceptanceCriteria)).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                })
            for position in folded { result[position] = nil }
            result[index] = nil
            result[first] = merged
        }
        return result.compactMap { $0 }
    }
}
