import ReqEngModel

/// A pointer ("that", "it") read as the thing a speaker named just before it, in the two shapes
/// spoken requirements take: the name said as a sentence of its own ("Cheapest first. That should
/// be the default.") and the name put in front of the clause ("The ordered quantity, it should be
/// the default.").
///
/// The name must be a short phrase without a verb of its own: "Pavel said ten minutes. That's fine"
/// points at a whole sentence, which no statement can carry.
enum PointerResolution {
    /// "Cheapest first. That should be the default." → "Cheapest first should be the default.": a
    /// sentence opening with "that" or "this" and a verb, after a name said first, with the name in
    /// the pointer's place; `nil` otherwise.
    static func afterName(_ sentence: String, name phrase: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 3, let pointer = words.first.map(SpeechCleaner.bare) else { return nil }
        let rest: [String]
        switch pointer {
        case "that", "this":
            guard pointerVerbs.contains(SpeechCleaner.bare(words[1])) else { return nil }
            rest = Array(words.dropFirst())
        case "that's", "this's":
            // "That's a must", "that's important"; "that's fine, but …" judges what was said.
            let said = words.dropFirst().map(SpeechCleaner.bare).joined(separator: " ") + " "
            guard rankings.contains(where: { said.hasPrefix($0 + " ") }) else { return nil }
            rest = ["is"] + words.dropFirst()
        default:
            return nil
        }
        guard !phrase.contains("?"), let named = name(SpeechCleaner().clean(phrase).text) else { return nil }
        return named + " " + rest.joined(separator: " ")
    }

    /// "The ordered quantity, it should be the default." → "The ordered quantity should be the
    /// default.": a name put before a clause that opens with "it", "they", "that" or "this" and a
    /// verb ("A weekly list, that would help a lot"); `nil` otherwise.
    static func dislocated(_ cleaned: String) -> String? {
        var words = cleaned.split(separator: " ").map(String.init)
        // "There's a small speaker for the alarm, it doesn't have to be hi-fi": the thing a
        // clause presents is what the "it" after the comma stands for.
        let presented = presentedThing(words)
        if let presented { words = presented }
        let longest = presented == nil ? 6 : 8
        guard let comma = words.prefix(longest).firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
            comma + 3 < words.count, ["it", "they", "that", "this"].contains(SpeechCleaner.bare(words[comma + 1])),
            (presented == nil ? pointerVerbs : presentedVerbs).contains(SpeechCleaner.bare(words[comma + 2])),
            let named = name(words[...comma].joined(separator: " "), longest: longest),
            // "For the parents, that would be nice": whom it is for names no subject.
            !CandidateFilter.prepositions.contains(SpeechCleaner.bare(String(named.prefix { $0 != " " })))
        else { return nil }
        return TextCleanup.capitalizedFirst(named) + " " + words[(comma + 2)...].joined(separator: " ")
    }

    /// `words` without the "there's" that presents a thing before a comma ("There's a speaker for
    /// the alarm, it …" → "a speaker for the alarm, it …"), when the thing is said with "a", "an"
    /// or "one"; `nil` otherwise.
    static func presentedThing(_ words: [String]) -> [String]? {
        let lower = words.map(SpeechCleaner.bare)
        let opening = presentingOpeners.first { lower.starts(with: $0) }?.count ?? 0
        guard opening > 0, let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma > opening,
            comma - opening < 8, ["a", "an", "one"].contains(lower[opening])
        else { return nil }
        return Array(words[opening...])
    }

    /// The verbs after the pointer that may say something of a thing presented, negated too ("it
    /// doesn't have to be hi-fi").
    static let presentedVerbs = negatedPointerVerbs.union(["doesn't", "doesnt"])

    /// What presents a thing for a clause after it to say something of.
    static let presentingOpeners: [[String]] = [
        ["there's"], ["there", "is"], ["there'll", "be"], ["there", "will", "be"], ["there", "would", "be"],
    ]

