import ReqEngModel

/// How an interviewer frames a question: a topic named first and pointed back at ("And emergencies?
/// Can those be booked online?" proposes that emergencies be booked online), or a request to the
/// listener to talk ("Could you start by telling me what you do?"), which proposes nothing.
extension ConfirmedProposal {
    /// Whether `words` ask the listener to talk rather than propose: "Could you tell me …", "Can
    /// you start by describing …", "Would you walk me through …". "Could you export it as CSV?"
    /// asks for a doing of the product's, and is no such request.
    static func asksListenerToTalk(_ words: [String]) -> Bool {
        var lower = words.map(SpeechCleaner.bare)
        guard lower.count > 2, ["could", "can", "would", "will"].contains(lower[0]), lower[1] == "you" else {
            return false
        }
        lower.removeFirst(2)
        while let first = lower.first, ["maybe", "please", "just", "perhaps", "first"].contains(first) {
            lower.removeFirst()
        }
        if lower.starts(with: ["start", "by"]) || lower.starts(with: ["begin", "by"]) { lower.removeFirst(2) }
        guard let verb = lower.first else { return false }
        // "Give me an overview", "go through the steps"; "give riders a receipt" is the product's.
        let next = lower.dropFirst().first ?? ""
        if verb.hasPrefix("giv") { return ["me", "us"].contains(next) }
        if verb.hasPrefix("go") { return ["through", "over"].contains(next) }
        return talkVerbs.contains(verb) || talkVerbs.contains(String(verb.dropLast(3)))
            || talkVerbs.contains(String(verb.dropLast(3)) + "e")
    }

    /// `sentences` with a last question that only continues the one before it ("Should they be able
    /// to upload a picture? Like, of the cake they want?": a phrase led by a preposition, maybe after
    /// "like" or "I mean") joined to that question: "… upload a picture of the cake they want?".
    static func joiningContinuation(_ sentences: [String]) -> [String] {
        let sentences = sentences.flatMap(splittingTopic)
        guard sentences.count >= 2, let last = sentences.last, last.hasSuffix("?"),
            let before = sentences.dropLast().last, before.hasSuffix("?")
        else { return sentences }
        var words = last.split(separator: " ").map(String.init)
        while let first = words.first, continuationLeads.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        if words.count > 1, SpeechCleaner.bare(words[0]) == "i", SpeechCleaner.bare(words[1]) == "mean" {
            words.removeFirst(2)
        }
        guard let first = words.first, continuationPrepositions.contains(SpeechCleaner.bare(first)),
            words.count >= 2, !words.dropFirst().contains(where: { auxiliaries.contains(SpeechCleaner.bare($0)) })
        else { return sentences }
        words[0] = SpeechCleaner.bare(first)
        return sentences.dropLast(2) + [String(before.dropLast()) + " " + words.joined(separator: " ")]
    }

    /// A question that names its topic first ("And opening hours, should the system know them?") as
    /// the topic question and the question itself ("And opening hours?", "Should the system know
    /// them?"), the way the two are read when said apart. Any other sentence, alone.
    static func splittingTopic(_ sentence: String) -> [String] {
        let words = sentence.split(separator: " ").map(String.init)
        guard sentence.hasSuffix("?"),
            // "Lena, do you want to start?": one word before the comma is more often a name.
            let comma = words.prefix(5).firstIndex(where: { $0.hasSuffix(",") }), comma > 0, comma + 2 < words.count,
            auxiliaries.contains(SpeechCleaner.bare(words[comma + 1])),
            let topic = topic(of: TextCleanup.trim(words[...comma].joined(separator: " "), " ,") + "?"),
            !topic.isEmpty, !leadIns.contains(SpeechCleaner.bare(words[comma])),
            // "Whenever they publish, do you want …?": a condition, not a topic.
            !StatementBuilder.conditionWords.contains(SpeechCleaner.bare(words[0]))
        else { return [sentence] }
        let topicQuestion = TextCleanup.trim(words[...comma].joined(separator: " "), " ,") + "?"
        let question = TextCleanup.capitalizedFirst(words[(comma + 1)...].joined(separator: " "))
        // "Confirmation after booking, do you want one?": a pointer the split would leave unnamed
        // keeps the sentence whole.
        let pointers: Set<String> = ["it", "that", "those", "these", "they", "them", "one", "ones"]
        if TextTokens(question).words.contains(where: pointers.contains),
            namingPointer(in: question, topicOf: topicQuestion) == question
        {
            return [sentence]
        }
        return [topicQuestion, question]
    }

