import ReqEngBase
import ReqEngModel

/// A need one stakeholder states and another refuses on the spot ("Teachers can swap duties in the
/// tool." — "Hm, no, I don't want that. Swaps go through me."): an open disagreement between the
/// people with a say, which no statement can settle. Reported as an error with both quotes, so the
/// question goes back to the people who disagree.
///
/// Only the very next turn refuses, and only when another stakeholder says it (an interviewer's
/// "no" is a misunderstanding to clear up, not a disagreement); a refusal the stakeholder confirms
/// with a "no" of their own ("So no reminders?" — "No.") is agreement, not contest, and a proposer
/// who gives in ("Okay, fair enough.") settles it. The mirror case counts too: a need said as a
/// refusal of the turn before, whose proposer argues on.
package enum ContestedNeeds {
    /// A requirement and the finding that it is contested.
    package struct Contest: Sendable, Hashable {
        package var requirementID: String
        package var finding: Finding
    }

    package static let issueType = "contested"

    package static func contests(requirements: [Requirement], transcripts: [Transcript]) -> [Contest] {
        let byID = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var roles: [String: SpeakerRoles] = [:]
        var contests: [Contest] = []
        // Requirements drawn from one turn ask the same of it and of the turn after: each text is
        // read once.
        var refusals: [String: Bool] = [:]
        func refusing(_ text: String) -> Bool {
            if let known = refusals[text] { return known }
            let answer = refuses(text)
            refusals[text] = answer
            return answer
        }
        for requirement in requirements where !requirement.inferred {
            guard let source = requirement.sourceRefs.first, let transcript = byID[source.sessionID],
                let index = transcript.turns.firstIndex(where: { $0.number == source.turn })
            else { continue }
            let speakerRoles = roles[transcript.id] ?? SpeakerRoles(transcript)
            roles[transcript.id] = speakerRoles
            // A decision that closes the conversation has no answer, but may have overruled one.
            guard index + 1 < transcript.turns.count else {
                if let contest = overruled(requirement, at: index, in: transcript, roles: speakerRoles) {
                    contests.append(contest)
                }
                continue
            }
            if let contest = arguedBack(
                requirement, at: index, in: transcript, roles: speakerRoles, isRefusal: refusing)
            {
                contests.append(contest)
                continue
            }
            if let contest = refusedAtOnce(
                requirement, at: index, in: transcript, roles: speakerRoles, isRefusal: refusing)
                ?? objected(requirement, at: index, in: transcript, roles: speakerRoles)
                ?? overruled(requirement, at: index, in: transcript, roles: speakerRoles)
            {
                contests.append(contest)
            }
        }
        return contests
    }

    /// A need the very next turn refuses, said by another stakeholder ("Teachers can swap duties in
    /// the tool." — "Hm, no, I don't want that."), whose proposer does not give in.
    static func refusedAtOnce(
        _ requirement: Requirement, at index: Int, in transcript: Transcript, roles speakerRoles: SpeakerRoles,
        isRefusal refusing: (String) -> Bool
    ) -> Contest? {
        guard let source = requirement.sourceRefs.first else { return nil }
        let reply = transcript.turns[index + 1]
        guard reply.speaker != source.speaker, !speakerRoles.isInterviewer(reply.speaker),
            !speakerRoles.isInterviewer(source.speaker), requirement.priority != .wont,
            !NegationPolarity.isNegated(source.quote),
            refusing(reply.text) || refusesPart(reply.text, of: source.quote + " " + requirement.statement)
        else { return nil }
        // "No, management wants TV only." — "Okay. Yeah.": the proposer gives in; settled.
        if Self.givesIn(source.speaker, after: index + 1, in: transcript) { return nil }
        let answer = Self.opening(of: reply.text)
        let said = Self.quoted(requirement, source)
        return contest(
            on: requirement, said: said, answer: answer, between: source.speaker, and: reply.speaker,
            message: "\"\(said)\" (\(source.speaker), turn \(source.turn)) was refused at once by "
                + "\(reply.speaker) (turn \(reply.number)): \"\(answer)\".")
    }

    /// A need said as a refusal of the turn before it, which its proposer then argues for again
    /// ("Schools can cut ten percent for free." — "No, sorry. Every place cancelled has to be
    /// charged." — "Then the schools go elsewhere."): the disagreement stays open. The finding is on
    /// the refusing need, answered by the argument. `isRefusal` is ``refuses(_:)``, remembered.
    static func arguedBack(
        _ requirement: Requirement, at index: Int, in transcript: Transcript, roles: SpeakerRoles,
        isRefusal: (String) -> Bool
    ) -> Contest? {
        guard let source = requirement.sourceRefs.first, index > 0, requirement.priority != .wont else { return nil }
        let turn = transcript.turns[index]
        let refused = transcript.turns[index - 1]
        guard refused.speaker != turn.speaker, !roles.isInterviewer(refused.speaker),
            !roles.isInterviewer(turn.speaker),
            // A "no" answering a question is an answer, not a refusal.
            !refused.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?"),
            isRefusal(turn.text),
            let argument = transcript.turns.dropFirst(index + 1).prefix(2).first(where: {
                $0.speaker == refused.speaker
            }),
            TextTokens(argument.text).words.count >= 4,
            !givesIn(refused.speaker, after: index, in: transcript)
        else { return nil }
        let answer = Self.opening(of: argument.text)
        let said = source.quote
        return contest(
            on: requirement, said: said, answer: answer, between: source.speaker, and: refused.speaker,
            message: "\"\(said)\" (\(source.speaker), turn \(source.turn)) refuses what \(refused.speaker) "
                + "proposed (turn \(refused.number)), who argued on (turn \(argument.number)): \"\(answer)\".")
    }

    /// The contest on `requirement`: an error quoting what was `said` and the `answer`, asking the
    /// two people who disagree to settle it.
    static func contest(
        on requirement: Requirement, said: String, answer: String, between proposer: String, and other: String,
        message: String, suggestion: String? = nil
    ) -> Contest {
        Contest(
            requirementID: requirement.id,
            finding: Finding(
                severity: .error, issueType: issueType, rule: "ISO/IEC/IEEE 29148 consistent", message: message,
                suggestion: suggestion
                    ?? "Settle it with \(proposer) and \(other) together, then keep one position and record the "
                    + "other as rejected.",
                terms: [said, answer]))
    }

    /// Whether the proposer's next turn, within three turns of the refusal, accepts it: it opens
    /// with an acceptance ("Okay.", "Fair enough.", "Yeah, true.") and argues nothing ("But then
    /// you get all the emails.", "Then we'd use automatic translation.").
    /// A turn broken off mid-sentence ("Yeah, okay. Couldn't we ju") goes on in the proposer's next
    /// turn ("just buy the sensors from someone?"), which is read with it.
    static func givesIn(_ proposer: String, after refusal: Int, in transcript: Transcript) -> Bool {
        let window = transcript.turns.dropFirst(refusal + 1).prefix(3)
        guard let position = window.firstIndex(where: { $0.speaker == proposer }) else { return false }
        var said = transcript.turns[position].text
        if let end = TextCleanup.trim(said, " ").last, !".!?".contains(end),
            let more = transcript.turns.dropFirst(position + 1).prefix(2).first(where: { $0.speaker == proposer })
        {
            said += " " + more.text
        }
        return accepts(said)
    }

    /// The first two sentences of a turn: what a finding quotes of an answer.
    static func opening(of text: String) -> String {
        SentenceSplitter().split(text).prefix(2).joined(separator: " ")
    }

    /// What a finding quotes of a contested need: the speaker's words, or the statement when they
    /// said too little alone ("Yes." confirming a proposal).
    static func quoted(_ requirement: Requirement, _ source: SourceRef) -> String {
        source.quote.split(separator: " ").count < 4 ? requirement.statement : source.quote
    }

    /// Words that open an acceptance of what the other said.
    static let acceptances: Set<String> = [
        "okay", "ok", "yeah", "yes", "right", "alright", "fine", "fair", "true", "sure", "agreed", "understood",
    ]

    /// Whether a reply opens with a refusal, after the sounds people make before one ("Hm, no",
    /// "Honestly, no").
    static func refuses(_ reply: String) -> Bool { refusals.value(for: reply, refusing) }

    /// Replies already read: each turn is asked again for every need it may contest.
    private static let refusals = TextMemo<Bool>()

    private static func refusing(_ reply: String) -> Bool {
        let words = Array(TextTokens(reply).words.drop { openers.contains($0) })
        guard !words.isEmpty else { return false }
        // "No, no, I was thinking of something else": the speaker clears up what they meant.
        let rest = " " + words.joined(separator: " ") + " "
        if clarifications.contains(where: { ByteSearch.contains(rest, " " + $0 + " ") }) { return false }
        if ConfirmedProposal.reading(of: words.joined(separator: " ")) == .rejects { return true }
        // "See, I'd leave it out.": a refusal said as what the speaker would do instead.
        let first = " " + TextTokens(SentenceSplitter().split(reply).first ?? "").words.joined(separator: " ") + " "
        return leavingOut.contains { ByteSearch.contains(first, " " + $0 + " ") }
            && !["yes", "yeah", "agreed", "exactly"].contains(words[0])
    }

    /// Whether a reply opens with a "no" that insists on the thing a negated need did without:
    /// "No, I think we do need them.", "No, we want that." A "no" that goes on in the negative
    /// ("No, we don't.") agrees.
    static func insists(_ reply: String) -> Bool {
        let first = SentenceSplitter().split(reply).first ?? ""
        let words = Array(TextTokens(first).words.drop { openers.contains($0) })
        guard words.first == "no", words.count >= 3,
            !NegationPolarity.isNegated(words.dropFirst().joined(separator: " "))
        else { return false }
        return words.indices.dropFirst().contains { index in
            ["need", "want", "use", "keep", "require"].contains(words[index])
                && ["we", "they", "people", "you", "do", "does", "still", "really"].contains(words[index - 1])
        }
    }

    /// Whether a reply that opens with "not" refuses part of the need ("Not at the kiosk, please. PIN
    /// resets at the desk only." after "there should be a way to reset the PIN"): it must speak of
    /// what the need speaks of. "Not email." after "an SMS reminder" names something else, and agrees.
    static func refusesPart(_ reply: String, of need: String) -> Bool {
        let words = Array(TextTokens(reply).words.drop { openers.contains($0) })
        guard words.first == "not" else { return false }
        let answer = Self.opening(of: reply)
        return !RequirementMerger.contentWords(answer).isDisjoint(with: RequirementMerger.contentWords(need))
    }

    /// What someone who would not build the proposal says (as tokens: "i'd" is `id`).
    static let leavingOut = [
        "leave it out", "leave that out", "id skip it", "id skip that", "id drop it", "id drop that", "im against",
        "i am against", "id rather not", "not a good idea", "a bad idea", "i wouldnt do that", "i wouldnt bother",
    ]

    static let clarifications = ["i was thinking", "i mean", "i meant", "i thought", "what i meant", "i was saying"]

    static let openers: Set<String> = [
        "hm", "hmm", "um", "uh", "er", "erm", "well", "honestly", "oh", "ah", "frankly", "sorry", "actually", "mm",
        "see", "look",
    ]
}
