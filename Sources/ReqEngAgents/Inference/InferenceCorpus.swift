import ReqEngModel

/// The project's words prepared once for the inference rules: turn sentences and stated requirements.
struct InferenceCorpus {
    /// A sentence of a turn, with where it came from.
    struct Sentence {
        var ref: SourceRef
        var text: TokenizedText
        /// What a stakeholder rules out in so many words ("No passwords", "we're not going to have
        /// our own passwords"); `nil` when the sentence rules nothing out.
        var rulesOut: RuledOut?
        /// The sentence before it in the same turn, whose sense a fragment carries on ("Trial and
        /// error. Mostly error.").
        var previous: TokenizedText?
    }

    /// A stated requirement's statement, with its first source reference if it has one.
    struct Statement {
        /// The stated requirement's id.
        var id: String
        /// Its source references: the stakeholder's reply first, then what it confirms.
        var refs: [SourceRef]
        var ref: SourceRef? { refs.first }
        var text: TokenizedText
        /// What the statement rules out: the few words after its negation ("shall not need a login
        /// at all" rules out "need a login at all"); `nil` when it rules nothing out.
        var rulesOut: RuledOut?
    }

    /// Why a rule fired: the references to quote and the trigger phrases found.
    struct Evidence {
        var refs: [SourceRef]
        var phrases: [String]
    }

    private(set) var sentences: [Sentence] = []
    private(set) var statements: [Statement] = []
    /// Which sentences can hold a phrase, so a rule reads only those.
    let sentenceIndex: PhraseIndex

    init(transcripts: [Transcript], requirements: [Requirement]) {
        for transcript in transcripts {
            // An interviewer's words are no evidence: what they ask or propose counts once a
            // stakeholder confirms it, and then it is a stated requirement.
            let roles = SpeakerRoles(transcript)
            for turn in transcript.turns where !roles.isInterviewer(turn.speaker) {
                var previous: TokenizedText?
                let said = SentenceSplitter().split(turn.text)
                for (position, sentence) in said.enumerated() {
                    // "A password, I guess. Actually, no, they'll forget it.": taken back at once.
                    if position + 1 < said.count, Self.takesBack(said[position + 1]) { continue }
                    let ref = SourceRef(
                        sessionID: transcript.id, turn: turn.number, speaker: turn.speaker, quote: sentence)
                    let text = TokenizedText(sentence)
                    sentences.append(
                        Sentence(
                            ref: ref, text: text, rulesOut: Self.ruledOut(text, said: sentence), previous: previous))
                    previous = text
                }
            }
        }
        statements = requirements.map { requirement in
            let text = TokenizedText(requirement.statement)
            return Statement(
                id: requirement.id, refs: requirement.sourceRefs, text: text,
                rulesOut: Self.ruledOut(requirement, text: text))
        }
        sentenceIndex = PhraseIndex(sentences.map(\.text))
    }

    /// The words a requirement rules out: the verb after a negated modal and its object ("shall not
    /// need a login at all", "will not take card payments"); what comes later ("not send medical
    /// details by SMS") is a circumstance, and a negation inside the predicate ("one badge scan, not
    /// a password") contrasts, not rules out.
    /// `text` is the statement's tokens.
    static func ruledOut(_ requirement: Requirement, text: TokenizedText) -> RuledOut? {
        // "No reminders.", "No video consultations.": a Won't kept in the speaker's words.
        let tokens = text.tokens
        if requirement.priority == .wont, tokens.first == "no" {
            return object(of: nil, in: tokens.dropFirst())
        }
        if requirement.priority == .wont, let denied = deniedWish(tokens) { return denied }
        // The predicate after a negated modal, as ``StatementAnalysis`` divides the statement.
        guard let modal = StatementAnalysis.firstModal(in: text), modal.negative else { return nil }
        let analysed = tokens[modal.range.upperBound...]
        guard !analysed.isEmpty,
            // "shall not go live without an assessment": a condition on X, not X ruled out.
            !analysed.contains(where: Self.conditions.contains)
        else { return nil }
        var predicate = analysed
        if predicate.starts(with: ["be", "able", "to"]) { predicate = predicate.dropFirst(3) }
        // A passive prohibition says how a thing is handled, not that it is gone ("passwords shall
        // not be stored in plain text", "double appointments shall not be booked online").
        guard let verb = predicate.first, verb != "be" else { return nil }
        return object(of: verb, in: predicate.dropFirst())
    }

