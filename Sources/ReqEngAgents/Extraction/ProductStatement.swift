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
        guard let words = statedWords(cleaned, original: original) else { return nil }
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

    /// "Teachers can swap duties with each other in the tool", "a student can ask for a trial
    /// lesson": a client naming what people will be able to do, in the speaker's cleaned words; `nil`
    /// unless the sentence opens with a short subject that names people or things (never "I", "we",
    /// "you" or a pointing "it"/"they") and its "can".
    package static func capability(_ cleaned: String, original: String) -> String? {
        guard var words = statedWords(cleaned, original: original) else { return nil }
        let lower = words.map(SpeechCleaner.bare)
        // "Everyone on the ward can see the whole rota": a subject of up to five words.
        guard let can = lower.prefix(6).firstIndex(of: "can"), can >= 1, can + 2 < lower.count,
            (5...25).contains(words.count),
            !lower[..<can].contains(where: { notSubjects.contains($0) || TextTokens.isNumber($0) }),
            !words[..<can].contains(where: { $0.hasSuffix(",") }),
            // "Students can't …" is a prohibition, "can also" is fine; "can be" keeps its verb.
            let verb = lower[(can + 1)...].first(where: { !adverbs.contains($0) }), !notActions.contains(verb),
            !["not", "never"].contains(verb),
            // "My nephew can set it up": a verb with only a pronoun for its object names no capability.
            !CandidateFilter().isEmpty(action: words[(can + 1)...].joined(separator: " "))
        else { return nil }
        // "Reception can override for emergencies, fine, Margit needs that": an aside after a comma
        // ends the statement.
        if let aside = words.indices.dropLast().first(where: { index in
            index > can && words[index].hasSuffix(",") && asideOpeners.contains(lower[index + 1])
        }) {
            words = Array(words[...aside])
        }
        let text = StatementBuilder.droppingTrailingNoise(
            TextCleanup.trim(StatementPolisher.trimmingRationale(words.joined(separator: " ")), " ,;:-!."))
        return TextCleanup.capitalizedFirst(text) + "."
    }

    static let asideOpeners: Set<String> = SpeechCleaner.leadingDiscourse.union(["fine", "good", "great", "sure"])

    /// Subjects that are the speaker's side, the listener, or only point back.
    /// ("The rest can come later": the subject is what the speaker did not list.)
    static let notSubjects: Set<String> = [
        "i", "we", "you", "it", "they", "this", "that", "these", "those", "there", "he", "she", "which", "who",
        "what", "how", "if", "when", "so", "one", "someone", "anyone", "nobody", "maybe", "probably", "perhaps",
        "rest", "else", "others", "everything", "anything",
    ]

    /// The cleaned sentence's words without the discourse words it opens with; `nil` for a
    /// question, or a description of today or the past.
    static func statedWords(_ cleaned: String, original: String) -> [String]? {
        guard !original.contains("?"),
            !NeedDetector.containsAny(original.lowercased(), NeedDetector.currentProcessMarkers + pastMarkers)
        else { return nil }
        return Array(
            cleaned.split(separator: " ").map(String.init).drop {
                SpeechCleaner.leadingDiscourse.contains(SpeechCleaner.bare($0))
            })
    }

    /// A third-person present-tense verb ("calculates", "shows", "goes"), by its ending; not a
    /// copula, an auxiliary or a verb of seeming, which describe rather than do.
    static func isPresentVerb(_ word: String) -> Bool {
        guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is"), word.allSatisfy(\.isLetter)
        else { return false }
        return !notActions.contains(word)
    }

    /// Verbs a plural subject takes after "ideally": what parts do ("the buttons light up") and
    /// what happens to things ("the parents get a text").
    static let pluralSubjectVerbs = DesignDescription.pluralVerbs.union(["get", "go", "come", "arrive", "move", "end"])

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

    /// The index of the present-tense verb after a short subject that opens `lower` ("the kiosk
    /// scans", "it has", "the screen is"), or `nil`.
    static func presentVerbAfterSubject(_ lower: [String]) -> Int? {
        guard let first = lower.first, ["the", "our", "it", "each", "every", "a", "an"].contains(first) else {
            return nil
        }
        let start = first == "it" ? 1 : 2
        guard start < lower.count,
            let verb = lower.indices.dropFirst(start).prefix(3).first(where: {
                ProductStatement.isPresentVerb(lower[$0]) || ["is", "are", "has"].contains(lower[$0])
                    // "the agendas show up": a plural subject's verb has no "s".
                    || lower[$0 - 1].hasSuffix("s") && pluralSubjectVerbs.contains(lower[$0])
            }), verb + 1 < lower.count,
            !lower[..<verb].contains(where: { NeedDetector.firstPersonWords.contains($0) || $0.hasSuffix("ing") })
        else { return nil }
        return verb
    }
}
