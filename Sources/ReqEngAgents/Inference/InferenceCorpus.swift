import ReqEngModel

/// The project's words prepared once for the inference rules: turn sentences and stated requirements.
struct InferenceCorpus {
    /// A sentence of a turn, with where it came from.
    struct Sentence {
        var ref: SourceRef
        var text: NormalizedText
    }

    /// A stated requirement's statement, with its first source reference if it has one.
    struct Statement {
        var ref: SourceRef?
        var text: NormalizedText
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
                for sentence in SentenceSplitter.sentences(of: turn.text) {
                    let ref = SourceRef(
                        sessionID: transcript.id, turn: turn.number, speaker: turn.speaker, quote: sentence)
                    sentences.append(Sentence(ref: ref, text: NormalizedText(sentence)))
                }
            }
        }
        statements = requirements.map { Statement(ref: $0.sourceRefs.first, text: NormalizedText($0.statement)) }
    }

    /// The evidence for `phrases`: matching turn sentences (one per turn), else matching statements.
    func evidence(for phrases: [String], limit: Int) -> Evidence? {
        var refs: [SourceRef] = []
        var found: [String] = []
        var seenTurns = Set<String>()
        func note(_ matched: [String]) {
            for phrase in matched where !found.contains(phrase) {
                found.append(phrase)
            }
        }
        for sentence in sentences {
            let matched = sentence.text.matches(phrases)
            guard !matched.isEmpty else { continue }
            note(matched)
            if refs.count < limit, seenTurns.insert("\(sentence.ref.sessionID)#\(sentence.ref.turn)").inserted {
                refs.append(sentence.ref)
            }
        }
        if !found.isEmpty {
            return Evidence(refs: refs, phrases: found)
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
        groups.allSatisfy { group in
            sentences.contains { !$0.text.matches(group).isEmpty }
                || statements.contains { !$0.text.matches(group).isEmpty }
        }
    }

    /// Whether a stated requirement holds every phrase of one of `sets`.
    func isCovered(by sets: [[String]]) -> Bool {
        statements.contains { statement in
            sets.contains { set in set.allSatisfy { statement.text.contains($0) } }
        }
    }
}
