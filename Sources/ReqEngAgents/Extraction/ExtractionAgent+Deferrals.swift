import ReqEngBase
import ReqEngModel

/// A need put off in the next turn: "And we should see how many holiday days we have left." —
/// "That comes from HR … let's put it in phase two." The need stays in the document, as a Won't for
/// this release, citing the turn that put it off.
extension ExtractionAgent {
    /// `candidates` with each need that the next turn of the session defers, pointing back at it
    /// ("put it in phase two", "that can wait"), made a Won't citing that turn as well.
    static func deferring(_ candidates: [Requirement], in transcripts: [Transcript]) -> [Requirement] {
        let sessions = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return candidates.map { candidate in
            guard !candidate.inferred, candidate.priority != .wont, candidate.sourceRefs.count == 1,
                let ref = candidate.sourceRefs.first, let session = sessions[ref.sessionID],
                case let turns = session.turns,
                let position = turns.firstIndex(where: { $0.number == ref.turn })
            else { return candidate }
            let sentences = SentenceSplitter().split(turns[position].text)
            var deferred = candidate
            // "It would be nice if patients could choose a video appointment. But maybe later, phase
            // two.": put off in the same breath.
            // ("…, and not straight to emergency services. Maybe in a later version." puts off what
            // was ruled out, not what was said.)
            if let said = sentences.firstIndex(where: { quote($0) == ref.quote }),
                !NegationPolarity.isNegated(sentences[said]),
                sentences[(said + 1)...].prefix(2).contains(where: Self.putsOff)
            {
                deferred.priority = .wont
                return deferred
            }
            // The need must be what its turn ends with.
            guard position + 1 < turns.count, sentences.last.map(quote) == ref.quote,
                let deferral = deferral(in: turns[position + 1].text)
            else { return candidate }
            deferred.priority = .wont
            deferred.sourceRefs.append(Self.ref(turns[position + 1], in: session, quoting: deferral))
            return deferred
        }
    }

    /// The sentence of `text` that puts off what was just said ("Let's put it in phase two.",
    /// "That can wait."), or `nil`.
    static func deferral(in text: String) -> String? {
        let sentences = SentenceSplitter().split(text)
        guard
            let sentence = sentences.prefix(3).first(where: { sentence in
                let lower = " " + TextTokens(sentence).words.joined(separator: " ") + " "
                // ASCII words (nearly all) are searched byte by byte, for markers padded once:
                // Foundation's `contains` bridged the sentence again for every marker.
                let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
                let has = { (phrase: String) in ascii ? ByteSearch.contains(lower, phrase) : lower.contains(phrase) }
                return NeedDetector.paddedDeferralMarkers.contains(where: has)
                    && [" it ", " that ", " this ", " those "].contains(where: has)
                    && !NegationPolarity.isNegated(sentence)
            })
        else { return nil }
        return sentence
    }

    /// Whether a sentence only puts off what was said before it ("But maybe later, phase two.",
    /// "Not for the first version."), stating no need of its own.
    static func putsOff(_ sentence: String) -> Bool {
        let lower = SpeechCleaner().clean(sentence).text.lowercased()
        return NeedDetector.putsOff(lower) && !NeedDetector.containsNeedCue(lower)
    }

    /// A need put off, worded as not wanted for now ("No photos." → "No photos for now."), so a
    /// reader does not take it for a refusal for good; unchanged when it already says when.
    static func forNow(_ statement: String) -> String {
        let lower = " " + TextTokens(statement).words.joined(separator: " ") + " "
        let when = [" for now ", " later ", " first version ", " first release ", " this release ", " next version "]
        guard !NeedDetector.containsAny(lower, NeedDetector.deferralMarkers + when) else {
            return statement
        }
        return TextCleanup.trim(statement, " .") + " for now."
    }
}
