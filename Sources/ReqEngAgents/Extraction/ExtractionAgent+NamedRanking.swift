import ReqEngModel

/// Needs ranked by name: asked what matters most, a stakeholder names needs said earlier and ranks
/// them in one go ("Online booking and the no-show release. Those two are the must-haves.", "The
/// map and the filters are nice to have."). Each need named takes the rank, which overrides its
/// modal verb, and cites the turn that ranked it.
extension ExtractionAgent {
    /// `candidates` with the needs that a later ranking names set to its rank (Must or Could); a
    /// Won't keeps its rank, and a name that fits two needs equally well ranks neither. An
    /// interviewer's ranking (`interviewers` holds session and speaker) is a question, not a rank.
    static func rankedByName(
        _ candidates: [Requirement], in transcripts: [Transcript], interviewers: Set<String>
    ) -> [Requirement] {
        var ranked = candidates
        for transcript in transcripts {
            for turn in transcript.turns where !interviewers.contains(transcript.id + "\u{0}" + turn.speaker) {
                let sentences = SentenceSplitter().split(turn.text)
                for index in sentences.indices {
                    guard let ranking = namedRanking(sentences, at: index) else { continue }
                    for item in ranking.items {
                        guard
                            let best = namedNeed(
                                item, in: ranked, session: transcript.id, before: turn.number),
                            ranked[best].priority != .wont, ranked[best].priority != ranking.priority
                        else { continue }
                        let candidate = ranked[best]
                        ranked[best].statement = rewordedModal(
                            candidate.statement, from: candidate.priority, to: ranking.priority, of: candidate)
                        ranked[best].priority = ranking.priority
                        if !candidate.sourceRefs.contains(where: { $0.turn == turn.number }) {
                            ranked[best].sourceRefs.append(ref(turn, in: transcript, quoting: sentences[index]))
                        }
                    }
                }
            }
        }
        return ranked
    }

    /// The needs a sentence ranks by name and the rank, or `nil`: "Those two are the must-haves"
    /// after a sentence that lists them, "X and Y are the must-haves", "The must-haves are X and Y".
    static func namedRanking(_ sentences: [String], at index: Int) -> (items: [[String]], priority: Priority)? {
        let sentence = sentences[index]
        guard !sentence.contains("?"), let priority = PriorityWords.priority(in: sentence),
            priority == .must || priority == .could
        else { return nil }
        let words = Array(TextTokens(sentence).words.drop { SpeechCleaner.leadingDiscourse.contains($0) })
        guard (3...16).contains(words.count), let verb = words.firstIndex(where: { ["are", "is"].contains($0) })
        else { return nil }
        let before = Array(words[..<verb])
        let after = Array(words[(verb + 1)...])
        let listed: [String]
        if pointingToAList.contains(before), index > 0 {
            // "Online booking and the no-show release. Those two are the must-haves."
            let previous = sentences[index - 1]
            guard !previous.contains("?") else { return nil }
            listed = Array(TextTokens(previous).words.drop { SpeechCleaner.leadingDiscourse.contains($0) })
        } else if before.contains("and"), before.count <= 10, !before.contains(where: rankWords.contains) {
            listed = before
        } else if before.contains(where: rankWords.contains), after.contains("and"), after.count <= 10 {
            listed = after
        } else {
            return nil
        }
        guard (2...14).contains(listed.count), !listed.contains(where: listBreakers.contains) else {
            return nil
        }
        let items = listed.split(whereSeparator: { $0 == "and" }).map {
            $0.filter { $0.count > 2 && !RequirementMerger.stopWords.contains($0) && !rankWords.contains($0) }
        }.filter { !$0.isEmpty }
        return items.count >= 2 || !pointingToAList.contains(before) ? (items, priority) : nil
    }

    /// The one candidate of `session`, said before `turn`, that `item` names best: at least half
    /// of the item's words; `nil` when none or two fit.
    static func namedNeed(_ item: [String], in candidates: [Requirement], session: String, before turn: Int) -> Int? {
        let named = Set(item.map(RequirementMerger.stem))
        var best: (index: Int, score: Int)?
        var tied = false
        for (index, candidate) in candidates.enumerated() {
            guard !candidate.inferred, let first = candidate.sourceRefs.first, first.sessionID == session,
                first.turn < turn
            else { continue }
            let stems = Set(TextTokens(candidate.statement).words.map(RequirementMerger.stem))
            // "release" names "released" (stem "releas"), "paying" names "pay": one stem opening
            // the other, but for at most three letters, counts.
            let shared = named.filter { word in
                stems.contains(word)
                    || stems.contains { stem in
                        let (short, long) = stem.count < word.count ? (stem, word) : (word, stem)
                        return short.count >= 3 && long.hasPrefix(short) && long.count - short.count <= 3
                    }
            }
            guard !shared.isEmpty, 2 * shared.count >= named.count else { continue }
            if let current = best, current.score == shared.count {
                tied = true
            } else if best.map({ shared.count > $0.score }) ?? true {
                best = (index, shared.count)
                tied = false
            }
        }
        return tied ? nil : best?.index
    }

    /// How a sentence points back at the things just listed.
    static let pointingToAList: Set<[String]> = [
        ["those"], ["these"], ["both"], ["those", "two"], ["these", "two"], ["those", "three"], ["these", "three"],
        ["the", "two"], ["both", "of", "them"], ["both", "of", "those"], ["thats"], ["that"],
    ]
    /// Words that make a sentence a clause of its own, not a list of needs named.
    static let listBreakers: Set<String> = [
        "should", "shall", "will", "would", "could", "can", "need", "needs", "want", "wants", "if", "because",
    ]
    /// Words of a rank, not of a need.
    static let rankWords: Set<String> = [
        "must", "haves", "have", "most", "important", "nice", "priority", "priorities", "essential", "essentials",
        "crucial", "critical", "optional", "musts", "main", "key", "things", "thing", "ones", "one", "top",
    ]
}
