import ReqEngBase
import ReqEngModel

/// A thing someone brings up from elsewhere, and the turn after that rules it out: "At my old job
/// they had voice picking. The guys said it was faster." — "Yeah, yeah, we're not doing that. Too
/// expensive for us." is "No voice picking.", a Won't.
extension ExtractionAgent {
    /// The Won't a stakeholder's "we're not doing that" makes of what the turn before (someone
    /// else's) said another place "had", "used" or "offers"; `nil` when the turn refuses nothing by
    /// pointing, or the turn before names no such thing.
    func refusedMention(at index: Int, in transcript: Transcript) -> Requirement? {
        guard index > 0 else { return nil }
        let turn = transcript.turns[index]
        let before = transcript.turns[index - 1]
        guard before.speaker != turn.speaker,
            let refusal = SentenceSplitter().split(turn.text).prefix(2).first(where: Self.refusesByPointing)
        else { return nil }
        for sentence in SentenceSplitter().split(before.text) where !sentence.hasSuffix("?") {
            guard let thing = Self.thingHad(in: sentence) else { continue }
            var found = speakerWordsRequirement(
                "No " + thing + ".", source: Self.ref(turn, in: transcript, quoting: refusal), priority: .wont,
                strength: 0.7)
            found.sourceRefs.append(Self.ref(before, in: transcript, quoting: sentence))
            return found
        }
        return nil
    }

    /// Whether a sentence refuses what was just said by pointing at it: "we're not doing that",
    /// "we don't want that", after the sounds and agreements people open with.
    static func refusesByPointing(_ sentence: String) -> Bool {
        let said = " " + TextTokens(sentence).words.joined(separator: " ") + " "
        return pointingRefusals.contains { ByteSearch.contains(said, " " + $0 + " ") }
    }

    static let pointingRefusals = [
        "were not doing that", "we are not doing that", "were not gonna do that", "were not going to do that",
        "we wont do that", "we dont want that", "we dont need that", "we wont have that", "thats not for us",
    ]

    /// What a sentence says someone else had, used or offered ("they had voice picking"): the words
    /// after the verb up to the end of the sentence, one to three of them, naming a thing.
    static func thingHad(in sentence: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let verb = lower.indices.first(where: { hadVerbs.contains(lower[$0]) }), verb > 0,
            ["they", "he", "she", "others", "competitors"].contains(lower[verb - 1])
        else { return nil }
        var thing = Array(words[(verb + 1)...])
        if let article = thing.first.map(SpeechCleaner.bare), ["a", "an", "the", "this", "that"].contains(article) {
            thing.removeFirst()
        }
        let bare = thing.map(SpeechCleaner.bare)
        guard (1...3).contains(thing.count), !thing.dropLast().contains(where: { $0.hasSuffix(",") }),
            bare.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
            !bare.contains(where: { CandidateFilter.emptyWords.contains($0) || notInAName.contains($0) })
        else { return nil }
        return TextCleanup.trim(thing.joined(separator: " "), " .!,;:")
    }

    /// Verbs with which people say what another place or product had.
    static let hadVerbs: Set<String> = ["had", "have", "has", "used", "use", "uses", "offer", "offers", "offered"]
}
