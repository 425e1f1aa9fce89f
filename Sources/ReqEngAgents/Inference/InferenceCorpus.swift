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
        statements = requirements.map { Statement(ref: $0.sourceRefs.first, text: TokenizedText($0.statement)) }
    }

    /// The evidence for `texts`: matching turn sentences (one per turn, statements before questions),
    /// else matching stated requirements.
    func evidence(for texts: [String], limit: Int) -> Evidence? {
        let phrases = TriggerPhrase.list(texts)
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
            guard !matched.isEmpty else { continue }
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
            guard !matched.isEmpty else { continue }
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
