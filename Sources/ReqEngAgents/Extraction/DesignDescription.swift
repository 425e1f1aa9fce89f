/// A design team describing the product it is designing, in the present tense: "It charges on a
/// dock.", "The handle has two rubber grips.", "The lid is made of bamboo." In a design review
/// this is how a decision is presented to the others; no need phrase carries it.
///
/// Only a sentence that opens with the product or one of its parts ("it", "the handle", "our
/// lamp") and a verb of what it does or has is read, or a part given a material, a colour, a
/// shape or a size. People, the meeting's own business ("the agenda", "the idea"), other products
/// ("every other lamp", "their app") and descriptions of the past or of today are not. The
/// sentence is handed back with a "should", so the need phrase reader words it like any other need:
/// "It charges on a dock." → "It should charge on a dock."
package enum DesignDescription {
    /// `cleaned` said as a need ("It should charge on a dock"), or `nil` when it is not a present-
    /// tense description of the product. `nouns` are the words the conversation uses after an
    /// article or a number ("the buttons", "two batteries").
    ///
    /// `replying` says the sentence comes just after a question: there "It's orange." answers it
    /// ("Is it recognisably ours?"), a verdict on what is shown, not a design presented.
    package static func asNeed(
        _ cleaned: String, original: String, nouns: Set<String> = [], replying: Bool = false
    ) -> String? {
        guard var words = ProductStatement.statedWords(cleaned, original: original),
            !original.lowercased().contains("\""),
            // "But the radio is just one chip.": an argument against what was said, not a design.
            TextTokens(original).words.first != "but"
        else { return nil }
        // "The bottle glows after an hour, something like that": the value is rough, the design is not.
        if let comma = words.indices.dropLast().last(where: { words[$0].hasSuffix(",") }), comma >= 2,
            approximations.contains(words[(comma + 1)...].map(SpeechCleaner.bare))
        {
            words = Array(words[...comma])
        }
        // "It's thin": the contraction says "it is".
        if let first = words.first, ["it's", "its"].contains(SpeechCleaner.bare(first)) {
            words.replaceSubrange(0...0, with: ["it", "is"])
        }
        // "It has a backlight, so you can read it in the dark": the design, not why or what else.
        if let aside = words.indices.dropLast().first(where: {
            $0 >= 2 && words[$0].hasSuffix(",") && clauseOpeners.contains(SpeechCleaner.bare(words[$0 + 1]))
        }) {
            words = Array(words[...aside])
        }
        let lower = words.map(SpeechCleaner.bare)
        guard (3...25).contains(words.count), let verb = verbIndex(lower, nouns: nouns), verb + 1 < lower.count else {
            return nil
        }
        let object = Array(lower[(verb + 1)...])
        // The hedges cleaning took away still say the speaker is not presenting a design.
        guard !lower.contains(where: elsewhere.contains), !TextTokens(original).words.contains(where: hedges.contains),
            !CandidateFilter.containsSequence(lower[...], elsewherePhrases),
            object.contains(where: { !CandidateFilter.emptyWords.contains($0) }),
            !CandidateFilter.endsInFragment(object)
        else { return nil }
        var said = words
        if copulas.contains(lower[verb]) {
            guard !(replying && lower.first == "it" && lower.count <= 3) else { return nil }
            // "It is thin", "the buttons are rubber": a quality a design gives a part; "it's gonna
            // be small", "it's kind of round" predict or hedge.
            // "It's a bike light": what the thing is, not a quality given to it.
            guard !["gonna", "going", "supposed", "meant", "kind", "sort", "like", "a", "an"].contains(object[0]),
                object.prefix(4).contains(where: { designQualities.contains($0) || $0.hasSuffix("proof") })
                    || object.starts(with: ["made", "of"]) || object.starts(with: ["made", "from"])
            else { return nil }
            said[verb] = "be"
        } else if !pluralVerbs.contains(lower[verb]) {
            said[verb] = baseForm(lower[verb])
        }
        // "It senses the press and sends a code": the verb joined by "and" follows the "should".
        for index in (verb + 2)..<max(verb + 2, said.count) where lower[index - 1] == "and" {
            if ProductStatement.isPresentVerb(lower[index]) || lower[index] == "has", !nouns.contains(lower[index]) {
                said[index] = baseForm(lower[index])
            }
        }
        // "The system just flags it" → "the system should just flag it".
        var modal = verb
        while modal > 1, adverbs.contains(lower[modal - 1]), lower[modal - 1] != "itself" { modal -= 1 }
        said.insert("should", at: modal)
        let text = TextCleanup.trim(said.joined(separator: " "), " ,;:-!.")
        return TextCleanup.capitalizedFirst(text) + "."
    }

    /// Where the verb of a sentence that opens with the product or a part stands, or `nil`.
    static func verbIndex(_ lower: [String], nouns: Set<String>) -> Int? {
        guard let first = lower.first else { return nil }
        var index: Int
        if first == "it" {
            index = 1
        } else if ["the", "our", "this"].contains(first)
            || ["a", "an", "each", "every"].contains(first)
                && lower.contains("automatically"),
            lower.count > 3
        {
            // ("A confirmed booking goes into the reservation system automatically": what the
            // product does with each one.)
            // "the lamp has", "the arm itself switches", "the charging dock carries": the part in
            // one word or two, then its verb; a word in "s" is a verb only when the conversation
            // never uses it as a noun ("the buttons").
            let verbAt = { (position: Int) -> Int? in
                var index = position
                while index < lower.count, adverbs.contains(lower[index]) { index += 1 }
                guard index < lower.count, isVerb(lower[index]) else { return nil }
                return ["is", "are", "has"].contains(lower[index]) || !nouns.contains(lower[index]) ? index : nil
            }
            // "The parent pages work on phones": a plural part, whose verb has no "s".
            let pluralPart = isPresentVerb(lower[2]) && pluralVerbs.contains(lower[3])
            let twoWords = ["is", "are", "has"].contains(lower[3]) && !adverbs.contains(lower[2]) || pluralPart
            guard let end = twoWords ? 3 : verbAt(2) ?? verbAt(3) else { return nil }
            // Never a person or a word of the meeting itself.
            let part = lower[1..<end].filter { !adverbs.contains($0) }
            // "The system flags it": the product itself, however common the word.
            guard !part.isEmpty, part.count <= 2,
                !part.contains(where: {
                    notParts.contains($0)
                        || GeneralWords.common.contains($0) && !ProductStatement.productNouns.contains($0)
                }),
                part.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } })
            else { return nil }
            index = end
        } else {
            return nil
        }
        while index < lower.count, adverbs.contains(lower[index]) { index += 1 }
        guard index < lower.count, isVerb(lower[index]), !notActions.contains(lower[index]),
            // "It has to be": a need phrase, read elsewhere.
            lower.dropFirst(index + 1).first != "to"
        else { return nil }
        // "The backlight goes.": a part that goes is dropped from the design.
        if lower[index] == "goes", index + 1 == lower.count { return nil }
        return index
    }

    static func isVerb(_ word: String) -> Bool {
        copulas.contains(word) || ["has", "goes", "comes"].contains(word) || ProductStatement.isPresentVerb(word)
            || pluralVerbs.contains(word)
    }

    static func isPresentVerb(_ word: String) -> Bool { ProductStatement.isPresentVerb(word) }

    /// Verbs of what a product's parts do, in the form a plural subject takes ("the pages work",
    /// "the buttons light up"): a word in "s" before one of them is a plural noun, not a verb.
    static let pluralVerbs: Set<String> = [
        "work", "show", "open", "close", "load", "run", "display", "fit", "stay", "sit", "light", "glow", "charge",
        "turn", "switch", "appear", "connect", "sync", "click", "slide", "fold", "detach", "lock", "unlock", "print",
        "scroll", "update", "refresh", "vibrate", "beep", "flash", "blink", "dim",
    ]

    /// "charges" → "charge", "carries" → "carry", "switches" → "switch", "has" → "have".
    static func baseForm(_ verb: String) -> String {
        if verb == "has" { return "have" }
        if verb.hasSuffix("ies"), verb.count > 4 { return String(verb.dropLast(3)) + "y" }
        for ending in ["ches", "shes", "sses", "xes", "zzes", "oes"] where verb.hasSuffix(ending) {
            return String(verb.dropLast(2))
        }
        return String(verb.dropLast())
    }

    /// What a speaker adds after a comma to say a value is rough.
    static let approximations: Set<[String]> = [
        ["something", "like", "that"], ["or", "something", "like", "that"], ["or", "so"], ["roughly"],
        ["more", "or", "less"], ["give", "or", "take"], ["or", "thereabouts"], ["ish"],
    ]

    static let copulas: Set<String> = ["is", "are"]
    /// Words after a comma that open another clause: a reason, a consequence, a remark.
    static let clauseOpeners: Set<String> = [
        "so", "because", "cause", "and", "but", "which", "it", "it's", "you", "we", "they", "that", "as", "i",
        "everyone", "everybody", "people",
    ]
    /// Present-tense verbs that judge or relate rather than say what the product does or has.
    static let notActions: Set<String> = [
        "depends", "matters", "smells", "tastes", "misses", "makes", "helps", "costs", "seems", "sounds",
        "looks", "feels", "means", "does", "says", "gets", "wants", "needs", "sucks", "takes", "worries",
        "annoys", "bothers", "confuses", "scares", "surprises", "impresses", "excites", "loves", "hates", "likes",
    ]
    /// Words that say the speaker is unsure, or explains how such things are in general ("a remote
    /// basically has a battery, a chip and buttons"); "usually" and the like are ``elsewhere``.
    static let hedges: Set<String> = [
        "maybe", "perhaps", "probably", "possibly", "dont", "guess", "suppose", "basically", "generally",
        "traditionally",
    ]
    static let adverbs: Set<String> = ["itself", "also", "just", "then", "only", "always", "simply", "automatically"]

    /// Heads that are not the product or a part of it: people, the meeting's business, and words
    /// that only point.
    static let notParts: Set<String> = [
        "user", "users", "people", "person", "customer", "customers", "client", "market", "company", "team",
        "manager", "designer", "meeting", "agenda", "presentation", "slide", "minutes", "project", "idea", "point",
        "thing", "things", "problem", "question", "way", "research", "survey", "report", "trend", "trends",
        "result", "results", "budget", "price", "cost", "costs", "money", "time", "deadline", "goal", "plan",
        "reason", "difference", "problem", "whole", "rest", "same", "other", "first", "last", "next", "one",
        "ones", "picture", "drawing", "model", "prototype", "example", "option", "options", "choice", "decision",
        "evaluation", "criteria", "list", "spreadsheet", "management", "board", "whiteboard", "competition",
    ]

    /// Words that put the description on another product, on what exists or on what is imagined.
    static let elsewhere: Set<String> = [
        "other", "others", "every", "old", "older", "existing", "current", "currently", "competitor", "competitors",
        "their", "they", "usually", "normally", "typically", "most", "today", "nowadays", "imagine", "maybe",
        "perhaps", "probably", "might", "would", "could", "i", "we", "mean", "think", "like",
    ]
    /// "It's made of clay for now": a prototype's stand-in, not the design.
    static let elsewherePhrases: [[String]] = [
        ["on", "the", "market"], ["at", "the", "moment"], ["right", "now"], ["for", "now"], ["for", "the", "moment"],
    ]

    /// Words that give a part a material, colour, shape or size: what a design decides.
    static let designQualities: Set<String> = [
        "plastic", "rubber", "rubbery", "metal", "steel", "aluminium", "aluminum", "wood", "wooden", "glass",
        "bamboo", "leather", "fabric", "silicone", "titanium", "ceramic", "white", "black", "grey", "gray", "red",
        "blue", "green", "yellow", "orange", "silver", "transparent", "round", "rounded", "square", "curved", "flat",
        "thin", "slim", "small", "compact", "light", "lightweight", "waterproof", "washable", "rechargeable",
        "wireless", "removable", "detachable", "foldable",
    ]
}