    /// A thing ruled out: its words, after the verb that ruled it out when there is one ("go live").
    struct RuledOut {
        var text: TokenizedText
        /// Where the object starts in `text`: 1 after a verb, else 0.
        var objectStart: Int
        /// Whether every word of `text` names what is ruled out ("an account with a password").
        var whole = false

        /// Whether `phrase` names the thing: it starts the object ("no shared logins" rules out
        /// sharing, not logins) or the verb and object together ("not go live").
        func isAbout(_ phrase: TriggerPhrase) -> Bool {
            guard let word = phrase.words.first else { return false }
            let positions = whole ? Array(text.tokens.indices) : [objectStart, 0].filter { $0 < text.tokens.count }
            let starts = positions.contains { index in
                let token = text.tokens[index]
                return phrase.isPrefix && phrase.words.count == 1 ? token.hasPrefix(word) : token == word
            }
            return starts && text.contains(phrase)
        }
    }

    /// The first words of an object, less articles and possessives ("not have our own passwords" →
    /// "passwords"): the thing ruled out, without the circumstances after it ("not offer double
    /// appointments online" rules out double appointments, not being online); `nil` when a
    /// preposition qualifies it.
    static func object(of verb: String?, in rest: ArraySlice<String>) -> RuledOut? {
        var words = Array(rest.drop { objectFillers.contains($0) })
        if let stop = words.firstIndex(where: { objectEnds.contains($0) }) {
            // "no passwords on sticky notes" rules out where passwords are kept, not passwords;
            // "a login at all" is still a login.
            let qualified = Array(words[stop...].prefix(2)) != ["at", "all"] && prepositions.contains(words[stop])
            guard !qualified else { return nil }
            words = Array(words[..<stop])
        }
        words = Array(words.prefix(objectWords))
        guard !words.isEmpty else { return nil }
        let verbs = verb.map { [$0] } ?? []
        return RuledOut(text: TokenizedText((verbs + words).joined(separator: " ")), objectStart: verbs.count)
    }

    static let objectWords = 3
    static let prepositions: Set<String> = [
        "on", "in", "at", "for", "with", "from", "by", "of", "into", "onto", "under", "over", "via", "through",
    ]
    static let objectEnds: Set<String> = prepositions.union([
        "and", "or", "but", "that", "which", "who", "so", "because", "if", "when", "unless", "thats",
    ])
    /// Words before the thing ruled out that do not change what it is: "no new login" and "no
    /// separate login" rule out a login.
    static let objectFillers: Set<String> = [
        "a", "an", "the", "our", "their", "its", "your", "my", "own", "any", "to", "some", "such", "new",
        "separate", "extra", "additional", "dedicated", "special", "more", "another", "yet",
    ]

    /// The words a spoken sentence rules out: what follows a "no" ("no passwords", "no ads"), or a
    /// negated have/want/need/use ("we're not going to have our own passwords"). A "No," that
    /// answers a question rules nothing out.
    static func ruledOut(_ text: TokenizedText, said: String) -> RuledOut? {
        let tokens = text.tokens
        guard !said.hasSuffix("?") else { return nil }
        for (index, token) in tokens.enumerated() {
            if token == "no" {
                let answers = index == 0 && (said.lowercased().hasPrefix("no,") || said.lowercased().hasPrefix("no."))
                if !answers, let object = object(of: nil, in: tokens[(index + 1)...]) { return object }
            }
            if spokenNegations.contains(token) || token.hasSuffix("n't"),
                let verb = tokens[(index + 1)...].prefix(3).firstIndex(where: { wishVerbs.contains($0) }),
                let object = object(of: tokens[verb], in: tokens[(verb + 1)...])
            {
                return object
            }
        }
        return nil
    }

    /// "Nobody wants another password" rules passwords out as "we don't want" does.
    static let spokenNegations: Set<String> = ["not", "never", "dont", "doesnt", "wont", "cant", "nobody"]
    static let wishVerbs: Set<String> = [
        "have", "want", "need", "use", "offer", "allow", "wants", "needs", "uses",
    ]

    static let conditions: Set<String> = ["without", "unless", "until", "before", "except", "other than"]

    /// Where a stakeholder ruled out what `triggers` speak of, if anywhere: a stated requirement
    /// ("Patrons shall not need a login at all" against an authentication rule) or a sentence ("No
    /// passwords."). The rule would contradict them.
    func exclusion(by triggers: [String]) -> Exclusion? {
        let phrases = TriggerPhrase.list(triggers)
        func rulesOut(_ object: RuledOut?) -> Bool {
            guard let object else { return false }
            return phrases.contains { object.isAbout($0) }
        }
        if let statement = statements.first(where: { rulesOut($0.rulesOut) }) {
            return Exclusion(ref: statement.ref, requirementID: statement.id)
        }
        guard let ref = sentences.first(where: { rulesOut($0.rulesOut) })?.ref else { return nil }
        // The stated requirement that cites the sentence's turn, if one does.
        let citing = statements.first { statement in
            statement.refs.contains { $0.sessionID == ref.sessionID && $0.turn == ref.turn }
        }
        return Exclusion(ref: ref, requirementID: citing?.id)
    }