    /// Words that may open a phrase continuing a question ("Like, of the cake?", "Say, for the kitchen?").
    static let continuationLeads: Set<String> = ["like", "say", "so", "um", "uh", "er", "you", "know"]

    /// Prepositions a phrase continuing the question before it opens with.
    static let continuationPrepositions: Set<String> = [
        "of", "for", "with", "from", "in", "on", "at", "to", "about", "by", "into", "via", "through",
    ]

    /// Verbs of telling, in their plain form ("telling", "describing" are read back to them).
    static let talkVerbs: Set<String> = [
        "tell", "describe", "explain", "walk", "talk", "say", "introduce", "summarise", "summarize", "share",
        "repeat", "clarify", "elaborate",
    ]

    /// `question` with the pointer it opens with (after its auxiliary: "Can those …", "Should it …")
    /// replaced by the topic `before` asks about ("And emergencies?"), when the topic fits the
    /// pointer: "those", "these" and "they" for things in the plural, "it" and "that" for one
    /// thing. Unchanged otherwise.
    static func namingPointer(in question: String, topicOf before: String) -> String {
        guard let topic = topic(of: before) else { return question }
        var words = question.split(separator: " ").map(String.init)
        guard let auxiliary = words.firstIndex(where: { !leadIns.contains(SpeechCleaner.bare($0)) }),
            auxiliaries.contains(SpeechCleaner.bare(words[auxiliary])), auxiliary + 2 < words.count
        else { return question }
        let pointer = SpeechCleaner.bare(words[auxiliary + 1])
        let plural = PointerResolution.isPluralThing(TextTokens(topic).words)
        guard plural ? ["those", "these", "they"].contains(pointer) : ["it", "that"].contains(pointer) else {
            return question
        }
        words[auxiliary + 1] = topic
        return words.joined(separator: " ")
    }

    /// How many words the subject of a yes/no question takes: one ("you", "patients") or a
    /// determiner and a noun ("the tool", "all slots"), two nouns ("group rentals"); `nil` when it is
    /// longer or unclear.
    static func shortSubjectLength(_ lower: [String]) -> Int? {
        guard let first = lower.first else { return nil }
        // "Can those be booked online?": a demonstrative standing alone is the subject.
        if ["those", "these", "that", "this"].contains(first), lower.count > 1,
            auxiliaries.contains(lower[1]) || ["be", "get", "have"].contains(lower[1])
        {
            return 1
        }
        if StatementBuilder.determiners.contains(first) {
            // "the expense app": a noun before the product's own name is part of the subject.
            if lower.count > 3, NeedDetector.systemWords.union(StatementBuilder.componentWords).contains(lower[2]),
                lower[2] != "it"
            {
                return 3
            }
            // "Can a new volunteer join a shift?": an adjective before the noun is part of the subject.
            if lower.count > 3, preNounAdjectives.contains(lower[1]) { return 3 }
            // "How long should the station logs be kept?": two nouns before "be".
            // "Should the rental receipt go by email?": two nouns before a verb of what a thing does.
            let verbs = auxiliaries.union(["be", "get", "have", "stay", "remain"])
            let doing = DesignDescription.pluralVerbs.union(["go", "come", "arrive", "expire", "last", "cost"])
            if lower.count > 4, !verbs.contains(lower[2]), !doing.contains(lower[2]),
                verbs.contains(lower[3]) || doing.contains(lower[3]),
                !CandidateFilter.emptyWords.contains(lower[1]), !CandidateFilter.emptyWords.contains(lower[2])
            {
                return 3
            }
            return lower.count > 2 ? 2 : nil
        }
        if auxiliaries.contains(first) || first.isEmpty { return nil }
        // "Can group rentals be booked online?": a noun before the noun the verb follows.
        let verbs = auxiliaries.union(["be", "get", "have"])
        if lower.count > 3, !verbs.contains(lower[1]), !CandidateFilter.emptyWords.contains(lower[1]),
            !lower[1].hasSuffix("ly"), verbs.contains(lower[2])
        {
            return 2
        }
        // "Can team leads see each other's teams?": people named by a noun before their own.
        if lower.count > 3, ["lead", "leads"].contains(lower[1]) || StatementBuilder.isPersonNoun(lower[1]),
            !CandidateFilter.emptyWords.contains(first), !["you", "we", "they", "i", "it"].contains(first)
        {
            return 2
        }
        return 1
    }

