import ReqEngModel

/// A need ranked by the sentence after it: "Customers pay in the app. That's the most important bit
/// for me." The pointer stands for the need just said, and its rank overrides the modal verb.
extension ExtractionAgent {
    /// `candidates` with the priority of each stated need that the next sentence of its turn ranks
    /// in so many words ("That's a must.", "That's nice to have, though."); a Won't keeps its rank.
    static func rankedByWhatFollows(_ candidates: [Requirement], in transcripts: [Transcript]) -> [Requirement] {
        let turns = Dictionary(
            transcripts.flatMap { transcript in
                transcript.turns.map { (transcript.id + "\u{0}" + String($0.number), $0) }
            },
            uniquingKeysWith: { first, _ in first })
        return candidates.map { candidate in
            guard !candidate.inferred, candidate.priority != .wont, let ref = candidate.sourceRefs.first,
                let turn = turns[ref.sessionID + "\u{0}" + String(ref.turn)]
            else { return candidate }
            let sentences = SentenceSplitter().split(turn.text)
            guard let said = sentences.firstIndex(where: { quote($0) == ref.quote }), said + 1 < sentences.count,
                let rank = rankPointedAt(sentences[said + 1])
            else { return candidate }
            var ranked = candidate
            ranked.priority = rank
            ranked.statement = rewordedModal(candidate.statement, from: candidate.priority, to: rank, of: candidate)
            return ranked
        }
    }

    /// A normalised statement's modal said for its new priority ("Customers should pay" ranked a
    /// Must is "Customers shall pay"); the speaker's own words stay as they were said.
    static func rewordedModal(
        _ statement: String, from old: Priority, to new: Priority, of candidate: Requirement
    ) -> String {
        let modals: [Priority: String] = [.must: "shall", .should: "should", .could: "may"]
        guard candidate.rationale?.hasPrefix(Requirement.speakerWordingNote) != true, candidate.action != nil,
            let said = modals[old], let wanted = modals[new],
            let range = statement.range(of: " " + said + " ")
        else { return statement }
        return statement.replacingCharacters(in: range, with: " " + wanted + " ")
    }

    /// The priority a short sentence gives what was just said ("That's the most important bit for
    /// me.", "This one is a must.", "That's optional."); `nil` for anything else.
    static func rankPointedAt(_ sentence: String) -> Priority? {
        let words = TextTokens(sentence).words.drop { SpeechCleaner.leadingDiscourse.contains($0) }
        guard (2...10).contains(words.count), !sentence.contains("?"),
            pointerOpenings.contains(where: { words.starts(with: $0) }),
            // ("That's really important" ranks nothing a modal did not: only a must or a nice-to-have.)
            let priority = PriorityWords.priority(in: sentence), priority != .should,
            // "That's important, but the price matters more": a rank weighed against something else.
            !words.contains(where: { ["but", "more", "less", "than"].contains($0) }) || priority == .could
        else { return nil }
        return priority
    }

    static let pointerOpenings: [[String]] = [
        ["thats"], ["that", "is"], ["this", "is"], ["thisll"], ["that", "one"], ["this", "one"], ["its"], ["it", "is"],
        ["which", "is"], ["that", "would", "be"], ["thatd", "be"],
    ]
}
