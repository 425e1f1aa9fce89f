import ReqEngModel

/// A need another stakeholder refuses on the spot and its proposer then gives up ("We want a
/// universal remote for everything." — "No, no. Management wants it for the TV only." — "Okay.
/// Yeah."): settled against the need, so it is no requirement. The refusal states what holds
/// instead, and is read as a need of its own.
///
/// Only a need said in one turn, at its end (the refusal answers what was said last), by someone
/// who is no interviewer, counts; a need said in the negative is agreed to by a "no", and refused
/// only by a "no" that says the thing is needed after all ("We don't need the numbers." — "No, I
/// think we do need them." — "Okay, fair enough.").
enum ConcededNeeds {
    /// `requirements` without the needs their proposers gave up.
    static func dropping(
        _ requirements: [Requirement], in transcripts: [Transcript], interviewers: Set<String>
    ) -> [Requirement] {
        let byID = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return requirements.filter { requirement in
            guard !requirement.inferred, let source = requirement.sourceRefs.first,
                requirement.sourceRefs.allSatisfy({ $0.sessionID == source.sessionID && $0.turn == source.turn }),
                let transcript = byID[source.sessionID],
                let index = transcript.turns.firstIndex(where: { $0.number == source.turn }),
                index + 1 < transcript.turns.count
            else { return true }
            let turn = transcript.turns[index]
            let reply = transcript.turns[index + 1]
            let asking = { (speaker: String) in interviewers.contains(transcript.id + "\u{0}" + speaker) }
            guard reply.speaker != turn.speaker, !asking(turn.speaker), !asking(reply.speaker),
                let last = SentenceSplitter().split(turn.text).last,
                last.contains(source.quote) || source.quote == last,
                NegationPolarity.isNegated(source.quote)
                    ? ContestedNeeds.insists(reply.text)
                    : requirement.priority != .wont && ContestedNeeds.refuses(reply.text)
            else { return true }
            return !ContestedNeeds.givesIn(turn.speaker, after: index + 1, in: transcript)
        }
    }
}
