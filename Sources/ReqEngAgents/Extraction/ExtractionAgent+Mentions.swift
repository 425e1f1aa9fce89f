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
        if let dropped = droppedOption(in: transcript.turns[index], of: transcript) { return dropped }
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

    /// "We thought about a fine, but no, we're a club.": an option the speaker's side weighed and
    /// turned down, a Won't ("No fine."); `nil` when no sentence of the turn says so.
    func droppedOption(in turn: Turn, of transcript: Transcript) -> Requirement? {
        for sentence in SentenceSplitter().split(turn.text).prefix(3) {
            guard let thing = Self.optionDropped(in: sentence) else { continue }
            return speakerWordsRequirement(
                "No " + thing + ".", source: Self.ref(turn, in: transcript, quoting: sentence), priority: .wont,
                strength: 0.7)
        }
        return nil
    }

    /// The thing of "we thought about a fine, but no" ("fine"): one to three words after a verb of
    /// weighing an option, then "but no" or "but we decided against it".
    static func optionDropped(in sentence: String) -> String? {
        let words = SpeechCleaner().clean(sentence).text.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let frame = weighingFrames.first(where: { lower.starts(with: $0) }),
            let but = lower.indices.first(where: { $0 > frame.count && lower[$0] == "but" }),
            but + 1 < lower.count,
            ["no", "nope"].contains(lower[but + 1])
                || lower[(but + 1)...].starts(with: ["we", "decided", "against"])
        else { return nil }
        var thing = Array(words[frame.count..<but])
        // "a fine": after an article, a word that is often no name ("fine", "good") is a noun.
        let named = thing.first.map(SpeechCleaner.bare).map { ["a", "an", "the"].contains($0) } ?? false
        if named { thing.removeFirst() }
        let bare = thing.map(SpeechCleaner.bare)
        guard (1...3).contains(thing.count), !thing.dropLast().contains(where: { $0.hasSuffix(",") }),
            !bare.contains(where: { !named && CandidateFilter.emptyWords.contains($0) || notInAName.contains($0) })
        else { return nil }
        return TextCleanup.trim(thing.joined(separator: " "), " .!,;:")
    }

    /// How a side says it weighed an option: "we thought about", "we considered".
    static let weighingFrames: [[String]] = [
        ["we", "thought", "about"], ["we", "considered"], ["we", "talked", "about"], ["we", "looked", "at"],
        ["we", "discussed"], ["i", "thought", "about"], ["we", "did", "think", "about"],
    ]
}
