/// A need said as a pseudo-cleft: "What I want, first, is that people can book online", "what
/// we need is a bigger screen", "what they'd like is to pay by card". The part after "is" is the
/// need; the wh-clause before it only announces it.
package enum PseudoCleft {
    /// The need as a sentence the rest of extraction reads ("We need a bigger screen", "I want to
    /// pay by card"), or, after "is that", the clause itself with whether it was needed or wanted;
    /// `nil` when the sentence is no pseudo-cleft of a need.
    package static func unfolded(_ cleaned: String) -> (sentence: String, clauseOnly: Bool, must: Bool)? {
        let words = cleaned.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        if let ranked = rankedThing(words, lower) { return ranked }
        if let sought = soughtThing(words, lower) { return sought }
        if let brief = briefClause(words, lower) { return brief }
        // "The decision is that the case is plastic": the clause decided.
        var start = 0
        while start < lower.count, SpeechCleaner.leadingDiscourse.contains(lower[start]) { start += 1 }
        if lower[start...].starts(with: ["the", "decision"]) || lower[start...].starts(with: ["our", "decision"]),
            let clause = decided(words, lower, after: start + 1), clause.0.hasPrefix("We agreed") == false
        {
            return clause
        }
        guard let what = lower.prefix(3).firstIndex(of: "what"),
            lower[..<what].allSatisfy(SpeechCleaner.leadingDiscourse.contains),
            what + 2 < lower.count, subjects.contains(lower[what + 1])
        else { return nil }
        var cue = what + 2
        // "what I'd like", "what we would really like", "what we most need", "what we do agree on".
        while cue < lower.count,
            ["would", "really", "most", "also", "actually", "do", "all", "definitely", "certainly", "absolutely"]
                .contains(lower[cue])
        {
            cue += 1
        }
        if cue < lower.count, decisions.contains(lower[cue]) {
            return decided(words, lower, after: cue)
        }
        // "What I'm suggesting is, the thermostat works with an app": the clause proposed.
        if cue + 1 < lower.count, ["i'm", "we're"].contains(lower[what + 1]), proposals.contains(lower[cue]),
            let clause = decided(words, lower, after: cue), clause.0.hasPrefix("We agreed") == false
        {
            return clause
        }
        // "What I don't want is customers making an account": the wish denied.
        var denied = false
        if cue < lower.count, ["don't", "dont", "not"].contains(lower[cue]) {
            denied = true
            cue += 1
        }
        guard cue < lower.count, let verb = wishes[lower[cue]] else { return nil }
        var copula = cue + 1
        while copula < lower.count,
            ["first", "most", "really", "above", "all", "though", "then", "instead", "ideally", "personally"]
                .contains(lower[copula])
        {
            copula += 1
        }
        guard copula < lower.count, lower[copula] == "is", copula + 2 < lower.count,
            // "What I want is what they have": no need named.
            !["what", "it", "this", "that's"].contains(lower[copula + 1])
                || lower[copula + 1] == "that"
                    && copula + 3 < lower.count
        else { return nil }
        let rest = Array(words[(copula + 1)...])
        let person = lower[what + 1].replacingOccurrences(of: "'d", with: "")
        let subject = person == "i" ? "I" : TextCleanup.capitalizedFirst(person)
        let must = verb == "need"
        if denied {
            // Said as the denied wish itself, which the need phrase reader words as a Won't.
            let that = lower[copula + 1] == "that" ? rest.dropFirst() : rest[...]
            return (subject + " don't " + verb + " " + that.joined(separator: " "), false, false)
        }
        // "What I want is: the system shall block …": the need after a colon is said in full.
        if words[copula].hasSuffix(":") {
            return (TextCleanup.capitalizedFirst(rest.joined(separator: " ")), true, must)
        }
        if lower[copula + 1] == "that" {
            return (TextCleanup.capitalizedFirst(rest.dropFirst().joined(separator: " ")), true, must)
        }
        return (subject + " " + verb + " " + rest.joined(separator: " "), false, must)
    }

    /// "What we do agree on is it works with the phone app", "what we decided is that it folds":
    /// the clause after the "is" is what was decided; a thing alone ("what we agreed on is the
    /// rubber case") is said as agreed.
    static func decided(_ words: [String], _ lower: [String], after cue: Int) -> (String, Bool, Bool)? {
        var copula = cue + 1
        while copula < lower.count, ["on", "upon", "so", "far", "then"].contains(lower[copula]) { copula += 1 }
        guard copula + 2 < lower.count, lower[copula] == "is" else { return nil }
        var rest = Array(words[(copula + 1)...])
        if SpeechCleaner.bare(rest[0]) == "that" { rest.removeFirst() }
        guard let first = rest.first.map(SpeechCleaner.bare), rest.count >= 2,
            !["what", "this", "that's", "nothing"].contains(first)
        else { return nil }
        if ["it", "they", "we", "it's", "the", "our", "there"].contains(first),
            rest.dropFirst().prefix(4).contains(where: { word in
                let bare = SpeechCleaner.bare(word)
                return ProductStatement.isPresentVerb(bare) || NeedDetector.containsNeedCue(" " + bare + " ")
                    || ["is", "are", "has", "have", "will", "should", "must", "can"].contains(bare)
            }) || first == "it's"
        {
            return (TextCleanup.capitalizedFirst(rest.joined(separator: " ")), true, false)
        }
        // Only the team's own agreement is said as "we agreed": "what they decided is the rubber
        // case" names nobody who could be quoted as agreeing.
        guard let what = lower.firstIndex(of: "what"), what + 1 < lower.count,
            ["we", "we've"].contains(lower[what + 1])
        else { return nil }
        return ("We agreed on " + rest.joined(separator: " "), true, false)
    }

    /// "The most important thing is that the stock is right", "what matters most is, orders are
    /// never lost": the clause after the ranking frame, a Must.
    static func rankedThing(_ words: [String], _ lower: [String]) -> (String, Bool, Bool)? {
        var start = 0
        while start < lower.count, SpeechCleaner.leadingDiscourse.contains(lower[start]) { start += 1 }
        // "For HR the main thing is that …": whom it matters to, said first.
        if start < lower.count, lower[start] == "for",
            let the = lower.indices.dropFirst(start + 2).prefix(3).first(where: {
                lower[$0] == "the" || lower[$0] == "what"
            }),
            !words[start..<the].contains(where: { $0.hasSuffix(".") })
        {
            start = the
        }
        let frame = lower[start...]
        guard let rank = rankingFrames.first(where: { frame.starts(with: $0.words) }) ?? thingFrame(frame) else {
            return nil
        }
        var clause = start + rank.words.count
        // "The main thing is customers should be able to order online": a need of its own after the
        // frame is ranked as well as a "that" clause is.
        let ownNeed = lower[min(clause, lower.count)...].prefix(5).contains(
            where: ["should", "must", "shall"].contains)
        let saysThat = clause < lower.count && lower[clause] == "that"
        if saysThat {
            clause += 1
        } else if rank.needsThat && !ownNeed {
            return nil
        }
        // A clause with a verb of its own ("the stock is right", "that people pay online"), not a
        // thing ("the price").
        guard clause + 2 < lower.count,
            ownNeed || saysThat && !StatementBuilder.determiners.contains(lower[clause + 1])
                || lower[clause...].prefix(5).contains(where: {
                    ["is", "are", "has", "have", "can", "works", "work"].contains($0)
                        || ProductStatement.isPresentVerb($0)
                }),
            !["what", "this", "that's", "it's", "i", "we", "you"].contains(lower[clause])
        else { return nil }
        return (TextCleanup.capitalizedFirst(words[clause...].joined(separator: " ")), true, true)
    }

    /// Frames that rank what follows them as a Must, and whether only a clause opened by "that"
    /// follows them as a need.
    static let rankingFrames: [(words: [String], needsThat: Bool)] = [
        (["the", "one", "thing", "that", "matters", "is"], false), (["the", "most", "important", "is"], false),
        (["what", "matters", "most", "is"], false),
    ]

    /// "The most important thing is", "the main thing for us is", "the key thing here is": a
    /// ranking word, "thing", whom it matters to, then "is". "The main thing is, residents get
    /// things done without calling us" names a goal, so "main" and "big" rank only a "that" clause.
    static func thingFrame(_ frame: ArraySlice<String>) -> (words: [String], needsThat: Bool)? {
        let words = Array(frame.prefix(8))
        guard words.count > 3, words[0] == "the" else { return nil }
        var index = 1
        var needsThat = false
        if words[index] == "most", words[index + 1] == "important" {
            index += 2
        } else if ["key", "crucial", "critical"].contains(words[index]) {
            index += 1
        } else if ["main", "big", "biggest", "one"].contains(words[index]) {
            needsThat = true
            index += 1
        } else {
            return nil
        }
        guard index < words.count, words[index] == "thing" else { return nil }
        index += 1
        if index + 1 < words.count, words[index] == "for", ["us", "me", "them", "everyone"].contains(words[index + 1]) {
            index += 2
        }
        if index < words.count, ["here", "really", "though"].contains(words[index]) { index += 1 }
        guard index < words.count, words[index] == "is" else { return nil }
        return (Array(words[...index]), needsThat)
    }

    /// "We're looking for something that works on tablets": what people are looking for is what
    /// they want, said as a want so the need phrase reader takes it.
    static func soughtThing(_ words: [String], _ lower: [String]) -> (String, Bool, Bool)? {
        var start = 0
        while start < lower.count, SpeechCleaner.leadingDiscourse.contains(lower[start]) { start += 1 }
        let seekers: [([String], String)] = [
            (["we're", "looking", "for"], "We want"), (["we", "are", "looking", "for"], "We want"),
            (["i'm", "looking", "for"], "I want"), (["i", "am", "looking", "for"], "I want"),
        ]
        guard let (frame, want) = seekers.first(where: { lower[start...].starts(with: $0.0) }) else { return nil }
        let rest = words[(start + frame.count)...]
        guard rest.count >= 2, let first = rest.first.map(SpeechCleaner.bare),
            !["it", "them", "him", "her", "that", "this", "ways", "people", "someone", "somebody"].contains(first),
            !(rest.last ?? "").hasSuffix("?")
        else { return nil }
        return (want + " " + rest.joined(separator: " "), false, false)
    }

    /// "Management says the thermostat is only for heating", "the new requirement is that it works
    /// with any TV": what those who commission the product laid down, a Must, in the clause said.
    static func briefClause(_ words: [String], _ lower: [String]) -> (String, Bool, Bool)? {
        var start = 0
        while start < lower.count, SpeechCleaner.leadingDiscourse.contains(lower[start]) || lower[start] == "and" {
            start += 1
        }
        let rest = lower[start...]
        guard let frame = briefFrames.first(where: { rest.starts(with: $0) }) else { return nil }
        var clause = start + frame.count
        if clause < lower.count, lower[clause] == "that" { clause += 1 }
        // A clause of the product: its name or "it", then a verb of being or having.
        guard clause + 3 <= lower.count,
            let verb = lower[clause...].prefix(4).firstIndex(where: {
                ["is", "are", "has", "have", "must", "should", "shall", "works", "work", "can"].contains($0)
            }),
            verb > clause, lower[clause..<verb].allSatisfy({ !["i", "we", "you", "they", "he", "she"].contains($0) }),
            words.last?.hasSuffix("?") != true
        else { return nil }
        return (TextCleanup.capitalizedFirst(words[clause...].joined(separator: " ")), true, true)
    }

    /// Who commissions the product, and how they lay down what it is to be.
    static let briefFrames: [[String]] = {
        let who: [[String]] = [
            ["management"], ["the", "management"], ["the", "client"], ["our", "client"], ["the", "board"],
            ["head", "office"], ["the", "company"], ["our", "boss"], ["the", "boss"],
        ]
        let says: [[String]] = [
            ["says"], ["said"], ["has", "decided"], ["decided"], ["told", "us"], ["tells", "us"], ["insists"],
            ["requires"], ["has", "told", "us"], ["wants", "it", "so"],
        ]
        let requirements: [[String]] = [
            ["the", "new", "requirement", "is"], ["the", "new", "requirements", "are"],
            ["a", "new", "requirement", "is"],
            ["one", "new", "requirement", "is"], ["the", "requirement", "is"], ["one", "requirement", "is"],
        ]
        return who.flatMap { person in says.map { person + $0 } } + requirements
    }()

    /// Verbs of a decision in a wh-clause.
    static let decisions: Set<String> = ["agree", "agreed", "decided", "decide", "settled"]

    static let subjects: Set<String> = ["i", "we", "they", "i'd", "we'd", "they'd", "i'm", "we're"]
    /// Verbs of a proposal in a wh-clause ("what I'm suggesting is").
    static let proposals: Set<String> = ["suggesting", "proposing", "recommending"]
    /// The verb of the wh-clause, as the need phrase the unfolded sentence uses.
    static let wishes: [String: String] = [
        "want": "want", "wanted": "want", "need": "need", "needed": "need", "like": "want", "require": "need",
        "expect": "want",
    ]
}