    /// `need` with the limit a confirming `reply` puts on it ("Yes, but only by email", "Up to 24
    /// hours before"), or the means it names ("Yes, with a tracking link in the email"), which the
    /// need read from the question alone would lose.
    ///
    /// `instancesAsked` says the question asked for any of a kind ("Do you need any reports?"):
    /// then "Yes, a monthly overview per station" names the one wanted.
    static func narrowing(_ need: Requirement, by reply: String?, instancesAsked: Bool = false) -> Requirement {
        guard let reply, let detail = detail(of: reply) else { return need }
        let words = TextTokens(detail).words
        var narrowed = need
        let said = TextCleanup.trim(need.statement, " .")
        if instancesAsked, namesAnInstance(words) {
            narrowed.statement = ExtractionAgent.joined(said, detail)
        } else if limitsAfterBut(words) || limitOpeners.contains(where: words.starts(with:))
            // "Should the shop limit the orders per day?" "Yes, sixty cakes a day.": the amount.
            || words.first.map(MeasuredAnswer.isQuantity) == true && (2...6).contains(words.count)
                && TextTokens.isNumber(TextTokens(SpeechCleaner().clean(detail).text).words.first ?? "")
        {
            narrowed.statement = ExtractionAgent.joined(said, detail)
        } else if let first = words.first,
            ["with", "via", "through", "using", "by"].contains(first) || saysWhen(words),
            (2...12).contains(words.count), !NeedDetector.containsAny(" " + detail + " ", NeedDetector.deferralMarkers)
        {
            narrowed.statement = said + ", " + TextCleanup.lowercasedFirst(detail) + "."
        }
        return narrowed
    }

    /// Whether a reply's detail opens with when: "on Wednesday", "every morning", "once a week",
    /// "before noon" (not "at least", "at all", "on the other hand").
    static func saysWhen(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        switch words[0] {
        case "every", "each", "once", "twice", "before", "after", "daily", "weekly", "monthly": return true
        case "on": return MeasuredAnswer.momentWords.contains(words[1])
        default: return false
        }
    }

    /// Whether a reply's detail is one thing of the kind asked for ("a monthly overview per
    /// station"): a short phrase after "a" or "an" with no clause of its own and no verdict ("a good
    /// idea", "a must").
    static func namesAnInstance(_ words: [String]) -> Bool {
        guard let first = words.first, ["a", "an"].contains(first), (3...10).contains(words.count) else { return false }
        return !words.contains(where: { verdictWords.contains($0) || PartyAnswer.verbs.contains($0) })
            && !words.contains(where: PartyAnswer.clauseSubjects.contains)
    }

    /// Words that make a reply's phrase a verdict on the question rather than a thing it names.
    static let verdictWords: Set<String> = [
        "idea", "must", "plus", "bonus", "priority", "need", "thing", "lot", "bit", "little", "few", "problem",
        "pity", "shame", "question", "point", "way", "start", "luxury", "dream", "nice", "good", "great",
    ]

    /// `words` without a closing "…, would that help?": the topic before it is what is proposed.
    static func withoutVerdictTag(_ words: [String]) -> [String] {
        guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
            verdictTags.contains(words[(comma + 1)...].map(SpeechCleaner.bare))
        else { return words }
        var topic = Array(words[...comma])
        topic[comma] = String(topic[comma].dropLast()) + "?"
        return topic
    }

    /// What follows a topic to ask whether it is wanted: "…, would that help?".
    static let verdictTags: Set<[String]> = [
        ["would", "that", "help"], ["would", "that", "be", "useful"], ["would", "that", "be", "good"],
        ["would", "that", "make", "sense"], ["would", "that", "be", "nice"], ["is", "that", "useful"],
        ["is", "that", "important"], ["is", "that", "needed"], ["do", "you", "need", "that"],
        ["would", "you", "want", "that"], ["does", "that", "matter"], ["would", "that", "work"],
    ]

