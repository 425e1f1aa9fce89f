import ReqEngModel

/// The project's words prepared once for the inference rules: turn sentences and stated requirements.
struct InferenceCorpus {
    /// A sentence of a turn, with where it came from.
    struct Sentence {
        var ref: SourceRef
        var text: TokenizedText
    }

    /// A stated requirement's statement, with its first source reference if it has one.
    struct Statement {
        var ref: SourceRef?
        var text: TokenizedText
        /// What the statement rules out: the few words after its negation ("shall not need a login
        /// at all" rules out "need a login at all"); `nil` when it rules nothing out.
        var rulesOut: TokenizedText?
    }

    /// Why a rule fired: the references to quote and the trigger phrases found.
    struct Evidence {
        var refs: [SourceRef]
        var phrases: [String]
    }

    private(set) var sentences: [Sentence] = []
    private(set) var statements: [Statement] = []

    init(transcripts: [Transcript], requirements: [Requirement]) {
        for transcript in transcripts {
            for turn in transcript.turns {
                for sentence in SentenceSplitter().split(turn.text) {
                    let ref = SourceRef(
                        sessionID: transcript.id, turn: turn.number, speaker: turn.speaker, quote: sentence)
                    sentences.append(Sentence(ref: ref, text: TokenizedText(sentence)))
                }
            }
        }
        statements = requirements.map { requirement in
            Statement(
                ref: requirement.sourceRefs.first, text: TokenizedText(requirement.statement),
                rulesOut: Self.ruledOut(requirement))
        }
    }

    /// The words a requirement rules out: up to ``ruledOutWindow`` words after a negated modal
    /// ("shall not need a login at all", "will not take card payments"), where the object of the
    /// prohibition sits; what comes later ("not send medical details by SMS") is a circumstance, and
    /// a negation inside the predicate ("one badge scan, not a password") contrasts, not rules out.
    static func ruledOut(_ requirement: Requirement) -> TokenizedText? {
        let analysis = StatementAnalysis(requirement)
        guard analysis.isNegative, !analysis.predicate.isEmpty,
            // "shall not go live without an assessment": a condition on X, not X ruled out.
            !analysis.predicate.contains(where: Self.conditions.contains)
        else { return nil }
        return TokenizedText(analysis.predicate.prefix(ruledOutWindow).joined(separator: " "))
    }

    static let ruledOutWindow = 4
    static let conditions: Set<String> = ["without", "unless", "until", "before", "except", "other than"]

    /// The stated requirement that rules out what `triggers` speak of ("Patrons shall not need a
    /// login at all" against an authentication rule), if any: the rule would contradict it.
    func exclusion(by triggers: [String]) -> Statement? {
        let phrases = TriggerPhrase.list(triggers)
        return statements.first { statement in
            guard let ruledOut = statement.rulesOut else { return false }
            return !ruledOut.matches(phrases).isEmpty
        }
    }

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
        // Statements are better evidence than questions ("Would patients have an account?"), so
        // questions are quoted only when too few statements match.
        var questions: [SourceRef] = []
        for sentence in sentences {
            let matched = sentence.text.matches(phrases)
            guard !matched.isEmpty, otherSenses.isEmpty || sentence.text.matches(otherSenses).isEmpty else { continue }
            note(matched)
            guard seenTurns.insert("\(sentence.ref.sessionID)#\(sentence.ref.turn)").inserted else { continue }
            if sentence.ref.quote.hasSuffix("?") {
                questions.append(sentence.ref)
            } else {
                refs.append(sentence.ref)
            }
        }
        if !found.isEmpty {
            return Evidence(refs: Array((refs + questions).prefix(limit)), phrases: found)
        }
        for statement in statements {
            let matched = statement.text.matches(phrases)
            guard !matched.isEmpty, otherSenses.isEmpty || statement.text.matches(otherSenses).isEmpty else { continue }
            note(matched)
            if let ref = statement.ref, refs.count < limit, !refs.contains(ref) {
                refs.append(ref)
            }
        }
        return found.isEmpty ? nil : Evidence(refs: refs, phrases: found)
    }

    /// Whether every group has a phrase somewhere in the turns or the statements.
    func satisfies(_ groups: [[String]]) -> Bool {
        groups.map(TriggerPhrase.list).allSatisfy { group in
            sentences.contains { !$0.text.matches(group).isEmpty }
                || statements.contains { !$0.text.matches(group).isEmpty }
        }
    }

    /// Whether a stated requirement holds every phrase of one of `sets`.
    func isCovered(by sets: [[String]]) -> Bool {
        let prepared = sets.map(TriggerPhrase.list)
        return statements.contains { statement in
            prepared.contains { set in set.allSatisfy { statement.text.contains($0) } }
        }
    }
}
