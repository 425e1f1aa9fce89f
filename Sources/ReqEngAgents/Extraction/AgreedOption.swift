/// An option a design team member floats with "we can" or "you could" ("Maybe we can have a wheel
/// for the channels.") that the next speaker agrees to ("Yeah.", "It's a good idea."): a decision
/// the team may take, kept in the speaker's words as a Could.
///
/// Only an option that names what the product gets counts: a verb of having or adding ("have",
/// "use", "put", "integrate") and an object of its own, not a pointer ("we can use this") or the
/// meeting's business ("we can have a look at the requirements").
package enum AgreedOption {
    /// The option in the speaker's cleaned words, as a statement; `nil` when `cleaned` floats none.
    package static func words(_ cleaned: String) -> String? {
        guard !cleaned.contains("?") else { return nil }
        var words = cleaned.split(separator: " ").map(String.init)
        while let first = words.first, leadIns.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        var lower = words.map(SpeechCleaner.bare)
        // "we can still use the glow", "we could also add": an adverb between modal and verb.
        if lower.count > 3, adverbs.contains(lower[2]) {
            words.remove(at: 2)
            lower.remove(at: 2)
        }
        guard lower.count >= 5, subjects.contains(lower[0]), modals.contains(lower[1]), verbs.contains(lower[2]) else {
            return nil
        }
        let object = Array(lower[3...])
        guard !notOptions.contains(object[0]), !CandidateFilter.endsInFragment(object),
            object.contains(where: {
                !CandidateFilter.emptyWords.contains($0) && !ExtractionAgent.pointingWords.contains($0)
                    && !["something", "stuff", "things", "options", "variety"].contains($0)
            }),
            !CandidateFilter.containsSequence(object[...], [["a", "look"], ["a", "break"], ["a", "meeting"]])
        else { return nil }
        let text = StatementBuilder.droppingTrailingNoise(TextCleanup.trim(words.joined(separator: " "), " ,;:-!."))
        return TextCleanup.capitalizedFirst(text) + "."
    }

    static let leadIns: Set<String> = [
        "so", "and", "or", "but", "maybe", "perhaps", "well", "okay", "ok", "then", "oh", "yeah", "um", "uh", "i",
        "think",
    ]
    static let subjects: Set<String> = ["we", "you"]
    static let modals: Set<String> = ["can", "could"]
    static let adverbs: Set<String> = ["still", "also", "just", "even", "easily", "always"]
    static let verbs: Set<String> = [
        "have", "use", "put", "add", "include", "integrate", "build", "fit", "offer", "provide", "incorporate",
    ]
    /// Objects that are the speaker's or the meeting's, not the product's.
    static let notOptions: Set<String> = ["it", "them", "this", "that", "these", "those", "you", "us", "me"]
}