    /// Whether a question asks the listener for a need outright: "Do you want them to take a
    /// photo?", "Should the kiosk print receipts?". "Could you introduce yourself?" asks for
    /// something else, and "do we want to start?" is about the meeting.
    static func asksForNeed(_ question: String) -> Bool {
        let words = Array(TextTokens(question).words.drop { leadIns.contains($0) || interjections.contains($0) })
        // "Should customers pay when they order?", "Should staff be able to set it?": whoever is
        // meant, the rule asked for; "should I", "should we" ask about the talk.
        let ruleAsked =
            words.count >= 3 && ["should", "must"].contains(words[0]) && !["i", "we"].contains(words[1])
            // "Do patients need reminders?", "Does the front desk want a list?": a need asked of them.
            || words.count >= 4 && ["do", "does"].contains(words[0]) && !["i", "we", "you"].contains(words[1])
                && words[2...3].contains(where: { ["need", "want"].contains($0) })
        return (ruleAsked || needQuestions.contains { words.starts(with: $0) }) && !CandidateFilter.namesMeeting(words)
    }

    static let needQuestions: [[String]] = [
        ["do", "you", "want"], ["do", "you", "need"], ["would", "you", "like"], ["would", "you", "want"],
        ["should", "it"], ["should", "the"], ["does", "it", "need"], ["does", "it", "have", "to"],
        ["do", "they", "need"], ["should", "they"], ["must", "it"], ["must", "the"], ["do", "we", "need"],
        // "So you'd want to see them on a map?": the interviewer saying back what was asked for.
        ["you", "need"], ["you'd", "need"], ["you", "want"], ["you'd", "want"], ["you'd", "like"],
        ["you", "would", "like"], ["you", "would", "want"],
    ]

    /// "We would want to print that list" → "We should be able to print that list": a doing the
    /// client was asked to want is one the product lets them do.
    static func wantedAbility(_ text: String) -> String {
        let lower = text.lowercased()
        for frame in ["we would want to ", "we'd want to ", "we would like to ", "we'd like to ", "we want to "]
        where lower.hasPrefix(frame) {
            return "We should be able to " + text.dropFirst(frame.count)
        }
        // "And you'd pick the exercises per patient?" "Yes.": a doing in the product to be.
        for frame in ["we'd ", "we would "] where lower.hasPrefix(frame) {
            let rest = text.dropFirst(frame.count)
            guard let verb = rest.split(separator: " ").first.map({ SpeechCleaner.bare(String($0)) }),
                !notDoings.contains(verb)
            else { return text }
            return "We should be able to " + rest
        }
        return text
    }

    /// Verbs after "we'd" that wish, judge or guess rather than do.
    static let notDoings: Set<String> = [
        "be", "have", "need", "like", "want", "prefer", "rather", "love", "say", "think", "go", "hate", "not",
        "never", "probably", "maybe", "also", "still", "then", "lose", "get", "expect", "guess",
    ]

    /// Whether a question asks whether people may do something ("Can team leads see other
    /// teams?", "May volunteers edit the list?"): refused, it is a rule on who may, not a feature left out.
    static func asksPermission(_ question: String) -> Bool {
        let lower = Array(TextTokens(question).words.drop { leadIns.contains($0) || interjections.contains($0) })
        guard let first = lower.first, ["can", "may", "could"].contains(first),
            let length = shortSubjectLength(Array(lower.dropFirst())), length < lower.count - 1
        else { return false }
        return StatementBuilder.isPersonNoun(lower[length])
            || ["lead", "leads", "anybody", "anyone", "everybody", "everyone"].contains(lower[length])
    }

    /// Adjectives that come before the noun of a subject ("a new volunteer", "the regular members").
    static let preNounAdjectives: Set<String> = [
        "new", "old", "young", "older", "younger", "senior", "junior", "first", "other", "regular", "single", "local",
        "existing", "returning", "registered", "trained", "untrained", "paying", "elderly", "foreign", "internal",
        "external",
    ]
}