    /// Whom a "they" in the sentences of an answer stands for, and in which of them: the people the
    /// first sentence names in answer to a "who" question (in the sentences after it), or the
    /// people a question asks about ("What does the customer get?" "They should get an email …",
    /// in the first sentence only).
    static func peopleMeantByThey(
        _ sentences: [String], question: String
    ) -> (people: String, sentences: Range<Int>, pointers: Set<String>)? {
        let they: Set<String> = ["they", "those", "these"]
        if let named = whoAnswer(sentences.first, question: question) { return (named, 1..<sentences.count, they) }
        if let fronted = frontedPeople(question) { return (fronted, 0..<sentences.count, they) }
        if let asked = askedAbout(question) { return (asked, 0..<1, they) }
        // "Do patients need reminders?" "Some of them, yes. But they should …": the answer's
        // sentences go on about them.
        if let named = onlyPeopleNamed(in: question) { return (named, 0..<sentences.count, they) }
        // "What should happen when an item sells out?" "It should disappear from the page.": the item.
        if let thing = thingOfCondition(question) { return (thing, 0..<1, ["it"]) }
        // "What about books from other branches?" "Those have to go to a separate bin.": the topic.
        if let last = SentenceSplitter().split(question).last, var topic = Self.topic(of: last) {
            // "And for urgent appointments?": the thing, without the preposition.
            var words = topic.split(separator: " ")
            if words.count > 1, CandidateFilter.prepositions.contains(words[0].lowercased()) {
                words.removeFirst()
                topic = words.joined(separator: " ")
            }
            // "What about the technicians' side?": the people whose side it is, in the whole answer.
            if let owners = words.first(where: { $0.count > 3 && $0.hasSuffix("s'") }) {
                return ("the " + owners.dropLast().lowercased(), 0..<sentences.count, they)
            }
            if isPluralThing(TextTokens(topic).words) { return (topic, 0..<1, they) }
        }
        return nil
    }

    /// "What should happen when an item sells out?" → "the item": the thing a "what should
    /// happen when/if" question conditions on, a determiner and one or two words before its verb.
    static func thingOfCondition(_ question: String) -> String? {
        guard let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        // ("And should teachers …?": the "and" only links the question to the last.)
        let lower = Array(TextTokens(asked).words.drop(while: ConfirmedProposal.leadIns.contains))
        guard lower.starts(with: ["what"]), lower.contains("happen") || lower.contains("happens"),
            let when = lower.firstIndex(where: { ["when", "if", "once"].contains($0) }), when + 3 < lower.count,
            ["a", "an", "the"].contains(lower[when + 1])
        else { return nil }
        for end in (when + 2)...min(when + 3, lower.count - 2) {
            let verb = lower[end + 1]
            guard ProductStatement.isPresentVerb(verb) || ["is", "runs", "goes"].contains(verb) else { continue }
            let thing = lower[(when + 2)...end]
            guard !thing.contains(where: { isPersonNoun($0) || ProductStatement.notSubjects.contains($0) }) else {
                return nil
            }
            return "the " + thing.joined(separator: " ")
        }
        return nil
    }

    static func isPersonNoun(_ word: String) -> Bool { peopleNouns.contains(word) }

    /// `sentence` with a closing "then" replaced by the time the sentence before opens with: "On
    /// Thursday evening, maybe three hundred." + "It must not go down then." → "It must not go
    /// down on Thursday evening."; `nil` when either is missing.
    static func namingThen(in sentence: String, after previous: String) -> String? {
        var words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 4, let last = words.last, SpeechCleaner.bare(last) == "then" else { return nil }
        let before = previous.split(separator: " ").map(String.init)
        guard let opener = before.first.map(SpeechCleaner.bare),
            ["on", "at", "during", "in", "every"].contains(opener),
            let comma = before.prefix(5).firstIndex(where: { $0.hasSuffix(",") }), comma >= 1
        else { return nil }
        var time = before[...comma].map { $0 }
        time[comma] = String(time[comma].dropLast())
        time[0] = time[0].lowercased()
        words[words.count - 1] = time.joined(separator: " ") + String(last.drop(while: \.isLetter))
        return words.joined(separator: " ")
    }

    /// "What does the customer actually get?" → "the customer": the people a "what/how/when"
    /// question asks about, its subject after "do/does/did/will/would/should/can", when its head
    /// names people.
    /// "And for the tutors, what do they need?" → "the tutors": the people a question names first,
    /// before it asks, whom the whole answer is about; `nil` when it names none so.
    static func frontedPeople(_ question: String) -> String? {
        guard let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        let words = asked.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        let lead = lower.prefix { ["and", "so", "now", "then", "okay"].contains($0) }.count
        guard lead + 3 < lower.count, lower[lead] == "for", ["the", "our", "your"].contains(lower[lead + 1]),
            let end = (lead + 2...min(lead + 3, lower.count - 1)).first(where: { words[$0].hasSuffix(",") }),
            peopleNouns.contains(lower[end]) || StatementBuilder.isPersonNoun(lower[end])
        else { return nil }
        return "the " + TextCleanup.trim(words[(lead + 2)...end].joined(separator: " "), " ,")
    }

