import ReqEngModel

/// Needs said across two turns: a proposal and its confirmation or refusal, a question about a
/// quantity and the answer naming it, a topic question refused.
extension ExtractionAgent {
    /// The requirement an interviewer's turn proposes, when the next stakeholder turn (within two
    /// turns) confirms or refuses it; `nil` otherwise.
    func confirmedProposal(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement?
    {
        let turn = transcript.turns[index]
        let byInterviewer = conversation.roles.isInterviewer(turn.speaker)
        // A participant proposes only by asking (a ruling, a need, a tag asking agreement).
        guard byInterviewer || turn.text.contains("?"),
            let reply = byInterviewer || !conversation.roles.interviewers.isEmpty
                ? transcript.turns[(index + 1)...].prefix(2).first(where: {
                    !conversation.roles.isInterviewer($0.speaker) && $0.speaker != turn.speaker
                })
                : Self.teamAnswer(to: index, in: transcript)
        else { return nil }
        // "So no GPS?" "Mm-hmm.": a participant ruling an option out, and another agreeing.
        if !byInterviewer, let ruled = settledRuling(turn, reply: reply, in: transcript, conversation: conversation) {
            return ruled
        }
        // "So you hold it for three seconds. Everyone okay with that?": the tag asks agreement to
        // the sentence before it, which is the proposal.
        let sentences = ConfirmedProposal.withoutExample(
            ConfirmedProposal.tagApart(ConfirmedProposal.joiningContinuation(SentenceSplitter().split(turn.text))))
        let tagged = sentences.count >= 2 && sentences.last.map(ConfirmedProposal.asksAgreement) == true
        // A participant's own question counts only when it asks about a need ("should it have ...?")
        // or asks the team to confirm a decision ("So we would have the LCD screen?").
        let decision = !byInterviewer && sentences.last.map(ConfirmedProposal.asksDecision) == true
        // "Could the kiosk at least show the customer that someone is coming?": a doing asked of the
        // product, which a yes makes a need.
        let ofProduct = sentences.last.flatMap(ConfirmedProposal.proposedOf).map {
            $0 == "it" || NeedDetector.systemWords.contains($0) || $0 == conversation.product
                || conversation.vocabulary.mentionsRecurring($0)
        }
        if !byInterviewer && !tagged {
            // "So you mean we should target the top end?": a member checking what another meant.
            guard let last = sentences.last, last.hasSuffix("?"),
                !CandidateFilter.containsSequence(TextTokens(last).words[...], [["you", "mean"]]),
                decision || ofProduct == true
                    || NeedDetector.containsNeedCue(SpeechCleaner().clean(last).text.lowercased()),
                conversation.vocabulary.mentions(last)
            else { return nil }
        }
        var reading = ConfirmedProposal.reading(of: reply.text, to: turn.text)
        // "And ordering parts?" "Ordering, yeah, would be nice, but … I don't need that on my phone.":
        // the topic, refused in a later sentence.
        if byInterviewer, reading != .rejects, let last = sentences.last, let topic = ConfirmedProposal.topic(of: last),
            SentenceSplitter().split(reply.text).dropFirst().contains(where: ConfirmedProposal.refusesWhatWasSaid),
            conversation.vocabulary.mentionsRecurring(topic)
                || TextTokens(reply.text).words.contains(where: {
                    TextTokens(topic).words.contains($0) && !CandidateFilter.emptyWords.contains($0)
                })
        {
            return refusedTopic(topic, question: last, turn: turn, reply: reply, transcript: transcript)
        }
        // "And photos? Some systems let you attach them." "Nice to have. Not for the first version.":
        // the topic, put off to a later release.
        if byInterviewer, reading != .confirms, let asked = sentences.last(where: { $0.hasSuffix("?") }),
            let topic = ConfirmedProposal.topic(of: asked), ConfirmedProposal.defers(reply.text),
            conversation.vocabulary.mentionsRecurring(topic)
                || TextTokens(turn.text).words.filter({ TextTokens(topic).words.contains($0) }).count >= 2
        {
            return refusedTopic(topic, question: asked, turn: turn, reply: reply, transcript: transcript, putOff: true)
        }
        // "Do we need foreign currencies?" "Not in v1.": put off is refused for this release.
        // "It would be nice. But that one can wait.": judged nice, and put off all the same.
        if reading == .neither || ConfirmedProposal.judgedNiceFirst(reply.text), ConfirmedProposal.defers(reply.text) {
            reading = .rejects
        }
        // "So no double appointments?" "No, only single ones.": a "no" that agrees with a negative;
        // not a negation in a clause about someone ("…, for parents who can't come?").
        if reading == .rejects, let last = sentences.last, NegationPolarity.isNegated(Self.mainClause(of: last)) {
            reading = .confirms
        }
        guard reading != .neither,
            let proposal = tagged ? sentences[sentences.count - 2] : ConfirmedProposal.proposal(in: sentences)
        else { return nil }
        // "Proposed: "The sender shall be able to cancel …" Is that right?" "Yes!": the wording agreed.
        if byInterviewer, reading == .confirms, let wording = ConfirmedProposal.quotedWording(in: turn.text) {
            var found = speakerWordsRequirement(
                wording, source: Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text)),
                priority: TextTokens(wording).words.contains(where: ["shall", "must"].contains) ? .must : .should,
                strength: 0.8)
            found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: proposal))
            return found
        }
        // "What about video consultations?" "No, we don't want that.": the topic refused.
        if byInterviewer, reading == .rejects, let topic = ConfirmedProposal.topic(of: proposal),
            conversation.vocabulary.mentionsRecurring(topic),
            // "And for urgent appointments?" "No, those …": no thing to say "no" to.
            !CandidateFilter.prepositions.contains(TextTokens(topic).words.first ?? "")
        {
            return refusedTopic(topic, question: proposal, turn: turn, reply: reply, transcript: transcript)
        }
        // "Would a loyalty program help?" "Not really, no.": the thing offered, refused.
        if byInterviewer, reading == .rejects, let thing = ConfirmedProposal.offeredThing(proposal) {
            return refusedTopic(thing, question: proposal, turn: turn, reply: reply, transcript: transcript)
        }
        // A topic the conversation comes back to, or a question that asks for a need outright ("Do
        // you want them to take a photo?") and is answered yes: either is a need, not small talk.
        // Refused, such a question is a need ruled out ("Do you need it to take payments?" "No.").
        let asksForNeed = ConfirmedProposal.asksForNeed(proposal) || ofProduct == true && proposal == sentences.last
        // "Sorted by price?" "No, by distance.": refused, and replaced at once with what holds.
        let replaced = byInterviewer && reading == .rejects ? ReplacedOption.question(proposal, reply: reply.text) : nil
        if replaced != nil { reading = .confirms }
        // Among a team, "so you hold it for three seconds" speaks of whoever uses the product.
        var generic = tagged && !byInterviewer ? ConfirmedProposal.genericYouAsUsers(proposal) : replaced ?? proposal
        // "Do you think they should have a stick?": a design team's "they" are the products.
        if !byInterviewer, conversation.product != nil { generic = ConfirmedProposal.theyAsTheProduct(generic) }
        // "Should it work offline?" "It has to, yeah.": the yes says how much.
        let insisted = reading == .confirms && ConfirmedProposal.insists(Self.answeringSentence(of: reply.text))
        // "Maybe later. Not now.": put off, however hedged: a Won't for now.
        let putOff = reading == .rejects && ConfirmedProposal.defers(reply.text)
        guard
            let declarative = ConfirmedProposal.declarative(generic, rejected: reading == .rejects).map({
                insisted
                    ? ConfirmedProposal.insisting($0) : ofProduct == true ? ConfirmedProposal.asNeed($0) : $0
            }).map({
                // "Do they need to work offline?": the people the last few turns spoke of.
                byInterviewer ? PointerResolution.namingThey(in: $0, before: index, of: transcript) : $0
            }),
            asksForNeed || conversation.vocabulary.mentionsRecurring(declarative), !Self.isMeetingTalk(declarative),
            !Self.isAboutAttendance(declarative, in: transcript)
        else { return nil }
        let replyRef = Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text))
        let proposalRef = Self.ref(turn, in: transcript, quoting: proposal)
        let role = conversation.declaredRoles[reply.speaker]
        let read = requirement(from: declarative + ".", source: replyRef, speakerRole: role, conversation: conversation)
            .map {
                ConfirmedProposal.narrowing(
                    $0, by: reading == .confirms ? reply.text : nil,
                    instancesAsked: TextTokens(proposal).words.contains("any"))
            }
        // A participant's question must state a need on its own ("I have to explain why I chose this
        // animal?" "Yeah." is no requirement); only an interviewer's summary ("So SMS only, no
        // email?") is kept in words when it reads as no sentence of a need.
        guard read != nil || byInterviewer || tagged || decision || ofProduct == true else { return nil }
        var found =
            read
            ?? speakerWordsRequirement(
                Self.joined(declarative, reading == .confirms ? ConfirmedProposal.detail(of: reply.text) : nil),
                source: replyRef, priority: reading == .rejects ? .wont : .should, strength: 0.8)
        found.sourceRefs.append(proposalRef)
        if !putOff, let stated = PriorityWords.priority(in: reply.text) {
            found.priority = stated
        } else if insisted {
            found.priority = .must
        } else if reading == .rejects, !ConfirmedProposal.asksPermission(proposal) {
            // "Should the app create invoices?" "No, leave that out.": an option refused is a Won't;
            // "Can team leads see other teams?" "No." is a rule on who may, kept as read.
            found = ConfirmedProposal.refused(found)
        }
        if putOff { (found.priority, found.statement) = (.wont, Self.forNow(found.statement)) }
        return found
    }

    /// An option a participant's closing question rules out ("So no GPS?", "No alarm
    /// then?") that the next participant agrees to, as a Won't citing the question and the reply;
    /// `nil` otherwise. The reply may say yes or no: both agree with a negative.
    func settledRuling(
        _ turn: Turn, reply: Turn, in transcript: Transcript, conversation: ConversationContext
    ) -> Requirement? {
        guard let last = SentenceSplitter().split(turn.text).last, last.hasSuffix("?"),
            ConfirmedProposal.reading(of: reply.text, to: last) != .neither
        else { return nil }
        let asked = TextCleanup.trim(last, " ?") + "."
        let source = Self.ref(turn, in: transcript, quoting: last)
        guard
            var ruled = ruledOut(
                SpeechCleaner().clean(asked), original: asked, source: source, conversation: conversation)
        else { return nil }
        ruled.sourceRefs.append(
            Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text)))
        return ruled
    }

    /// Among a team, the turn that answers the question of turn `index`: an "Oh. Okay." and the
    /// asker's own afterthoughts ("Like the pads of games, but … or is that a bit silly?") may come
    /// before it, within five turns; a new question of the asker's ends the search.
    static func teamAnswer(to index: Int, in transcript: Transcript) -> Turn? {
        let asker = transcript.turns[index].speaker
        for turn in transcript.turns[(index + 1)...].prefix(5) {
            if turn.speaker == asker {
                let words = TextTokens(turn.text).words
                guard !turn.text.hasSuffix("?") || words.first == "or" else { return nil }
                continue
            }
            if ConfirmedProposal.reading(of: turn.text) == .neither, TextTokens(turn.text).words.count <= 3 { continue }
            return turn
        }
        return nil
    }

    /// A reference to `turn` of `transcript`, quoting `text` (shortened as ``quote(_:)`` does).
    static func ref(_ turn: Turn, in transcript: Transcript, quoting text: String) -> SourceRef {
        SourceRef(sessionID: transcript.id, turn: turn.number, speaker: turn.speaker, quote: quote(text))
    }

    /// The requirement an interviewer's question about a quantity and the next stakeholder's answer
    /// naming it state together (``MeasuredAnswer``); `nil` when the answer names no measure.
    func measuredAnswer(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard let question = MeasuredAnswer.question(in: SentenceSplitter().split(turn.text)),
            conversation.vocabulary.mentionsRecurring(question.statement),
            let reply = transcript.turns[(index + 1)...].prefix(2).first(where: {
                !conversation.roles.isInterviewer($0.speaker)
            }),
            // "No, not really" refuses the question; "we don't want it too high. Like twenty euros"
            // answers it.
            !["no", "nope", "not"].contains(TextTokens(reply.text).words.first ?? ""),
            let statement = MeasuredAnswer.statement(question: question, answer: reply.text)
        else { return nil }
        return measuredRequirement(
            statement, kind: question.kind, asked: question.sentence, turn: turn, reply: reply, in: transcript,
            strength: 0.75)
    }

    /// The requirement a measure asked in `turn` and named in `reply` state (``MeasuredAnswer``),
    /// quoting the reply's sentence that holds the measure, then the question.
    func measuredRequirement(
        _ statement: String, kind: MeasuredAnswer.Kind, asked: String, turn: Turn, reply: Turn,
        in transcript: Transcript, strength: Double
    ) -> Requirement {
        // ("Until the customer closes the account" names no measure: its first sentence is quoted.)
        let measure = MeasuredAnswer.measure(in: reply.text, kind: kind)?.split(separator: " ").first
        let sentences = SentenceSplitter().split(reply.text)
        let quote =
            measure.flatMap { word in sentences.first { $0.lowercased().contains(word) } } ?? sentences.first
            ?? reply.text
        var found = speakerWordsRequirement(
            TextCleanup.capitalizedFirst(statement), source: Self.ref(reply, in: transcript, quoting: quote),
            priority: PriorityWords.priority(in: reply.text) ?? .should, strength: strength)
        found.rationale = "Answer to the question in turn \(turn.number), with the measure as said."
        found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: asked))
        return found
    }

    /// A step of the process a stakeholder was asked to describe (``WantedProcess``), in their words.
    ///
    /// In answer to a question about the process, a step may be short ("They mark it missing.") and
    /// the phrases `following` it say how ("With a reason. Empty, damaged, wrong article.").
    func wantedProcess(
        _ sentence: String, source: SourceRef, conversation: ConversationContext, following: ArraySlice<String>? = nil
    ) -> Requirement? {
        let cleaned = SpeechCleaner().clean(sentence)
        // "We thought about a fine, but no": an option turned down, no step (``optionDropped(in:)``).
        guard Self.optionDropped(in: sentence) == nil,
            var statement = WantedProcess.statement(
                cleaned.text, original: sentence, minimumWords: following == nil ? 5 : 4),
            conversation.vocabulary.mentionsRecurring(statement)
        else { return nil }
        if let following, let details = WantedProcess.details(following) {
            statement = String(statement.dropLast()) + ", " + details + "."
        }
        return speakerWordsRequirement(
            statement, source: source, priority: PriorityWords.priority(in: sentence) ?? .should, strength: 0.65,
            hedges: cleaned.hedges)
    }

    /// "No video consultations.", citing the refusal first and the question second.
    func refusedTopic(
        _ topic: String, question: String, turn: Turn, reply: Turn, transcript: Transcript, putOff: Bool = false
    ) -> Requirement? {
        // "Everybody in the company?" "No, only the accountants.": who may, which no "No …" says.
        if ["everybody", "everyone", "anybody", "anyone", "all"].contains(TextTokens(topic).words.first ?? "") {
            return nil
        }
        let replyRef = Self.ref(reply, in: transcript, quoting: Self.answeringSentence(of: reply.text))
        let questionRef = Self.ref(turn, in: transcript, quoting: question)
        // "What about a mobile app?" "No app.": "No mobile app.", without the article.
        var words = topic.split(separator: " ").map(String.init)
        if words.count > 1, ["a", "an", "the", "any"].contains(words[0].lowercased()) { words.removeFirst() }
        // "Photos? Not for the first version.": "No photos for now.", wanted later perhaps.
        let said = "No " + words.joined(separator: " ") + "."
        var found = speakerWordsRequirement(
            putOff ? Self.forNow(said) : said, source: replyRef, priority: .wont, strength: 0.75)
        found.sourceRefs.append(questionRef)
        return found
    }

    /// The first sentence of a reply that says more than a sound ("Oh. Yes. Warn them." → "Yes.").
    static func answeringSentence(of reply: String) -> String {
        spokenSentences(of: reply).first ?? SentenceSplitter().split(reply).first ?? reply
    }

    /// A reply's sentences from the first that says more than a sound ("Oh. Yes. Warn them." →
    /// "Yes.", "Warn them.").
    static func spokenSentences(of reply: String) -> ArraySlice<String> {
        SentenceSplitter().split(reply)[...].drop {
            TextTokens($0).words.allSatisfy(ConfirmedProposal.interjections.contains)
        }
    }

    /// "Patients can cancel online" and "up to 24 hours before" as one statement.
    /// A detail that only repeats the statement ("a month, that's fine" after "deleted after a
    /// month") or says how much it matters ("the must have", which sets the priority) is left out.
    static func joined(_ statement: String, _ detail: String?) -> String {
        let said = Set(TextTokens(statement).words)
        let clean = TextCleanup.collapsingPunctuation(statement)
        guard let detail,
            TextTokens(detail).words.contains(where: {
                !said.contains($0) && !CandidateFilter.emptyWords.contains($0) && !Self.priorityWords.contains($0)
                    && !ConfirmedProposal.keepingWords.contains($0)
            })
        else { return clean + "." }
        // "…, as long as the rubber stays off the buttons": a condition joins as a clause.
        let words = TextTokens(detail).words
        let joint = ConfirmedProposal.conditionOpeners.contains(where: words.starts(with:)) ? ", " : ": "
        return clean + joint + TextCleanup.lowercasedFirst(detail) + "."
    }

    /// Words that say how much a need matters rather than what it is.
    static let priorityWords: Set<String> = [
        "must", "have", "nice", "important", "priority", "essential", "crucial", "thats", "fine", "yes", "exactly",
        "definitely", "absolutely", "really", "very", "top", "highest", "key", "main",
    ]

    /// What a participant promises to do after the meeting ("I'll discuss it with finance").
    static let errands: Set<String> = [
        "discuss", "talk", "clarify", "double-check", "ask", "recap", "summarise", "summarize", "follow", "send",
    ]

    /// An interviewer asking the other side to talk: "tell me", "walk us through".
    static let requestsToTell: [[String]] = [
        ["tell", "me"], ["tell", "us"], ["walk", "me"], ["walk", "us"], ["talk", "me"], ["talk", "us"],
        ["describe", "what"], ["describe", "how"], ["explain", "to", "me"], ["explain", "to", "us"],
    ]

    /// Words that open thanks, greetings and apologies.
    static let courtesies: Set<String> = [
        "thanks", "thank", "welcome", "hello", "hi", "hey", "sorry", "cheers", "morning", "afternoon", "evening",
    ]

    static let topicShifts: [[String]] = [
        ["going", "back"], ["back", "to"], ["coming", "back"], ["moving", "on"], ["speaking", "of"],
        ["talking", "of"], ["on", "to"], ["next", "topic"],
    ]

    /// Whether a proposal is about who takes part in the conversation rather than the product:
    /// "And Mira's joining us later, right?" names a participant and their coming or going.
    static func isAboutAttendance(_ text: String, in transcript: Transcript) -> Bool {
        let lower = TextTokens(text).words
        guard lower.contains(where: attendanceWords.contains) else { return false }
        let names = Set(
            (transcript.participants.map(\.name) + transcript.turns.map(\.speaker)).compactMap {
                TextTokens($0).words.first
            })
        return lower.contains { names.contains($0) || names.contains(String($0.dropLast())) && $0.hasSuffix("s") }
    }

    static let attendanceWords: Set<String> = [
        "join", "joins", "joining", "joined", "come", "comes", "coming", "arrive", "arrives", "arriving", "late",
        "later", "leave", "leaves", "leaving", "here", "away", "absent", "sick",
    ]

    /// Whether a proposal is about the meeting rather than the product ("Let's start with the idea").
    static func isMeetingTalk(_ text: String) -> Bool {
        let lower = TextTokens(text).words
        if lower.first == "lets" || lower.first == "let" { return true }
        // "Today it's reporting, returns and the devices": the session's agenda.
        if ["today", "tomorrow"].contains(lower.first),
            lower.count > 1, ["its", "is", "we", "well", "were"].contains(lower[1])
        {
            return true
        }
        // "Thanks for making time, I know Mondays are busy": courtesy, not a proposal.
        if lower.first.map(Self.courtesies.contains) == true { return true }
        // "Maybe you can tell me what a typical day looks like?": asking to be told, not proposing.
        if CandidateFilter.containsSequence(lower[...], Self.requestsToTell) { return true }
        // "Few questions about the booking app, ok?": asking leave to ask.
        if lower.prefix(4).contains(where: { ["question", "questions"].contains($0) }) { return true }
        // "I'm recording this, is that okay?", "the budget I'll discuss with the city": the meeting's
        // own record, or a participant's errand.
        if lower.contains("recording")
            || CandidateFilter.containsSequence(lower[...], [["record", "this"], ["my", "notes"]])
        {
            return true
        }
        if lower.indices.dropLast().contains(where: {
            ["ill", "well"].contains(lower[$0]) && Self.errands.contains(lower[$0 + 1])
        }) {
            return true
        }
        // "Going back to the times, …", "Speaking of ERP": the interviewer steering the conversation.
        if topicShifts.contains(where: { lower.starts(with: $0) }) { return true }
        // "Lena said you'd have views on the handhelds": whose views to ask about, not a proposal;
        // "you mentioned plain language" recaps the stakeholder and stays one.
        if let verb = lower.prefix(3).firstIndex(where: Self.reportingVerbs.contains), !lower[..<verb].contains("you") {
            return true
        }
        return NeedDetector.startsWithAny(
            Array(lower.drop { NeedDetector.firstPersonWords.contains($0) }), NeedDetector.meetingActivities)
    }

}
