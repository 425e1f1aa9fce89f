/// Transcribers' notes of what was heard rather than said, for ``SpeechCleaner``: "(laughs)",
/// "[inaudible]", "(long pause)".
extension SpeechCleaner {
    /// The sentence without a transcriber's notes of what was heard rather than said: "(laughs)",
    /// "[inaudible]", "(long pause)". Brackets that hold words of the speaker ("(SSCC)", "(or the
    /// website)") stay.
    static func withoutAnnotations(_ sentence: String) -> String {
        guard sentence.contains(where: { $0 == "(" || $0 == "[" }) else { return sentence }
        var text = sentence
        for (open, close) in [("(", ")"), ("[", "]")] {
            var searchStart = text.startIndex
            while let start = text[searchStart...].firstIndex(of: Character(open)),
                let end = text[start...].firstIndex(of: Character(close))
            {
                let inside = text[text.index(after: start)..<end].lowercased()
                let words = inside.split(whereSeparator: { !$0.isLetter })
                if words.contains(where: { annotations.contains(String($0)) }),
                    words.allSatisfy({ annotations.contains(String($0)) || annotationQualifiers.contains(String($0)) })
                {
                    text.replaceSubrange(start...end, with: "")
                    searchStart = start
                } else {
                    searchStart = text.index(after: start)
                }
            }
        }
        // "a bell (both laugh)." leaves its full stop after a space.
        var words = text.split(separator: " ").map(String.init)
        for index in words.indices.dropFirst().reversed() where words[index].allSatisfy({ ".,;:!?".contains($0) }) {
            words[index - 1] += words.remove(at: index)
        }
        return TextCleanup.trim(words.joined(separator: " "), " ")
    }

    /// What transcribers write for sounds and gaps, and the words they qualify these with.
    static let annotations: Set<String> = [
        "laughs", "laugh", "laughter", "laughing", "chuckles", "chuckle", "cough", "sigh", "giggles", "inaudible",
        "unintelligible", "indistinct",
        "crosstalk", "overlapping", "pause", "silence", "coughs", "sighs", "noise", "applause", "music", "mumbles",
        "rings", "ringing", "knocks", "interruption", "interrupted",
    ]
    static let annotationQualifiers: Set<String> = [
        "long", "short", "brief", "both", "all", "everyone", "background", "phone", "door", "at", "the", "speech",
        "talk", "talking", "s", "he", "she", "they",
    ]
}
