import ReqEngBase
import ReqEngModel

extension ContestedNeeds {
    /// A decision its speaker takes over someone's objection, argued back and forth and never
    /// given up: "We don't need a radio, nobody listens." — "But the radio is just one chip." —
    /// "Yeah, but then you need a tuner and an aerial." — "Those are cheap." — "So anyway, we
    /// don't have to include it." The objector has not agreed, so the decision is still open.
    ///
    /// The objection is a "but …" (``objects(_:)``) by another stakeholder, within
    /// ``overruledWindow`` turns before the decision, answering the decider and speaking of what
    /// the decider had just said; the decider must have argued back in between, and the objector
    /// said nothing that gives in since.
    static func overruled(
        _ requirement: Requirement, at index: Int, in transcript: Transcript, roles: SpeakerRoles
    ) -> Contest? {
        guard let source = requirement.sourceRefs.first, !roles.isInterviewer(source.speaker), index >= 3 else {
            return nil
        }
        let turns = transcript.turns
        let window = turns.indices[max(1, index - overruledWindow)..<index]
        for position in window {
            let objection = turns[position]
            let proposal = turns[position - 1]
            guard objection.speaker != source.speaker, proposal.speaker == source.speaker,
                !roles.isInterviewer(objection.speaker), objects(objection.text),
                !RequirementMerger.contentWords(objection.text).subtracting(ignoredWords)
                    .isDisjoint(with: RequirementMerger.contentWords(proposal.text))
            else { continue }
            let between = turns[(position + 1)..<index]
            // The decider argued back ("Yeah, but then …"), and the objector never gave in.
            guard
                between.contains(where: {
                    $0.speaker == source.speaker && TextTokens($0.text).words.contains("but")
                }),
                !between.contains(where: { $0.speaker == objection.speaker && accepts($0.text) }),
                !turns.dropFirst(index + 1).prefix(2).contains(where: {
                    $0.speaker == objection.speaker && accepts($0.text)
                })
            else { continue }
            let answer = Self.opening(of: objection.text)
            let said = Self.quoted(requirement, source)
            return contest(
                on: requirement, said: said, answer: answer, between: source.speaker, and: objection.speaker,
                message: "\"\(said)\" (\(source.speaker), turn \(source.turn)) was decided over an objection "
                    + "\(objection.speaker) made (turn \(objection.number)) and never withdrew: \"\(answer)\".",
                suggestion: "Settle it with \(source.speaker) and \(objection.speaker) together: keep the decision "
                    + "and record why the objection does not hold, or change it.")
        }
        return nil
    }

    /// How many turns before a decision an objection to it may have been made.
    static let overruledWindow = 6

    /// Whether a turn agrees ("Okay.", "Yeah, fair enough.") without arguing on.
    static func accepts(_ text: String) -> Bool {
        let words = TextTokens(text).words
        guard let first = words.first(where: { !openers.contains($0) }), acceptances.contains(first) else {
            return false
        }
        return !words.contains { ["but", "though", "however", "still", "why"].contains($0) } && !text.contains("?")
    }

    /// Words that say nothing about what is objected to.
    static let ignoredWords: Set<String> = ["just", "one", "yeah", "then", "thing", "things", "stuff", "like"]
}
