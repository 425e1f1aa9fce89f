import ReqEngBase
import ReqEngModel

/// A topic a team member puts to the others ("And the lost remote, the beeper?") and, once someone
/// else has spoken to it, decides on with words that only point back at it ("Okay, we'll have
/// that.", "Let's leave that out then."): the topic had, or left out.
extension ExtractionAgent {
    /// The decision on the topic turn `index` asks about, when its asker takes it within the next
    /// three turns, after someone else spoke; `nil` otherwise.
    func topicDecided(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard conversation.firstPersonIsTeam, let asked = SentenceSplitter().split(turn.text).last,
            let topic = ConfirmedProposal.topic(of: asked), conversation.vocabulary.mentionsRecurring(topic)
        else { return nil }
        let following = transcript.turns[(index + 1)...].prefix(3)
        guard let first = following.first, first.speaker != turn.speaker,
            let decision = following.dropFirst().first(where: { $0.speaker == turn.speaker }),
            let opening = SentenceSplitter().split(decision.text).first(where: {
                !TextTokens($0).words.allSatisfy(ConfirmedProposal.interjections.contains)
            })
        else { return nil }
        let words = " " + TextTokens(opening).words.joined(separator: " ") + " "
        let takes = Self.topicTakings.contains { ByteSearch.contains(words, " " + $0 + " ") }
        let drops = Self.topicDroppings.contains { ByteSearch.contains(words, " " + $0 + " ") }
        guard takes != drops else { return nil }
        // "the lost remote, the beeper": the thing named again, more closely, after a comma.
        let restated = topic.split(separator: ",").last.map { TextCleanup.trim(String($0), " ") } ?? topic
        var named = restated.split(separator: " ").map(String.init)
        if named.count > 1, ["a", "an", "the", "any"].contains(named[0].lowercased()) { named.removeFirst() }
        let said = (takes ? "We'll have the " : "No ") + named.joined(separator: " ") + "."
        var found = speakerWordsRequirement(
            said, source: Self.ref(decision, in: transcript, quoting: opening), priority: takes ? .should : .wont,
            strength: 0.7)
        found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: asked))
        return found
    }

    /// Decisions that take what was asked about, said only by pointing at it (as tokens).
    static let topicTakings = [
        "well have that", "well have it", "we will have that", "lets have that", "lets have it", "well do that",
        "lets do that", "well keep that", "lets keep that", "well include that", "lets include that",
        "well put that in", "lets put that in",
    ]

    /// Decisions that leave what was asked about out, said only by pointing at it (as tokens).
    static let topicDroppings = [
        "lets leave that out", "lets leave it out", "well leave that out", "well leave it out", "lets drop that",
        "lets drop it", "well drop that", "well drop it", "lets skip that", "lets skip it", "well skip that",
    ]
}
