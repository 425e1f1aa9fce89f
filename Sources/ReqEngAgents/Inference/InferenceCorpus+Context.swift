import ReqEngModel

/// Where the project sets the context a rule needs ("in the EU" for a rule about the GDPR), and
/// how it was said.
extension InferenceCorpus {
    /// Where the project says what each of `groups` asks for ("in the EU" for a rule about the
    /// GDPR): the first sentence or stated requirement holding a phrase of the group, and the
    /// phrase; `nil` when some group is said nowhere. Inferred requirements cite these too, unless
    /// a turn of the rule's own `evidence` says the group already.
    func context(for groups: [[String]], besides evidence: Evidence? = nil) -> Evidence? {
        var found = Evidence(refs: [], phrases: [])
        // A turn already quoted as evidence that says the context too is cited once, not twice.
        let quoted = Set((evidence?.refs ?? []).map { "\($0.sessionID)#\($0.turn)" })
        for group in groups.map(TriggerPhrase.list) {
            let candidates = sentenceIndex.candidates(for: group).filter { !sentences[$0].text.matches(group).isEmpty }
            if let position = candidates.first(where: {
                quoted.contains("\(sentences[$0].ref.sessionID)#\(sentences[$0].ref.turn)")
            }) {
                found.phrases += sentences[position].text.matches(group).prefix(1).map {
                    Self.asSaid($0.text, in: sentences[position].ref.quote)
                }
            } else if let position = candidates.first {
                found.refs.append(sentences[position].ref)
                found.phrases += sentences[position].text.matches(group).prefix(1).map {
                    Self.asSaid($0.text, in: sentences[position].ref.quote)
                }
            } else if let statement = statements.first(where: { !$0.text.matches(group).isEmpty }) {
                found.refs += statement.ref.map { [$0] } ?? []
                found.phrases += statement.text.matches(group).prefix(1).map {
                    Self.asSaid($0.text, in: statement.ref?.quote ?? "")
                }
            } else {
                return nil
            }
        }
        return found
    }

    /// `phrase` as the speaker wrote it ("EU" for the catalogue's "eu"), when `said` holds it as
    /// written but for case; the phrase itself otherwise (a prefix such as "encrypt*").
    static func asSaid(_ phrase: String, in said: String) -> String {
        guard !phrase.hasSuffix("*") else { return phrase }
        var start = said.startIndex
        while let range = said.range(of: phrase, options: .caseInsensitive, range: start..<said.endIndex) {
            // Whole words only: "eu" is no part of "neutral".
            let before = range.lowerBound == said.startIndex ? nil : said[said.index(before: range.lowerBound)]
            let after = range.upperBound == said.endIndex ? nil : said[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return String(said[range]) }
            start = range.upperBound
        }
        return phrase
    }

    /// What the first of `readers` that finds anything finds (``InferenceRule/Triggers/Reader``).
    func evidence(read readers: [String], limit: Int) -> Evidence? {
        for reader in readers.compactMap(InferenceRule.Triggers.Reader.init(rawValue:)) {
            switch reader {
            case .kindsOfUsers:
                if let found = UserKinds.evidence(in: sentences, limit: limit) { return found }
            }
        }
        return nil
    }
}