    static func askedAbout(_ question: String) -> String? {
        guard let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        let words = asked.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let auxiliary = lower.prefix(4).firstIndex(where: { questionAuxiliaries.contains($0) }), auxiliary >= 1,
            ["what", "how", "when", "where", "which"].contains(lower[auxiliary - 1]), auxiliary + 2 < lower.count,
            ["the", "a", "your", "our"].contains(lower[auxiliary + 1])
        else { return nil }
        // The subject: a determiner and at most two words, the last of them a person.
        for end in (auxiliary + 2)...min(auxiliary + 3, lower.count - 1) where peopleNouns.contains(lower[end]) {
            let phrase = words[(auxiliary + 1)...end].joined(separator: " ")
            return lower[auxiliary + 1] == "your" || lower[auxiliary + 1] == "our"
                ? "the " + words[(auxiliary + 2)...end].joined(separator: " ") : TextCleanup.trim(phrase, " ,;:-?!.")
        }
        return nil
    }

    /// "Do you want customers to get a confirmation?", "How should patients log in?" → "customers",
    /// "patients": the one kind of people, in the plural, a question opening with its auxiliary
    /// names; `nil` when it names none or more than one.
    static func onlyPeopleNamed(in question: String) -> String? {
        guard let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        // ("And should teachers …?": the "and" only links the question to the last.)
        let lower = Array(TextTokens(asked).words.drop(while: ConfirmedProposal.leadIns.contains))
        // "How should patients log in?" asks about them as much as "Do patients …?" does.
        let opener = lower.first.map(ConfirmedProposal.openQuestions.contains) == true ? 1 : 0
        guard lower.count > opener, ConfirmedProposal.auxiliaries.contains(lower[opener]) else { return nil }
        let named = Set(lower.filter { peopleNouns.contains($0) })
        guard named.count == 1, let people = named.first, people.hasSuffix("s") || people == "people" else {
            return nil
        }
        return people
    }

    static let questionAuxiliaries: Set<String> = ["do", "does", "did", "will", "would", "should", "can", "could"]
    /// Words that name the people a product serves or that work with it.
    static let peopleNouns: Set<String> = [
        "customer", "customers", "user", "users", "member", "members", "patient", "patients", "visitor", "visitors",
        "student", "students", "parent", "parents", "teacher", "teachers", "volunteer", "volunteers", "client",
        "clients", "guest", "guests", "staff", "employee", "employees", "driver", "drivers", "buyer", "buyers",
        "subscriber", "subscribers", "people", "family", "families", "owner", "owners", "manager", "managers",
    ]

    /// "Who does the scanning at the door?" "Volunteers, mostly. …": the people a turn's first
    /// sentence names in answer to a "who" question, without "mostly" and its kin; `nil` when the
    /// question asks no "who" or the answer is more than a name.
    static func whoAnswer(_ answer: String?, question: String) -> String? {
        guard let answer, let asked = SentenceSplitter().split(question).last, asked.hasSuffix("?") else { return nil }
        let opening = asked.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
            .drop { SpeechCleaner.leadingDiscourse.contains($0) }
        guard opening.first == "who" else { return nil }
        // The words as said: a hedge that cleaning drops ("I think the council pays") says more
        // than a name.
        var words = answer.split(separator: " ").map(String.init).filter {
            !["um", "uh", "er", "erm"].contains(SpeechCleaner.bare($0))
        }
        while let last = words.last, answerQualifiers.contains(SpeechCleaner.bare(last)) { words.removeLast() }
        let text = TextCleanup.trim(words.joined(separator: " "), " ,;:-!.")
        let lower = text.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
        guard (1...4).contains(lower.count), !text.contains(","),
            !lower.contains(where: {
                phraseVerbs.contains($0) || NeedDetector.firstPersonWords.contains($0)
                    || ["yes", "no", "yeah", "nobody", "everyone", "everybody", "it", "they", "them"].contains($0)
            }),
            let first = lower.first, !SpeechCleaner.leadingDiscourse.contains(first)
        else { return nil }
        return text
    }

