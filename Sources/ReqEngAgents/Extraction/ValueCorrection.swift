import ReqEngModel

/// A value settled after it was first said: "It switches off after two minutes." … "Two? That's
/// short." … "Three minutes then." The requirement keeps the value the conversation ended on, and
/// cites the turn that settled it.
///
/// Only a short, decisive sentence settles a value: "make it fifteen", "fifteen then", "twenty it
/// is", "let's say ten", "change it to 30", "five instead", "three I can live with". A question
/// ("Three?") or a suggestion ("I'd say five") does not, nor anything an interviewer says. The
/// requirement it settles is the latest one of the same session, stated at most twelve turns
/// before, with one value (or one value in the same unit); its value is replaced by the word the
/// speaker used.
enum ValueCorrection {
    /// How many turns back a settled value may reach.
    static let window = 12

    static func corrected(
        _ candidates: [Requirement], in transcripts: [Transcript], interviewers: Set<String>
    ) -> [Requirement] {
        var result = candidates
        for transcript in transcripts {
            for turn in transcript.turns where !interviewers.contains(transcript.id + "\u{0}" + turn.speaker) {
                for sentence in SentenceSplitter().split(turn.text) {
                    guard let value = settledValue(sentence) else { continue }
                    let inWindow = result.indices.filter { index in
                        let refs = result[index].sourceRefs.filter { $0.sessionID == transcript.id }
                        guard let last = refs.map(\.turn).max() else { return false }
                        return (turn.number - window)...turn.number ~= last
                            && !refs.contains(where: { $0.turn == turn.number && $0.quote == sentence })
                    }
                    let said = topicWords(sentence)
                    // The latest need with a value, when it is the latest need of all or the sentence
                    // names what it is about ("every 15 minutes is fine" about the sync, not the timeout).
                    guard
                        let target = inWindow.last(where: {
                            valueIndex(in: result[$0].statement, unit: value.unit) != nil
                        }),
                        let position = valueIndex(in: result[target].statement, unit: value.unit)
                    else { continue }
                    let shared = !said.isDisjoint(with: topicWords(result[target].statement))
                    var requirement = result[target]
                    var words = requirement.statement.split(separator: " ").map(String.init)
                    let old = SpeechCleaner.bare(words[position])
                    guard shared || old != value.number && target == inWindow.last else { continue }
                    // "An e-bike counts as two." … "Eight online is a lot." … "Six then.": a number
                    // said since, about something else, is what a bare "six then" settles.
                    if !shared,
                        let stated = requirement.sourceRefs.filter({ $0.sessionID == transcript.id })
                            .map(\.turn).max(),
                        transcript.turns.contains(where: {
                            $0.number > stated && $0.number < turn.number
                                && Self.namesOtherNumber($0.text, besides: [old, value.number])
                        })
                    {
                        continue
                    }
                    if old != value.number {
                        words[position] = words[position].replacingOccurrences(of: old, with: value.number)
                        requirement.statement = words.joined(separator: " ")
                        requirement.title = RequirementTitle.title(of: requirement.statement)
                        // The criteria hold the value in digits ("Time: 10 min" for "ten minutes").
                        let digits = (SpokenNumbers.numeral(old), SpokenNumbers.numeral(value.number))
                        requirement.acceptanceCriteria = requirement.acceptanceCriteria.map { criterion in
                            criterion.split(separator: " ").map { token in
                                if token == old { return value.number }
                                if let from = digits.0, let to = digits.1, token == from { return to }
                                return String(token)
                            }.joined(separator: " ")
                        }
                    }
                    let ref = SourceRef(
                        sessionID: transcript.id, turn: turn.number, speaker: turn.speaker,
                        quote: ExtractionAgent.quote(sentence))
                    if !requirement.sourceRefs.contains(where: { $0.sessionID == ref.sessionID && $0.turn == ref.turn })
                    {
                        requirement.sourceRefs.append(ref)
                    }
                    result[target] = requirement
                }
            }
        }
        return result
    }

    /// The value a short sentence settles, and the unit said with it ("three minutes then" →
    /// three, minute); `nil` unless the sentence is decisive.
    static func settledValue(_ sentence: String) -> (number: String, unit: String?)? {
        guard !sentence.contains("?") else { return nil }
        let words = TextTokens(sentence).words
        guard words.count <= 12,
            let position = words.firstIndex(where: { TextTokens.isNumber($0) && $0 != "one" })
        else { return nil }
        // "Twenty five": the value is the last of the number words in a row.
        var end = position
        while end + 1 < words.count, TextTokens.isNumber(words[end + 1]) { end += 1 }
        let before = Array(words[..<position])
        let after = Array(words[(end + 1)...])
        let unit = after.first.flatMap { MeasureVocabulary.units.contains($0) ? StatementBuilder.singular($0) : nil }
        let rest = unit == nil ? after : Array(after.dropFirst())
        let decisive =
            leadIns.contains { before.count >= $0.count && Array(before.suffix($0.count)) == $0 }
            || followUps.contains { rest.starts(with: $0) }
        guard decisive else { return nil }
        return (words[end], unit)
    }

    /// Whether `text` says a number other than `values` with a word of what it counts after it
    /// ("eight online is a lot"); a bare counter-offer ("I'd say five.") is about the same value.
    static func namesOtherNumber(_ text: String, besides values: [String]) -> Bool {
        let words = TextTokens(text).words
        let known = Set(values.compactMap(SpokenNumbers.numeral))
        return words.indices.dropLast().contains { index in
            TextTokens.isNumber(words[index]) && words[index] != "one"
                && !values.contains(words[index]) && !known.contains(SpokenNumbers.numeral(words[index]) ?? "")
                && !TextTokens.isNumber(words[index + 1]) && !CandidateFilter.emptyWords.contains(words[index + 1])
                && !MeasureVocabulary.units.contains(words[index + 1])
        }
    }

    /// The content words of `text` less its values and units: what a value is about.
    static func topicWords(_ text: String) -> Set<String> {
        let words = TextTokens(text).words.filter { !TextTokens.isNumber($0) && !MeasureVocabulary.units.contains($0) }
        return RequirementMerger.contentWords(words.joined(separator: " ")).subtracting(["every", "fine", "okay"])
    }

    /// Where the one value of `statement` stands (in `unit` when one was said), or `nil` when it has
    /// none or several.
    static func valueIndex(in statement: String, unit: String?) -> Int? {
        let words = statement.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
        let values = words.indices.filter { index in
            TextTokens.isNumber(words[index]) && words[index] != "one"
                && (index + 1 == words.count || !TextTokens.isNumber(words[index + 1]))
        }
        if let unit {
            let inUnit = values.filter { $0 + 1 < words.count && StatementBuilder.singular(words[$0 + 1]) == unit }
            return inUnit.count == 1 ? inUnit[0] : nil
        }
        return values.count == 1 ? values[0] : nil
    }

    /// Words just before the value that settle it.
    static let leadIns: [[String]] = [
        ["make", "it"], ["make", "that"], ["make", "them"], ["change", "it", "to"], ["change", "that", "to"],
        ["set", "it", "to"], ["lets", "say"], ["lets", "do"], ["lets", "go", "with"], ["lets", "make", "it"],
        ["we", "said"], ["so", "we", "say"], ["go", "with"],
    ]
    /// Words just after the value (and its unit) that settle it.
    static let followUps: [[String]] = [
        ["then"], ["it", "is"], ["instead"], ["is", "fine"], ["is", "okay"], ["is", "ok"], ["is", "good"],
        ["i", "can", "live", "with"], ["works", "for", "me"], ["it", "will", "be"], ["its", "fine"],
    ]
}
