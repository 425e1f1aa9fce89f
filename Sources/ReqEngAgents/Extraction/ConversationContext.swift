import ReqEngBase
import ReqEngModel

/// What extraction knows about one session before reading its sentences: who interviews, who has a
/// say, and which words name a participant.
package struct ConversationContext: Sendable {
    package var roles: SpeakerRoles
    /// Declared roles by speaker name.
    package var declaredRoles: [String: String]
    /// Lower-cased speaker labels, names and roles that name a person ("marketing expert", "bettina"):
    /// a need whose subject is one of them is a task for a participant, not for the product.
    package var participantNames: [String]
    package var vocabulary: DomainVocabulary
    /// Words said after an article or a number somewhere in the session ("the buttons", "two
    /// batteries"): nouns, whatever their ending suggests.
    package private(set) var nouns: Set<String> = []
    /// What a design team calls the product it designs ("the remote", "the bottle"), when one
    /// word clearly leads; `nil` otherwise, and in interviews.
    package private(set) var product: String?
    /// The words of each turn, by turn number, to ask what was said just before.
    private var turnWords: [Int: Set<String>] = [:]
    /// Stakeholder turns that come straight after an interviewer's question.
    private var answers: Set<Int> = []
    /// Turns one or two turns after someone else's question.
    private var afterQuestions: Set<Int> = []
    /// Turns whose next turn, by someone else, opens by agreeing ("Both, yeah, definitely.").
    private var agreedTo: Set<Int> = []
    /// The last sentence of each turn that someone else then endorsed in so many words ("Good
    /// point.", "I'd support that idea."), by turn number; a murmur between them is skipped.
    private var endorsed: [Int: String] = [:]
    /// The sentence before that last one, when the last is a short reason or remark of a few words
    /// ("It should still work offline. The heating can't just stop." "Right, that's important.").
    private var endorsedBefore: [Int: String] = [:]
    /// The last sentence of each turn someone else then agreed to, past at most three murmurs.
    private var agreedLast: [Int: String] = [:]
    /// The turns of one sentence someone else then agreed to.
    private var agreedWhole: Set<Int> = []
    /// Stakeholder answers to an interviewer's question about money to spend ("Is there a budget
    /// for running it?").
    private var budgetAnswers: Set<Int> = []
    /// Words a turn that opens with "Not …" names again in a negated sentence after its first: the
    /// reason a thing is refused ("Not email. Our patients don't read email.").
    private var refusalReasons: [Int: Set<String>] = [:]
    /// Turns whose option someone decided on after a remark about it (``optionDecided(at:in:)``).
    package private(set) var decidedOptions: Set<Int> = []

    package init(_ transcript: Transcript) {
        roles = SpeakerRoles(transcript)
        var previous: Turn?
        var named: [String: Int] = [:]
        for (position, turn) in transcript.turns.enumerated() {
            let words = TextTokens(turn.text).words
            turnWords[turn.number] = Set(words)
            for word in Set(zip(words, words.dropFirst()).filter { ["the", "our", "this"].contains($0.0) }.map(\.1)) {
                named[word, default: 0] += 1
            }
            for (index, word) in words.enumerated().dropFirst()
            where Self.nounMarkers.contains(words[index - 1]) || TextTokens.isNumber(words[index - 1]) {
                nouns.insert(word)
            }
            // "And the route, is that something…": a question left to trail off is asked too.
            if let previous, roles.isInterviewer(previous.speaker), !roles.isInterviewer(turn.speaker),
                previous.text.contains("?") || Self.trailsOff(previous.text)
            {
                answers.insert(turn.number)
                if TextTokens(previous.text).words.contains(where: PriceStatement.budgetWords.contains) {
                    budgetAnswers.insert(turn.number)
                }
            }
            if turn.text.contains("?") {
                afterQuestions.formUnion([turn.number + 1, turn.number + 2])
            }
            if words.first == "not" {
                let reasons = SentenceSplitter().split(turn.text).dropFirst().filter(NegationPolarity.isNegated)
                refusalReasons[turn.number] = Set(reasons.flatMap { TextTokens($0).words })
            }
            // Each turn is read once for agreement and once for endorsement, and the turn it
            // answers is found once for both.
            let agrees = Self.agrees(turn.text)
            let endorses = Self.endorses(turn.text)
            if agrees, let previous, previous.speaker != turn.speaker {
                agreedTo.insert(previous.number)
            }
            if agrees || endorses, let proposal = Self.proposal(endorsedAt: position, in: transcript.turns) {
                let sentences = SentenceSplitter().split(proposal.text)
                if agrees {
                    agreedLast[proposal.number] = sentences.last
                    if sentences.count == 1 { agreedWhole.insert(proposal.number) }
                }
                if endorses, let last = sentences.last {
                    endorsed[proposal.number] = last
                    if sentences.count > 1, TextTokens(last).words.count <= 8 {
                        endorsedBefore[proposal.number] = sentences[sentences.count - 2]
                    }
                }
            }
            if let floated = Self.optionDecided(at: position, in: transcript.turns) {
                agreedLast[floated.number] = SentenceSplitter().split(floated.text).last
                decidedOptions.insert(floated.number)
            }
            previous = turn
        }
        vocabulary = DomainVocabulary(transcript)
        if roles.interviewers.isEmpty {
            product = Self.announcedProduct(in: transcript.turns.prefix(3), turnWords: turnWords) ?? Self.product(named)
        }
        declaredRoles = Dictionary(
            transcript.participants.compactMap { participant in participant.role.map { (participant.name, $0) } },
            uniquingKeysWith: { first, _ in first })
        var names = Set<String>()
        for label in transcript.speakers + Array(declaredRoles.values) {
            let words = TextTokens(label).words
            guard let head = words.last else { continue }
            if !Self.roleHeads.contains(StatementBuilder.singular(head)) {
                // A label that names a function ("Marketing", "User Interface"): its holder is
                // "the marketing expert", "the user interface designer".
                for role in Self.roleHeads { names.insert((words + [role]).joined(separator: " ")) }
            }
            if Self.roleHeads.contains(StatementBuilder.singular(head)) {
                names.insert(words.joined(separator: " "))
            } else if label.first?.isUppercase == true, words.count <= 3,
                !words.contains(where: { NeedDetector.systemWords.contains($0) || Self.partWords.contains($0) })
            {
                // A personal name: "Ana", "Bettina Vos" (and the first name alone).
                names.insert(words.joined(separator: " "))
                names.insert(words[0])
            }
        }
        // The attendees as a group: "every participant should draw", "each of you has to".
        names.formUnion(["participant", "participants", "each of you", "all of you", "each of us", "all of us"])
        participantNames = names.sorted()
    }

    /// Whether `word` was said in one of the `window` turns before turn `number`.
    package func saidBefore(_ word: String, turn number: Int, window: Int = 6) -> Bool {
        (max(1, number - window)..<number).contains { turnWords[$0]?.contains(word) == true }
    }

    /// Whether turn `number` opens with a refusal ("Not email.") whose reason, said next, names
    /// `word` again with a negation ("Our patients don't read email.").
    package func givesReasonForRefusing(_ word: String, turn number: Int) -> Bool {
        refusalReasons[number]?.contains(word) == true
    }

    /// Whether turn `number` is a stakeholder's answer to the interviewer's question just before:
    /// what it says is about what was asked ("Advertising?" "No. We don't want ads.").
    package func answersQuestion(turn number: Int) -> Bool {
        answers.contains(number)
    }

    /// Whether turn `number` comes one or two turns after a question, a reply's place.
    package func followsQuestion(turn number: Int) -> Bool {
        afterQuestions.contains(number)
    }

    /// Whether turn `number` answers an interviewer's question about the budget: an amount said
    /// there is the budget, whatever words frame it ("The board said I can have three hundred
    /// pounds a year").
    package func answersBudgetQuestion(turn number: Int) -> Bool {
        budgetAnswers.contains(number)
    }

    /// Whether the next turn, by someone else, opens by agreeing with turn `number`.
    package func agreedTo(turn number: Int) -> Bool {
        agreedTo.contains(number)
    }

    /// Whether `sentence` ends turn `number` and someone else endorsed it in so many words: a
    /// need the others took up, whatever words recur in the conversation.
    package func endorsed(_ sentence: String, turn number: Int) -> Bool {
        endorsed[number] == sentence || endorsedBefore[number] == sentence
    }

    /// Whether `sentence` ends turn `number` and the next speaker agreed to it or endorsed it.
    package func takenUp(_ sentence: String, turn number: Int) -> Bool {
        agreedLast[number] == sentence || endorsed[number] == sentence
    }

    /// Whether `sentence` is all that turn `number` says and the next speaker agreed to it.
    package func agreedToAlone(_ sentence: String, turn number: Int) -> Bool {
        agreedWhole.contains(number) && agreedLast[number] == sentence
    }

    /// The turn an endorsement (the turn at `position` of `turns`) answers: the one before it, past
    /// at most three murmurs ("Mm.", "Hmm."), when someone else said it.
    static func proposal(endorsedAt position: Int, in turns: [Turn]) -> Turn? {
        guard turns.indices.contains(position) else { return nil }
        let turn = turns[position]
        var index = position - 1
        var skipped = 0
        while index >= 0, skipped <= 3 {
            let candidate = turns[index]
            guard TextTokens(candidate.text).words.allSatisfy(Self.murmurs.contains) else {
                return candidate.speaker == turn.speaker ? nil : candidate
            }
            skipped += 1
            index -= 1
        }
        return nil
    }

    /// Whether a turn opens by endorsing what was said, beyond a "yes": "Nice. Good point.", "Yeah,
    /// I'd certainly support that idea.", "That's exactly what I was thinking."
    static func endorses(_ text: String) -> Bool {
        SentenceSplitter().split(text).prefix(2).contains { sentence in
            let words = TextTokens(sentence).words
            let joined = " " + words.joined(separator: " ") + " "
            return (1...10).contains(words.count)
                && endorsements.contains(where: { ByteSearch.contains(joined, " " + $0 + " ") })
                && !words.contains(where: { ["no", "not", "but", "dont", "isnt", "nope", "if"].contains($0) })
        }
    }

    static let endorsements = [
        "good idea", "great idea", "nice idea", "good point", "fair point", "i agree", "agree with that",
        "support that", "sounds good", "sounds great", "makes sense", "im sold", "what i was thinking",
        "i like that", "i like it", "i love that", "i love it", "thats important", "thats really important",
        "thats essential", "thats crucial", "good call", "fair enough",
    ]

    static let murmurs: Set<String> = ["mm", "mmm", "hmm", "mhm", "uh", "huh", "um", "yeah", "okay", "ok"]

    /// Whether a turn opens with a short agreement: "Yes.", "Both, yeah, definitely.", "Exactly."
    static func agrees(_ text: String) -> Bool {
        // "Three months. Sounds right to me.": the agreement may follow the value it takes up.
        SentenceSplitter().split(text).prefix(2).contains { sentence in
            let words = TextTokens(sentence).words
            let joined = " " + words.joined(separator: " ") + " "
            return (1...5).contains(words.count)
                && (words.contains(where: agreements.contains)
                    || agreementPhrases.contains(where: { ByteSearch.contains(joined, " " + $0 + " ") }))
                && !words.contains(where: { ["no", "not", "but", "dont", "nope"].contains($0) })
        }
    }

    static let agreementPhrases = [
        "sounds right", "sounds good", "sounds fine", "makes sense", "good idea", "lets do that", "fine by me",
    ]

    static let agreements: Set<String> = [
        "yes", "yeah", "yep", "definitely", "exactly", "absolutely", "agreed", "sure", "correct", "right",
    ]

    /// Whether the words before a need phrase name a participant ("the Marketing Expert should deliver").
    package func namesParticipant(_ subject: [String]) -> Bool {
        let text = " " + subject.joined(separator: " ") + " "
        return participantNames.contains { ByteSearch.contains(text, " " + $0 + " ") }
    }

    /// Whether a turn ends in an ellipsis, a question left open.
    static func trailsOff(_ text: String) -> Bool {
        let end = TextCleanup.trim(text, " ")
        return end.hasSuffix("...") || end.hasSuffix("\u{2026}")
    }

    /// The word a team names with "the", "our" or "this" in the most turns, at least five and half
    /// as many again as the next: the thing the meeting is about.
    static func product(_ named: [String: Int]) -> String? {
        let ranked = named.filter { word, _ in
            word.count >= 3 && !GeneralWords.common.contains(word) && !StatementBuilder.isPersonNoun(word)
                && !notProducts.contains(word) && !CandidateFilter.emptyWords.contains(word)
                && word.allSatisfy(\.isLetter)
        }.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
        guard let top = ranked.first, top.value >= 5, 2 * top.value >= 3 * (ranked.dropFirst().first?.value ?? 0)
        else { return nil }
        return top.key
    }

    /// "This is the functional design meeting for the bike lock": the thing the opening turns say
    /// the meeting is for (the last word of at most three after "meeting for the", "one, for the",
    /// "session about our"), when at least three turns say it; `nil` otherwise. A meeting often
    /// names a part (the app, the battery) more than the product it is for.
    static func announcedProduct(in opening: ArraySlice<Turn>, turnWords: [Int: Set<String>]) -> String? {
        for turn in opening {
            let words = TextTokens(turn.text).words
            for (index, word) in words.enumerated().dropLast(3)
            where ["meeting", "one", "session", "workshop", "project"].contains(word)
                && ["for", "about", "on"].contains(words[index + 1])
                && ["the", "our", "this"].contains(words[index + 2])
            {
                // The name ends its clause: "the bike lock." is one, "the bike lock shop is at ten" none.
                guard let head = Self.headOfName(turn.text, after: Array(words[...(index + 2)]), longest: 3),
                    head.count >= 3, !notProducts.contains(head), !GeneralWords.common.contains(head),
                    turnWords.values.filter({ $0.contains(head) }).count >= 3
                else { continue }
                return head
            }
        }
        return nil
    }

    /// The last word of the name said right after the last two words of `before` in `text`, up to
    /// the end of its sentence or clause and at most `longest` words; `nil` when the clause runs on.
    static func headOfName(_ text: String, after before: [String], longest: Int) -> String? {
        for sentence in SentenceSplitter().split(text) {
            for clause in sentence.split(whereSeparator: { ",;:".contains($0) }) {
                let words = TextTokens(String(clause)).words
                guard let start = (0..<words.count).first(where: { words[..<$0].suffix(2) == before.suffix(2)[...] }),
                    start < words.count, words.count - start <= longest
                else { continue }
                return words.last
            }
        }
        return nil
    }

    /// Words a meeting names often that are not what it designs.
    static let notProducts: Set<String> = [
        "project", "meeting", "agenda", "company", "market", "team", "idea", "design", "thing", "things", "user",
        "users", "bit", "little", "same", "other", "next", "first", "last", "whole", "actual", "new", "best",
    ]

    static let nounMarkers: Set<String> = [
        "the", "a", "an", "two", "three", "four", "five", "these", "those", "some", "many", "our", "its",
    ]

    /// Last words of a label that make it a person's role.
    static let roleHeads: Set<String> = [
        "expert", "designer", "manager", "engineer", "analyst", "owner", "director", "officer", "lead",
        "coordinator", "head", "specialist", "consultant", "developer", "architect", "administrator",
        "assistant", "practitioner", "doctor", "nurse", "teacher", "clerk", "secretary", "planner", "chief",
        "interviewer", "facilitator", "moderator", "researcher", "representative", "marketer",
    ]
    /// Words of a speaker label that name a part of the product, not a person ("User Interface").
    static let partWords: Set<String> = ["interface", "user", "unknown", "speaker", "participant", "customer"]

    /// Whether first-person words speak for the team designing the product rather than for a
    /// client organisation: in a session without interviewers everyone decides, and "we should make
    /// it bigger" is the team's decision, not something users do.
    package var firstPersonIsTeam: Bool { roles.interviewers.isEmpty }
}

extension ConversationContext {
    /// "We could use a normal battery instead." "That saves two euros." "Okay, let's do that.": the
    /// turn whose option (``AgreedOption``) a decision at `position` takes, when one remark by
    /// someone else, floating no option of its own, came between; `nil` otherwise.
    static func optionDecided(at position: Int, in turns: [Turn]) -> Turn? {
        guard position >= 2, case let words = TextTokens(turns[position].text).words.prefix(8),
            decisions.contains(where: { CandidateFilter.containsSequence(words[...], [$0]) })
        else { return nil }
        let remark = turns[position - 1]
        let floated = turns[position - 2]
        let option = { (turn: Turn) in
            SentenceSplitter().split(turn.text).last.flatMap { AgreedOption.words(SpeechCleaner().clean($0).text) }
        }
        guard remark.speaker != turns[position].speaker, remark.speaker != floated.speaker,
            floated.speaker != turns[position].speaker, !remark.text.contains("?"), option(remark) == nil,
            option(floated) != nil
        else { return nil }
        return floated
    }

    static let decisions: [[String]] = [
        ["lets", "do", "that"], ["lets", "do", "it"], ["lets", "go", "with", "that"], ["lets", "go", "for", "that"],
    ]
}
