import ReqEngBase
import ReqEngModel

/// Decides whether a sentence states a need, and finds the phrase that states it.
///
/// Not needs: questions (unless they embed one, "could we make sure the export must ..."), greetings
/// and small talk, agreement noise ("yeah, exactly"), restating what someone else said ("so what
/// I'm hearing is ..."), and descriptions of how work is done today ("right now we have to ...").
package struct NeedDetector: Sendable {
    /// Where the need phrase sits in the sentence's words.
    package struct Match: Sendable, Hashable {
        /// The sentence's words (as cleaned, original case).
        package var words: [String]
        package var cue: NeedCue
        /// Index of the cue's first word in `words`.
        package var cueStart: Int
        /// Priority, after deferral markers ("not in this release") are read.
        package var priority: Priority

        package var cueEnd: Int { cueStart + cue.words.count }
    }

    package init() {}

    /// The need stated by a cleaned sentence, or `nil`. `original` is the sentence as said.
    package func detect(_ cleaned: String, original: String) -> Match? {
        detectAll(cleaned, original: original).first
    }

    /// The readings of a need in the sentence, leftmost first, up to the first need phrase that
    /// states nothing: a decision reported with "that" ("we decided that, or we know that we need
    /// to use the company colours") frames the need phrase after it.
    package func detectAll(_ cleaned: String, original: String) -> [Match] {
        let lowerOriginal = original.lowercased()
        if Self.containsAny(lowerOriginal, Self.restatingMarkers) { return [] }
        if Self.opensWithDrawback(original) { return [] }
        var words = cleaned.split(separator: " ").map(String.init)
        var lower = words.map(SpeechCleaner.bare)
        if isQuestion(original, lower: lower) {
            guard let embedded = Self.embeddedNeedStart(lower) else { return [] }
            words = Array(words[embedded...])
            lower = Array(lower[embedded...])
        }
        // "We have to decide, uh, so the case should be rubber": the meeting's own step, broken
        // off; the need is the clause after it.
        if let need = Self.afterMeetingStep(lower) {
            words = Array(words[need...])
            lower = Array(lower[need...])
        }
        guard lower.count >= 3, !isNoise(lower) else { return [] }
        var matches: [Match] = []
        var from = 0
        while let (cue, start) = Self.firstCue(in: lower, from: from) {
            from = start + cue.words.count
            // A need phrase that states nothing ("it will not only reduce the cost") makes the
            // sentence no need: what follows it is no safer to read.
            if !acceptable(cue: cue, at: start, lower: lower, original: lowerOriginal) { break }
            // "Customers that don't want email should get a letter": the wish names who, and the
            // need is the phrase after it.
            if Self.relativeWishes.contains(cue.words), Self.inSubjectRelative(at: start, lower: lower) { continue }
            var priority = Self.putsOff(lowerOriginal) ? Priority.wont : cue.priority
            // "it doesn't have to be fancy": no obligation is not a prohibition; it is a Won't.
            if Self.isNegatedObligation(cue: cue, at: start, lower: lower) { priority = .wont }
            matches.append(Match(words: words, cue: cue, cueStart: start, priority: priority))
        }
        return matches
    }

    /// Where the clause after a meeting step left unfinished begins ("we have to decide so it should
    /// …", "I need to think, so the case should …"): a first-person obligation, one meeting
    /// activity with nothing after it, and "so".
    static func afterMeetingStep(_ lower: [String]) -> Int? {
        let start = lower.prefix { SpeechCleaner.leadingDiscourse.contains($0) || subjectAdverbs.contains($0) }.count
        let said = Array(lower[start...])
        guard said.count > 6, ["we", "i"].contains(said[0]),
            let obligation = [["have", "to"], ["need", "to"], ["should"], ["must"], ["got", "to"]].first(where: {
                said.dropFirst().starts(with: $0)
            })
        else { return nil }
        let verb = 1 + obligation.count
        guard meetingActivities.contains([said[verb]]), said[verb + 1] == "so" else { return nil }
        return start + verb + 2
    }

    /// Whether the need phrase at `start` sits in a relative clause about a noun ("schools that
    /// don't want the parent payments", "members who need a receipt"): it says who, not what is
    /// needed.
    static func inSubjectRelative(at start: Int, lower: [String]) -> Bool {
        let before = lower[..<start].reversed().drop {
            StatementBuilder.negators.contains($0)
                || ["do", "does", "really", "still", "also", "actually"].contains($0)
        }
        guard let pronoun = before.first, ["that", "who", "which"].contains(pronoun),
            let head = before.dropFirst().first
        else { return false }
        return !CandidateFilter.emptyWords.contains(head) && !StatementBuilder.negators.contains(head)
            && !CandidateFilter.prepositions.contains(head)
            && ![
                "so", "is", "was", "said", "say", "think", "know", "mean", "sure", "decided", "agreed", "like", "than",
            ]
            .contains(head)
    }

    /// Need phrases a relative clause may carry about who wants something.
    static let relativeWishes: Set<[String]> = [
        ["want"], ["wants"], ["need"], ["needs"], ["prefer"], ["prefers"], ["require"], ["requires"],
    ]

    /// Whether the cue is an obligation ("have to", "need to") that the words before it negate
    /// ("doesn't have to", "don't really need to"): nothing is required, and nothing is forbidden.
    static func isNegatedObligation(cue: NeedCue, at start: Int, lower: [String]) -> Bool {
        guard !cue.negated, obligationCues.contains(cue.words) else { return false }
        let before = lower[..<start].reversed().drop { StatementBuilder.negationFillers.contains($0) }
        guard let word = before.first else { return false }
        return StatementBuilder.negators.contains(word)
    }

    /// The words before a need phrase without a trailing negation ("you don't really" → "you").
    static func droppingNegation(_ subject: [String]) -> [String] {
        var words = subject
        while let last = words.last, StatementBuilder.negationFillers.contains(last) { words.removeLast() }
        guard let last = words.last, StatementBuilder.negators.contains(last) else { return subject }
        words.removeLast()
        if words.last == "do" || words.last == "does" { words.removeLast() }
        return words
    }

    static let obligationCues: Set<[String]> = [
        ["have", "to"], ["has", "to"], ["need", "to"], ["needs", "to"], ["need"], ["needs"], ["got", "to"],
        ["have", "got", "to"], ["has", "got", "to"],
    ]

    /// Whether `text` holds any need cue; used to choose the side of a false start.
    static func containsNeedCue(_ text: String) -> Bool {
        firstCue(in: text.split(separator: " ").map { SpeechCleaner.bare(String($0)) }) != nil
    }

    /// The leftmost (then longest) cue in lower-case words.
    static func firstCue(in lower: [String], from: Int = 0) -> (NeedCue, Int)? {
        for start in lower.indices.dropFirst(from) {
            // Only the cues opening with this word, longest first, as in the catalogue.
            guard let candidates = NeedCue.byFirstWord[lower[start]] else { continue }
            for cue in candidates where start + cue.words.count <= lower.count {
                if lower[start..<(start + cue.words.count)].elementsEqual(cue.words) { return (cue, start) }
            }
        }
        return nil
    }

    private func isQuestion(_ original: String, lower: [String]) -> Bool {
        guard let first = lower.first else { return TextCleanup.trim(original).hasSuffix("?") }
        if Self.interrogatives.contains(first) { return true }
        // "So we'll go with speech recognition, yeah?": a statement with a tag asking for assent.
        if TextCleanup.trim(original).hasSuffix("?") { return !Self.hasAssentTag(original) }
        return false
    }

    /// Whether a sentence ends in a tag that asks for assent to a statement (", yeah?", ", right?").
    static func hasAssentTag(_ sentence: String) -> Bool {
        let trimmed = TextCleanup.trim(sentence, " ?")
        guard let comma = trimmed.lastIndex(of: ",") else { return false }
        let tag = TextTokens(String(trimmed[comma...])).words
        return (1...2).contains(tag.count) && assentTags.contains(tag.joined(separator: " "))
    }

    static let assentTags: Set<String> = [
        "yeah", "yes", "right", "ok", "okay", "no", "agreed", "yeah right", "all right", "alright", "correct",
        "isnt it", "dont we", "wont we", "shall we", "arent we", "doesnt it", "wont it", "wouldnt it", "shouldnt it",
        "cant it",
    ]

    /// Whether a sentence is a statement asked as a question only in its tag ("…, right?"):
    /// said for the others to agree to.
    static func asksAssent(_ sentence: String) -> Bool {
        TextCleanup.trim(sentence).hasSuffix("?") && hasAssentTag(sentence)
    }

    /// Where an embedded need starts inside a question ("could we make sure that ...").
    static func embeddedNeedStart(_ lower: [String]) -> Int? {
        for (index, word) in lower.enumerated() where index + 1 < lower.count {
            if (word == "make" && lower[index + 1] == "sure") || word == "ensure" {
                let clause = index + (word == "make" ? 2 : 1)
                let start = clause < lower.count && lower[clause] == "that" ? clause + 1 : clause
                let rest = Array(lower[start...])
                if firstCue(in: rest) != nil && rest.count >= 3 { return start }
            }
        }
        return nil
    }

    /// Greetings, thanks and agreement with nothing else of substance.
    private func isNoise(_ lower: [String]) -> Bool {
        let content = lower.filter { !$0.isEmpty && !Self.noiseWords.contains($0) }
        return content.count < 2
    }

    /// Rejects cue readings that do not state a need of the system-to-be.
    private func acceptable(cue: NeedCue, at start: Int, lower: [String], original: String) -> Bool {
        let subject = Array(lower[..<start])
        let next = start + cue.words.count < lower.count ? lower[start + cue.words.count] : ""
        let firstPerson = subject.contains { Self.firstPersonWords.contains($0) }
        if firstPerson && Self.cognitiveVerbs.contains(next) && !Self.seesData(lower[(start + cue.words.count)...]) {
            return false
        }
        // "We'll drop by the office": a visit, not a thing left out of the design.
        if cue.decision, cue.priority == .wont, !cue.negated, ["by", "in", "off", "round", "over"].contains(next) {
            return false
        }
        // A bare "could" or "may" floats an option or a possibility ("you could have a menu", "it may be
        // a year old"); it becomes a requirement only when someone settles it.
        if cue.words == ["may"] || cue.words == ["could"] { return false }
        // "you have to press a button": the generic "you" of describing use, or a task for the listener.
        // A negation is looked through: "you don't have to be clever to use it" describes use too.
        let beforeNegation = Self.droppingNegation(subject)
        // "All you really need is four buttons" is a cleft that names the need, not a generic "you".
        if beforeNegation.first != "all",
            let head = beforeNegation.last(where: {
                (!Self.noiseWords.contains($0) && !Self.subjectAdverbs.contains($0)) || $0 == "you"
            }),
            Self.secondPersonWords.contains(head)
        {
            return false
        }
        // "Can't believe I forgot it": with no subject, (in)ability of the mind is the speaker's own.
        if subject.isEmpty && ["can't", "cannot", "can", "won't"].contains(cue.words.first ?? "")
            && Self.cognitiveVerbs.contains(next)
        {
            return false
        }
        if cue.words == ["will"] || cue.words == ["won't"] || cue.words == ["will", "not"] {
            // Weak modals only count with the system (or a part of it) as subject, not "I will check".
            if firstPerson || subject.isEmpty { return false }
            if !subject.contains(where: { Self.systemWords.contains($0) }) { return false }
        }
        // "we need to wrap up", "really need to wrap up now": what the meeting does next.
        let onlyAdverbs = subject.allSatisfy {
            SpeechCleaner.leadingDiscourse.contains($0) || Self.subjectAdverbs.contains($0)
        }
        // ("It's got to work on old phones": the cue names its subject, the product.)
        if firstPerson || onlyAdverbs && cue.words.first != "it's",
            Self.startsWithAny(Array(lower[(start + cue.words.count)...]), Self.meetingActivities)
        {
            return false
        }
        if cue.words == ["need"] || cue.words == ["needs"] || cue.words == ["want"] || cue.words == ["wants"] {
            // "We need the time.": the speaker's own time, given as a reason.
            let object = lower[(start + cue.words.count)...].filter { $0 != "the" }
            if next.isEmpty || ["you", "help", "more", "some"].contains(next) || object == ["time"] { return false }
        }
        // "Today people have to call the office": a sentence opening with "today" tells how it is.
        let describesToday =
            Self.containsAny(original, Self.currentProcessMarkers) || original.hasPrefix("today ")
            || original.hasPrefix("today,")
        // "People prefer bright colours these days": what people in general like today is a
        // trend, which the team may follow or not.
        if describesToday, subject.contains(where: Self.peopleInGeneral.contains),
            ["want", "wants", "prefer", "prefers", "like", "likes"].contains(cue.words.first ?? "")
        {
            return false
        }
        // "Right now patients need to call us": the people who put up with it, today.
        if describesToday
            && (firstPerson || subject.contains("they")
                || subject.contains(where: PointerResolution.peopleNouns.contains)
                || subject.contains(where: StatementBuilder.isPersonNoun))
        {
            let isObligation = ["have", "has", "need", "needs", "must"].contains(cue.words.first ?? "")
            if isObligation || cue.words == ["will"] || cue.words == ["can't"] { return false }
        }
        return true
    }

    /// Whether `words` (after "to" and fillers) start with one of `phrases`.
    static func startsWithAny(_ words: [String], _ phrases: [[String]]) -> Bool {
        let rest = Array(words.drop { ["to", "just", "really", "also", "first", "all", "actually"].contains($0) })
        // "work on a phone" is where the product runs, not a task of the meeting's.
        if rest.starts(with: ["work", "on"]), rest.dropFirst(2).prefix(3).contains(where: platforms.contains) {
            return false
        }
        return phrases.contains { rest.starts(with: $0) }
    }

    /// What a product runs on.
    static let platforms: Set<String> = [
        "phone", "phones", "mobile", "mobiles", "smartphone", "smartphones", "tablet", "tablets", "ipad", "ipads",
        "iphone", "iphones", "android", "computer", "computers", "laptop", "laptops", "desktop", "desktops",
        "browser", "browsers", "windows", "mac", "macs", "handheld", "handhelds",
    ]

    static func containsAny(_ text: String, _ markers: [String]) -> Bool {
        ByteSearch.containsAny(text, markers)
    }

    static let interrogatives: Set<String> = [
        "what", "why", "how", "where", "who", "whom", "which", "whose", "do", "does", "did", "is", "are",
        "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has", "may", "might",
    ]
    static let noiseWords: Set<String> = [
        "yeah", "yes", "yep", "no", "nope", "right", "exactly", "sure", "okay", "ok", "great", "good", "fine",
        "sounds", "that", "thats", "that's", "makes", "sense", "agreed", "agree", "i", "totally", "absolutely",
        "hi", "hello", "hey", "thanks", "thank", "you", "morning", "afternoon", "evening", "bye", "see",
        "cool", "perfect", "nice", "awesome", "got", "it", "true", "indeed", "definitely", "a", "the", "and",
        "so", "well", "oh", "uh", "um", "me", "too", "same", "here", "lovely", "welcome", "everyone", "all",
    ]
    /// Adverbs that may stand between a subject and its need phrase ("you still want", "we really need").
    static let subjectAdverbs: Set<String> = [
        "still", "really", "just", "also", "only", "probably", "definitely", "actually", "certainly", "surely",
        "obviously", "maybe", "perhaps", "then", "now", "always", "basically",
    ]
    static let peopleInGeneral: Set<String> = ["people", "consumers", "customers", "everyone", "everybody"]
    static let firstPersonWords: Set<String> = ["i", "we", "us", "i'd", "we'd", "i'm", "we're"]
    static let secondPersonWords: Set<String> = ["you", "you'd", "you'll", "you're", "you've", "ya", "your"]
    /// What the participants of a meeting do, as opposed to what the product does: "we have to decide
    /// on the functions", "I need to plug you in", "we should take care of this".
    static let meetingActivities: [[String]] = [
        ["decide"], ["discuss"], ["talk"], ["think"], ["consider"], ["look"], ["find"], ["figure"], ["start"],
        ["finish"], ["stop"], ["move", "on"], ["go", "on"], ["go", "through"], ["go", "back"], ["go", "over"],
        ["wrap"], ["take", "care"], ["take", "into"], ["take", "a", "look"], ["put", "stress"], ["plug"],
        ["present"], ["prepare"], ["work", "on"], ["focus"], ["remember"], ["keep", "in", "mind"],
        ["bear", "in", "mind"], ["get", "back"], ["come", "back"], ["meet"], ["agree"], ["hurry"],
        ["summarise"], ["summarize"], ["clarify"], ["concentrate"], ["wrap", "up"], ["close"], ["break"],
    ]
    static let systemWords: Set<String> = [
        "system", "app", "application", "software", "tool", "platform", "portal", "website", "site", "product",
        "solution", "service", "dashboard", "it", "module", "interface", "database", "api", "backend", "server",
    ]
    /// "see how many days we have left", "see the whole rota": seeing data, which a product shows;
    /// "see what happens", "see how it goes" is waiting for something.
    static func seesData(_ said: ArraySlice<String>) -> Bool {
        let words = Array(said.prefix(3))
        guard words.count >= 2, words[0] == "see" else { return false }
        if words[1] == "how" { return words.count == 3 && words[2] == "many" }
        // "I need to see for each shift who is coming": what is seen, per thing.
        if words[1] == "for" { return words.count == 3 && ["each", "every", "all"].contains(words[2]) }
        return ["the", "their", "our", "my", "all", "every", "each", "which", "who", "whose"].contains(words[1])
    }

    static let cognitiveVerbs: Set<String> = [
        "remember", "recall", "say", "tell", "think", "imagine", "know", "believe", "see", "understand", "wait",
        "stress", "emphasize", "check", "ask", "go", "talk", "come",
    ]
    /// "But then people need a hub.": what an option costs, said against it, not a need. "But then
    /// again, we need it cheap" weighs the other side, and is read.
    static func opensWithDrawback(_ original: String) -> Bool {
        let words = TextTokens(original).words.drop { ["sorry", "oh", "um", "uh", "well", "and", "mm"].contains($0) }
        return words.starts(with: ["but", "then"]) && words.dropFirst(2).first != "again"
            && !namesAPart(Array(words.dropFirst(2)))
    }

    /// "But then the ring light has to be really clear": a part of the product named after "but
    /// then" is what the option asks of the design, a need; people after it bear a drawback.
    static func namesAPart(_ words: [String]) -> Bool {
        guard words.count >= 4, ["the", "our", "its"].contains(words[0]) else { return false }
        let subject = words.dropFirst().prefix(3).prefix {
            !["has", "have", "must", "should", "needs", "need"].contains($0)
        }
        guard (1...2).contains(subject.count), subject.count < 3 else { return false }
        return !subject.contains(where: {
            StatementBuilder.isPersonNoun($0) || CandidateFilter.personPronouns.contains($0)
        })
            && ["has", "have", "must", "should", "needs", "need"].contains(words[subject.count + 1])
    }

    static let restatingMarkers = [
        "so what i'm hearing", "what i'm hearing", "so you're saying", "you're saying", "if i understand",
        "if i understood", "let me summarize", "let me summarise", "just to recap", "to recap", "to summarize",
        "to summarise", "you mentioned", "you said", "just to confirm", "so to confirm", "let me repeat",
        "as you said", "if i heard you", "you say that", "you say we", "like i said", "as i said",
        "as i told", "as we said",
    ]
    static let currentProcessMarkers = [
        "currently", "right now", "at the moment", "today we", "nowadays", "we used to", "at present",
        "these days", "in the old system", "at the minute",
    ]
    /// Whether lower-cased `text` has a ``deferralMarkers`` phrase as whole words ("some days" is none).
    static func putsOff(_ text: String) -> Bool {
        let words = " " + String(text.map { $0.isLetter || $0.isNumber || $0 == "'" ? $0 : " " }) + " "
        return containsAny(words, paddedDeferralMarkers)
    }

    /// ``deferralMarkers`` as whole words: a space on either side.
    static let paddedDeferralMarkers = deferralMarkers.map { " " + $0 + " " }

    static let deferralMarkers = [
        "not in this release", "not for this release", "out of scope", "later phase", "next phase",
        // "That would be nice, but not now.": put off, said short.
        "but not now", "but not right now", "but not yet",
        "future release", "future releases", "later phases", "not for now", "can wait", "phase two", "version two",
        "not a priority",
        // "I'd love stock someday, but not in this system": wanted, not from this product.
        "not in this system", "not in this version", "not in the first version", "someday", "some day",
        "not for the first version", "not for the first release", "not in the first release", "a later version",
        "a later release", "not in v1", "not for v1", "not in version one", "not in version 1",
        // "It would be nice, but it's not a requirement for the first version."
        "not a requirement for the first", "not a must for the first", "not needed for the first",
        "not needed in the first",
        // "The older ones, maybe later. Not now."
        "not now", "not right now", "maybe later", "perhaps later", "not this year", "maybe next year", "not yet",
    ]
}
