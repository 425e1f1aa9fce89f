/// A client describing what the product to be built does, in the present tense and without a need
/// phrase: "So the website calculates the percentage.", "The app warns them with a beep."
///
/// In an interview the client speaks of the product they want, so "the website calculates X" is
/// how they state that it must. The sentence must open with the product itself ("the website",
/// "our new app") and its verb, so descriptions of people, of today's work ("right now the system
/// sends letters") and of other products ("their site shows ads") are not read as needs. Among a
/// design team, where people describe existing products and prototypes alike, it is not used.
package enum ProductStatement {
    /// The sentence in the speaker's cleaned words from the product on, or `nil` when it does not
    /// open with the product and a present-tense verb.
    package static func words(_ cleaned: String, original: String) -> String? {
        guard !original.contains("?"),
            !NeedDetector.containsAny(original.lowercased(), NeedDetector.currentProcessMarkers + pastMarkers)
        else { return nil }
        var words = cleaned.split(separator: " ").map(String.init)
        while let first = words.first, SpeechCleaner.leadingDiscourse.contains(SpeechCleaner.bare(first)) {
            words.removeFirst()
        }
        let lower = words.map(SpeechCleaner.bare)
        guard let determiner = lower.first, determiners.contains(determiner) else { return nil }
        // "the website", "our new app": the product within two words of the determiner.
        guard let noun = lower.dropFirst().prefix(2).firstIndex(where: productNouns.contains) else { return nil }
        var verb = noun + 1
        while verb < lower.count, adverbs.contains(lower[verb]) { verb += 1 }
        guard verb + 1 < lower.count, isPresentVerb(lower[verb]), (4...25).contains(words.count),
            // The product speaks for itself: "the site's visitors" is not the site.
            !words[noun].contains("'")
        else { return nil }
        let object = lower[(verb + 1)...]
        guard object.contains(where: { !CandidateFilter.emptyWords.contains($0) }),
            !CandidateFilter.endsInFragment(Array(object))
        else { return nil }
        let text = StatementBuilder.droppingTrailingNoise(
            TextCleanup.trim(StatementPolisher.trimmingRationale(words.joined(separator: " ")), " ,;:-!."))
        return TextCleanup.capitalizedFirst(text) + "."
    }

    /// A third-person present-tense verb ("calculates", "shows", "goes"), by its ending; not a
    /// copula, an auxiliary or a verb of seeming, which describe rather than do.
    static func isPresentVerb(_ word: String) -> Bool {
        guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is"), word.allSatisfy(\.isLetter)
        else { return false }
        return !notActions.contains(word)
    }

    static let determiners: Set<String> = ["the", "our"]
    static let productNouns: Set<String> = [
        "website", "site", "app", "application", "system", "tool", "platform", "portal", "software", "dashboard",
    ]
    static let adverbs: Set<String> = [
        "itself", "also", "just", "only", "then", "automatically", "always", "never", "simply", "immediately",
    ]
    /// Verbs that say what something is like, not what it does.
    static let notActions: Set<String> = [
        "does", "says", "seems", "sounds", "means", "looks", "feels", "appears", "gets", "goes", "comes", "was",
        "has", "needs", "wants",
    ]
    /// Words that put a description in the past or in what exists: how it is, not what is wanted.
    static let pastMarkers = ["last year", "used to", "before that", "in the past", "years ago", " already"]
}