    /// The first stakeholder sentence (or stated requirement) holding one of `phrases`, as an
    /// exclusion: "Dutch only" rules out translation though it negates nothing.
    func exclusion(byPhrases phrases: [String]) -> Exclusion? {
        guard !phrases.isEmpty else { return nil }
        let prepared = TriggerPhrase.list(phrases)
        if let statement = statements.first(where: { !$0.text.matches(prepared).isEmpty }) {
            return Exclusion(ref: statement.ref, requirementID: statement.id)
        }
        guard
            let position = sentenceIndex.candidates(for: prepared).first(where: {
                !sentences[$0].text.matches(prepared).isEmpty
            })
        else { return nil }
        let ref = sentences[position].ref
        let citing = statements.first { statement in
            statement.refs.contains { $0.sessionID == ref.sessionID && $0.turn == ref.turn }
        }
        return Exclusion(ref: ref, requirementID: citing?.id)
    }

    /// Where a stakeholder ruled something out: their words, and the stated requirement that
    /// carries them when there is one.
    struct Exclusion {
        var ref: SourceRef?
        var requirementID: String?
    }

    /// Whether `ref`'s sentence states what the product is to have, rather than supposing it or
    /// describing what exists today ("they already log in there every day"): only such a sentence
    /// can suggest what a stakeholder ruled out.
    func isFirm(_ ref: SourceRef) -> Bool {
        guard let sentence = sentences.first(where: { $0.ref == ref }) else { return true }
        return !(Self.isSupposition(sentence.text) || Self.describesWhatExists(sentence.text))
            || NeedDetector.containsNeedCue(ref.quote.lowercased())
    }

    /// Whether `ref`'s sentence rules out what `triggers` speak of, so it is no evidence for them.
    func rulesOut(_ ref: SourceRef, triggers: [String]) -> Bool {
        let phrases = TriggerPhrase.list(triggers)
        return sentences.contains { sentence in
            sentence.ref == ref
                && (sentence.rulesOut.map { object in phrases.contains { object.isAbout($0) } } ?? false)
        }
    }

    /// Whether a sentence supposes, compares or wonders ("if it will be international", "it could
    /// be interesting to release", "it's kind of like in mobile phones"): unless it also states a
    /// need ("if I search for a batch, I need the answer in 2 seconds"), no evidence that the
    /// product has the thing.
    static func isSupposition(_ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        if tokens.contains(where: { suppositionWords.contains($0) }) { return true }
        return tokens.indices.dropLast().contains { index in
            ["kind", "sort"].contains(tokens[index]) && tokens[index + 1] == "of"
                && index + 2 < tokens.count && tokens[index + 2] == "like"
        }
    }

    /// Whether a sentence describes what exists today or elsewhere ("the portal sends a notification
    /// already", "right now they get a letter"): no evidence that the product to be built needs it.
    static func describesWhatExists(_ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        if tokens.contains(where: { ["already", "currently", "nowadays"].contains($0) }) { return true }
        return tokens.indices.dropLast().contains { index in
            (tokens[index] == "right" || tokens[index] == "at") && ["now", "the"].contains(tokens[index + 1])
                && (tokens[index] == "right" || index + 2 < tokens.count && tokens[index + 2] == "moment")
        }
    }

    /// How many tokens open the sentence as an answer rather than a denial: 1 for "No, staff sign
    /// in with a password of their own", else 0.
    static func answeringNo(_ said: String) -> Int {
        let lower = said.lowercased()
        return lower.hasPrefix("no,") || lower.hasPrefix("no.") || lower.hasPrefix("no;") ? 1 : 0
    }