    /// "So, um, they should only be able to scan." with "Volunteers" → "Volunteers should only be
    /// able to scan.": a sentence whose subject is "they" and a verb of need, with the named people
    /// in its place; `nil` otherwise.
    static func replacingThey(
        in sentence: String, with people: String, pointers: Set<String> = ["they", "those", "these"]
    ) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard
            let start = words.firstIndex(where: {
                !SpeechCleaner.leadingDiscourse.contains(SpeechCleaner.bare($0))
                    && !["um", "uh", "er", "erm"].contains(SpeechCleaner.bare($0))
            }),
            let they = words[start...].prefix(4).firstIndex(where: {
                pointers.contains(SpeechCleaner.bare($0))
            }),
            // "Online, they should …": a short phrase of place or time may come first.
            they == start || words[they - 1].hasSuffix(","), they + 2 < words.count,
            // "those still need to …": an adverb may come before the verb.
            let verb = words[(they + 1)...].prefix(2).first(where: {
                !["still", "also", "really", "just", "always", "only", "then", "all"].contains(SpeechCleaner.bare($0))
            }), negatedPointerVerbs.contains(SpeechCleaner.bare(verb))
        else { return nil }
        let said = words[start..<they] + [people] + words[(they + 1)...]
        return TextCleanup.capitalizedFirst(said.joined(separator: " "))
    }

    /// The topic of a short question ("What about bikes from other stations?"), also when a
    /// question follows it after a comma ("What about the doctors, do they need to see anything?").
    static func topic(of question: String) -> String? {
        if let topic = ConfirmedProposal.topic(of: question) { return topic }
        let words = question.split(separator: " ").map(String.init)
        guard words.count > 3, ["what", "how"].contains(SpeechCleaner.bare(words[0])),
            SpeechCleaner.bare(words[1]) == "about",
            let comma = words.prefix(7).firstIndex(where: { $0.hasSuffix(",") })
        else { return nil }
        return ConfirmedProposal.topic(of: TextCleanup.trim(words[...comma].joined(separator: " "), " ,") + "?")
    }

    /// "books from other branches", "the video consultations": things in the plural, which "they"
    /// and "those" may stand for; not an activity ("training new temps").
    static func isPluralThing(_ words: [String]) -> Bool {
        let phrase = words.drop { StatementBuilder.determiners.contains($0) }
        guard let first = phrase.first, !first.hasSuffix("ing") else { return false }
        let head = phrase.prefix { !CandidateFilter.prepositions.contains($0) }.last ?? first
        return head.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us")
    }

    static let answerQualifiers: Set<String> = [
        "mostly", "usually", "normally", "generally", "only", "mainly", "always",
    ]

    /// The phrase without its closing punctuation when it names a thing (two to `longest` words, no verb,
    /// not a person speaking, not a discourse word); `nil` otherwise.
    static func name(_ phrase: String, longest: Int = 6) -> String? {
        let lower = phrase.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
        guard (2...longest).contains(lower.count),
            !lower.contains(where: {
                phraseVerbs.contains($0) || NeedDetector.firstPersonWords.contains($0)
                    || ExtractionAgent.reportingVerbs.contains($0) || CandidateFilter.subordinators.contains($0)
            }),
            let first = lower.first, !SpeechCleaner.leadingDiscourse.contains(first),
            !ProductStatement.notSubjects.contains(first),
            lower.contains(where: { !CandidateFilter.emptyWords.contains($0) }),
            // "About 1,500, it should …": a count answers a question; it names no thing.
            !lower.allSatisfy({ TextTokens.isNumber($0) || approximations.contains($0) })
        else { return nil }
        return TextCleanup.trim(phrase, " ,;:-!.")
    }

    static let approximations: Set<String> = ["about", "around", "roughly", "maybe", "approximately", "some", "over"]

    /// What "that's" may go on with to rank what it points at.
    static let rankings = [
        "a must", "important", "really important", "very important", "essential", "crucial", "key", "the default",
        "required", "mandatory", "necessary", "non-negotiable", "the priority", "the highest priority",
    ]
    /// The verbs after a pointer that may state a need of what it points at.
    static let pointerVerbs: Set<String> = [
        "should", "must", "shall", "has", "have", "needs", "need", "will", "would", "is", "are", "can",
    ]
    /// The same, negated: "They shouldn't need a password" is said of the people as much.
    static let negatedPointerVerbs = pointerVerbs.union([
        "shouldn't", "mustn't", "can't", "cannot", "won't", "don't", "shouldnt", "mustnt", "cant", "wont", "dont",
    ])
    /// Words that give a phrase a verb of its own, so it is a sentence rather than a name.
    static let phraseVerbs: Set<String> = ConfirmedProposal.auxiliaries.union([
        "was", "were", "has", "have", "had", "am", "be", "it's", "that's", "there's", "don't", "doesn't", "isn't",
    ])

    /// `statement` with the "They" it opens with named as the people the turns before turn `index`
    /// (at most four) last spoke of ("What about the technicians' side?" … "Do they need to work
    /// offline?" → "The technicians need to work offline"); unchanged when none are named.
    static func namingThey(in statement: String, before index: Int, of transcript: Transcript) -> String {
        guard statement.hasPrefix("They ") else { return statement }
        for turn in transcript.turns[max(0, index - 4)...index].reversed() {
            let words = turn.text.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
            // "the riders", "our riders", or plain "riders" ("How do customers order today?").
            for position in words.indices.reversed()
            where position == 0 || !["a", "an", "this", "that", "each", "every"].contains(words[position - 1]) {
                let word = words[position].hasSuffix("s'") ? String(words[position].dropLast()) : words[position]
                guard word.hasSuffix("s"), word.allSatisfy(\.isLetter), StatementBuilder.isPersonNoun(word) else {
                    continue
                }
                return "The " + word + statement.dropFirst(4)
            }
        }
        return statement
    }
}