    /// Whether a sentence holds a neighbour that gives its trigger another sense; a fragment of up
    /// to three words ("Mostly error.") has the sense of the sentence before it.
    static func hasOtherSense(
        _ sentence: Sentence, _ otherSenses: [TriggerPhrase], matched: [TriggerPhrase] = []
    ) -> Bool {
        guard !otherSenses.isEmpty else { return false }
        if !sentence.text.matches(otherSenses).isEmpty { return true }
        guard let previous = sentence.previous else { return false }
        let senses = previous.matches(otherSenses)
        guard !senses.isEmpty else { return false }
        if sentence.text.tokens.count <= 3 { return true }
        // "…log in with their library card number. Yeah, card number and PIN.": the same word,
        // said again, keeps the sense just given; "credit card" names its own.
        let senseWords = Set(senses.flatMap(\.words).map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 })
        return !matched.isEmpty && matched.allSatisfy { phrase in phrase.words.first.map(senseWords.contains) == true }
    }

    /// Whether a sentence puts what it speaks of outside the product ("the treasurer does money,
    /// there's the bank account, and I want nothing to do with it", "payments are out of scope"):
    /// no evidence that the product handles it.
    static func disowns(_ text: TokenizedText) -> Bool {
        disowningPhrases.contains { text.contains($0) }
    }

    static let disowningPhrases = TriggerPhrase.list([
        "nothing to do with", "out of scope", "not our business", "none of our business", "not our problem",
        "not our job", "outside the system", "not in the system", "not part of the system",
    ])

    static let suppositionWords: Set<String> = [
        "if", "would", "could", "might", "maybe", "perhaps", "imagine", "supposing", "whether",
    ]

    /// The evidence for `texts`: matching turn sentences (one per turn, statements before questions),
    /// else matching stated requirements.
    func evidence(for texts: [String], unless: [String] = [], limit: Int) -> Evidence? {
        let phrases = TriggerPhrase.list(texts)
        let otherSenses = TriggerPhrase.list(unless)
        var refs: [SourceRef] = []
        var found: [String] = []
        var seenTurns = Set<String>()
        func note(_ matched: [TriggerPhrase]) {
            for phrase in matched where !found.contains(phrase.text) {
                found.append(phrase.text)
            }
        }
        // Statements are better evidence than questions ("Would patients have an account?"), which
        // are quoted only when too few statements match; what is only supposed ("if the product
        // will be international", "maybe a Spanish name") is quoted likewise and never fires a
        // rule alone.
        var questions: [SourceRef] = []
        var firm = false
        // Sentences that cannot hold a phrase match nothing and are passed over below.
        for position in sentenceIndex.candidates(for: phrases) {
            let sentence = sentences[position]
            // "Nobody here takes photos", "it doesn't go through any cloud": what is denied is no
            // evidence of it.
            let matched = sentence.text.matches(phrases).filter {
                !sentence.text.occursOnlyInComparisons($0)
                    && !sentence.text.occursOnlyNegated(
                        $0, negations: InferenceAgent.negations, after: Self.answeringNo(sentence.ref.quote))
            }
            guard !matched.isEmpty, !Self.hasOtherSense(sentence, otherSenses, matched: matched),
                !Self.disowns(sentence.text)
            else { continue }
            guard seenTurns.insert("\(sentence.ref.sessionID)#\(sentence.ref.turn)").inserted else {
                note(matched)
                continue
            }
            note(matched)
            if sentence.ref.quote.hasSuffix("?") {
                firm = true
                questions.append(sentence.ref)
            } else if Self.isSupposition(sentence.text) || Self.describesWhatExists(sentence.text),
                !NeedDetector.containsNeedCue(sentence.ref.quote.lowercased())
            {
                questions.append(sentence.ref)
            } else {
                firm = true
                refs.append(sentence.ref)
            }
        }
        if firm {
            return Evidence(refs: Array((refs + questions).prefix(limit)), phrases: found)
        }
        refs = []
        found = []
        for statement in statements {
            let matched = statement.text.matches(phrases).filter {
                !statement.text.occursOnlyNegated($0, negations: InferenceAgent.negations)
            }
            guard !matched.isEmpty, otherSenses.isEmpty || statement.text.matches(otherSenses).isEmpty else { continue }
            note(matched)
            for ref in statement.refs where refs.count < limit && !refs.contains(ref) {
                refs.append(ref)
            }
        }
        return found.isEmpty ? nil : Evidence(refs: refs, phrases: found)
    }

    /// Whether every group has a phrase somewhere in the turns or the statements.
    func satisfies(_ groups: [[String]]) -> Bool {
        context(for: groups) != nil
    }

    /// Whether a stated requirement that rules nothing out holds every phrase of one of `sets`.
    func isCovered(by sets: [[String]]) -> Bool {
        let prepared = sets.map(TriggerPhrase.list)
        // "Patrons shall not need a login" rules authentication out; it states none.
        return statements.contains { statement in
            statement.rulesOut == nil && prepared.contains { set in set.allSatisfy { statement.text.contains($0) } }
        }
    }
}
