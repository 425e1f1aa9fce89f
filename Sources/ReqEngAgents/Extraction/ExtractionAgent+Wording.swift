import ReqEngModel

/// How extraction words a requirement it keeps in the speaker's words, and the word lists its
/// readings of a sentence use.
extension ExtractionAgent {
    /// A requirement whose statement is the speaker's cleaned sentence (see
    /// ``Requirement/isInSpeakersWords``).
    func speakerWordsRequirement(
        _ words: String, source: SourceRef, priority: Priority, strength: Double, hedges: Int = 0
    ) -> Requirement {
        let classification = classifier.classify(words)
        let criteria = AcceptanceCriteriaExtractor().criteria(in: words)
        return Requirement(
            id: "", title: RequirementTitle.title(of: words), statement: words, type: classification.type,
            category: classification.category, priority: priority, acceptanceCriteria: criteria,
            confidence: Self.confidence(
                strength: strength, classifier: classification.confidence, measurable: !criteria.isEmpty,
                hasActor: false, hedges: hedges),
            rationale: Requirement.speakerWordingNote + ": reword as one requirement statement before sign-off.",
            sourceRefs: [source])
    }

    /// The cleaned sentence from its clause with the need phrase on, as a statement; `nil` when
    /// what follows the need phrase is a fragment.
    static func speakerWords(_ cleaned: String, match: NeedDetector.Match) -> String? {
        let clauseStart = match.clauseStart
        let carrier =
            match.cue.trailing
            ? match.words[clauseStart..<match.cueStart].map(SpeechCleaner.bare)
            : match.words[match.cueEnd...].map(SpeechCleaner.bare)
        guard carrier.count >= 1, match.cue.trailing || !CandidateFilter.endsInFragment(carrier),
            carrier.contains(where: { !CandidateFilter.emptyWords.contains($0) })
        else { return nil }
        let clause = Array(match.words[clauseStart...])
        let framed = Self.droppingFrame(clause)
        var text = framed.joined(separator: " ")
        text = StatementPolisher.trimmingRationale(text)
        text = StatementBuilder.droppingTrailingNoise(TextCleanup.trim(text, " ,;:-?!."))
        // What is left after trimming must still say something after the need phrase.
        if !match.cue.trailing {
            let kept = text.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
            // The frame dropped from the front moves the need phrase forward.
            let cueAt = max(0, match.cueStart - clauseStart - (clause.count - framed.count))
            let rest = kept.count > cueAt + match.cue.words.count ? Array(kept[(cueAt + match.cue.words.count)...]) : []
            // "Cash at pickup should still be possible": the thing named carries what is asked.
            let possibleThing =
                rest.last.map { ["possible", "option"].contains($0) } == true
                && kept.prefix(cueAt).contains(where: {
                    !CandidateFilter.emptyWords.contains($0) && !CandidateFilter.pointingSubjects.contains($0)
                })
            guard !rest.isEmpty, !CandidateFilter.endsInFragment(rest) || possibleThing,
                possibleThing || rest.contains(where: { !CandidateFilter.emptyWords.contains($0) })
            else { return nil }
        }
        // Fewer than three words is a fragment; more than thirty, a ramble no one can sign.
        guard (3...30).contains(text.split(separator: " ").count) else { return nil }
        return TextCleanup.capitalizedFirst(text) + "."
    }

    /// Whether a modal set between `subject` and `action` reads as English: the subject does not end
    /// in a verb, a negator or a relative "that" ("it wouldn't", "there's no", "parts that"), and
    /// the action opens with a verb, not with a thing ("may something that locks", "should not it
    /// to be …").
    static func modalFits(subject: String, action: String) -> Bool {
        let said = subject.split(separator: " ").map { SpeechCleaner.bare(String($0)) }
        if let last = said.last,
            subjectEnds.contains(last) || last.hasSuffix("n't") || ["no", "not", "never"].contains(last)
        {
            return false
        }
        // "parts that need to fit" opens a relative clause; "a lock like that" ends a subject.
        if said.count >= 2, said[said.count - 1] == "that",
            !CandidateFilter.prepositions.union(["like", "of", "all", "about", "than"]).contains(said[said.count - 2])
        {
            return false
        }
        var opening = action.split(separator: " ").map { SpeechCleaner.bare(String($0)) }[...]
        if opening.first == "not" { opening = opening.dropFirst() }
        guard let first = opening.first else { return false }
        return !StatementBuilder.determiners.contains(first) && !CandidateFilter.pronounObjects.contains(first)
            && !["to", "i", "we", "you", "they", "there", "which", "who", "what"].contains(first)
    }

    /// Need phrases that say what someone wants, which a negator before them turns into a refusal.
    static let wishes: Set<String> = ["want", "wants", "need", "needs", "would like", "prefer"]

    /// Words no subject ends in: an auxiliary, a modal, a pointer or a conjunction.
    static let subjectEnds: Set<String> = [
        "is", "are", "was", "were", "be", "do", "does", "did", "would", "could", "should", "will", "can", "may",
        "might", "must", "have", "has", "had", "which", "and", "or", "but", "if", "so", "there's",
    ]

    /// Words without an opening conjunction and a frame that reports the need ("or we know that we
    /// need to use company colours" → "we need to use company colours").
    static func droppingFrame(_ words: [String]) -> [String] {
        var rest = words[...]
        while let first = rest.first, ["or", "and", "but", "so", "therefore"].contains(SpeechCleaner.bare(first)) {
            rest = rest.dropFirst()
        }
        // "That is that we have to fit a screen", "the thing is that …": a lead-in, not the need.
        let opening = rest.prefix(4).map(SpeechCleaner.bare).joined(separator: " ")
        if let lead = Self.leadIns.first(where: { opening.hasPrefix($0 + " ") }),
            rest.count > lead.split(separator: " ").count + 3
        {
            rest = rest.dropFirst(lead.split(separator: " ").count)
        }
        // "We decided that …", "last week you said that …": who said it frames the need.
        let lower = rest.prefix(8).map(SpeechCleaner.bare)
        if lower.count >= 3, let that = lower.firstIndex(of: "that"), that >= 2,
            lower[..<that].contains(where: { NeedDetector.firstPersonWords.contains($0) || $0 == "you" }),
            Self.framingVerbs.contains(lower[that - 1]), rest.count > that + 3
        {
            rest = rest.dropFirst(that + 1)
        }
        // "…, that they don't want a bell": the clause a frame before the comma reported ("that we
        // need to fix" fronts an object, and keeps it).
        if rest.count > 5, SpeechCleaner.bare(rest[rest.startIndex]) == "that",
            SpeechCleaner.personalSubjects.union(["it", "the", "our"]).contains(
                SpeechCleaner.bare(rest[rest.startIndex + 1]))
        {
            rest = rest.dropFirst()
        }
        return Array(rest)
    }

    static let leadIns = [
        "that is that", "that's that", "the thing is that", "the thing is", "the point is that", "the point is",
        "the problem is that", "the fact is that",
    ]
    static let framingVerbs: Set<String> = [
        "know", "think", "decided", "agreed", "said", "say", "told", "feel", "believe", "guess", "mean", "reckon",
        "suppose",
    ]

    /// Whether words name a participant followed by a modal ("the industrial designer should ...").
    static func assignsTask(_ words: [String], conversation: ConversationContext) -> Bool {
        words.indices.contains { end in
            guard end + 1 < words.count, taskModals.contains(words[end + 1]) else { return false }
            return (max(0, end - 3)...end).contains { start in
                conversation.namesParticipant(Array(words[start...end]))
            }
        }
    }

    /// "we agreed that Tomas would check the supplier prices": a decision that opens with a person's name
    /// and a modal hands that person a task. The name is a capitalised word that is not the first
    /// of the sentence, not "I" and not an acronym.
    static func namesPersonForTask(_ said: [String]) -> Bool {
        var words = said[...]
        if words.first.map(SpeechCleaner.bare) == "that" { words = words.dropFirst() }
        guard words.count >= 3, let name = words.first, let first = name.first, first.isUppercase,
            name.dropFirst().allSatisfy({ $0.isLowercase }), name.count > 1
        else { return false }
        return ["would", "will", "should", "is", "was", "could", "can", "has", "had"].contains(
            SpeechCleaner.bare(words[words.startIndex + 1]))
    }

    static let taskModals: Set<String> = ["should", "must", "will", "has", "have", "needs", "is", "was", "can"]

    /// The first words of need phrases that oblige rather than wish ("have to", "need to", "must").
    static let obligationCues: Set<String> = [
        "have", "has", "need", "needs", "must", "should", "got", "gotta", "ought", "shall", "supposed",
    ]

    /// The words by which a design team speaks of itself.
    static let teamWords: Set<String> = ["we", "us", "our"]

    /// Whether a rewrite's condition says "users" or "staff" for the team's "we" ("if we have a scroll wheel,
    /// the chip has to be faster" → "… if users have a scroll wheel"): the sentence is then kept
    /// whole, condition and all.
    static func turnsTeamIntoUsers(condition: String?, of sentence: String) -> Bool {
        guard let condition, TextTokens(condition).words.contains(where: ["users", "staff"].contains) else {
            return false
        }
        let said = TextTokens(sentence).words
        return said.contains(where: teamWords.contains)
            && !said.contains(where: { $0.hasPrefix("user") || $0 == "staff" })
    }

    /// Subjects that only point back: "it should be the same", "that has to be good".
    /// Whether rewriting a wish would guess at its meaning, so it is kept in the speaker's words:
    /// "it" standing for a clause ("it should be clear that ..."); a cleft ("all you really need is
    /// four buttons", "the next part they want is ..."), where the
    /// need's object comes after "is", or a group's wish ("they want", "most people want to have"),
    /// where the rewrite would have to name who "they" are.
    /// Whether what `sentence` says after the clause `kept` only restates the clause's "only" in
    /// the negative ("It should only work with the TV, so no video recorder or anything."): no
    /// negation is lost by leaving it out.
    static func restatesOnly(_ kept: String, in sentence: String) -> Bool {
        guard TextTokens(kept).words.contains("only"), !NegationPolarity.isNegated(kept) else { return false }
        let words = sentence.split(separator: " ").map(String.init)
        guard let only = words.firstIndex(where: { SpeechCleaner.bare($0) == "only" }),
            let comma = words[only...].firstIndex(where: { $0.hasSuffix(",") })
        else { return false }
        let rest = words[(comma + 1)...].map(SpeechCleaner.bare).drop {
            ["so", "and", "thus", "therefore"].contains($0)
        }
        // The restatement is all that is negated after the comma ("so no video recorder or anything").
        return rest.first == "no" && !NegationPolarity.isNegated(words[...comma].joined(separator: " "))
            && !rest.dropFirst().contains(where: { ["not", "don't", "dont", "never", "can't", "won't"].contains($0) })
    }

    /// Adjectives that say what doing something to a thing is like ("easy to use", "comfortable
    /// to hold"), whose "it" is the thing.
    static let toughAdjectives: Set<String> = [
        "easy", "easier", "hard", "harder", "simple", "simpler", "difficult", "comfortable", "convenient", "quick",
        "quicker", "pleasant", "fun", "safe", "intuitive",
    ]

    static func rewriteWouldGuess(subject: [String], cue: NeedCue, predicate: [String]) -> Bool {
        // "I'd love stock someday": what is loved may be a thing or a doing ("stock" either), so
        // the wish stays in the speaker's words.
        if cue.words.last == "love" { return true }
        // "It should be clear that the logo is seen": "it" stands for the clause, not the product;
        // in "it should be easy to use" a "to" with a bare verb at the end says what it is like to
        // use the thing "it" is.
        if subject == ["it"], predicate.first == "be",
            let joint = predicate.indices.dropFirst(2).prefix(2).first(where: {
                predicate[$0] == "that" || predicate[$0] == "to"
            }),
            predicate[joint] == "that" || predicate.count - joint > 2
                || !predicate[1..<joint].contains(where: Self.toughAdjectives.contains)
        {
            return true
        }
        // "I need to be able to set it myself": a verb whose only object points back says nothing a
        // rewrite could name, and the rewrite would put "users" where the speaker said "I".
        let content = predicate.filter {
            !CandidateFilter.emptyWords.contains($0) && !Self.pointingWords.contains($0)
                && !["be", "able", "to", "myself", "ourselves", "themselves", "yourself"].contains($0)
        }
        // "for that release" names its own thing, so a pointer after a preposition does not count.
        let pointsBack = predicate.indices.contains { index in
            ["it", "that", "them"].contains(predicate[index])
                && (index == 0 || !CandidateFilter.prepositions.contains(predicate[index - 1]))
        }
        if Set(content).count <= 1, pointsBack,
            (subject + cue.words).contains(where: { NeedDetector.firstPersonWords.contains($0) || $0.hasPrefix("i'") }),
            // "use it" alone is no need at all, which the rewrite's own checks find.
            !CandidateFilter().isEmpty(action: predicate.joined(separator: " "))
        {
            return true
        }
        guard let wish = cue.words.last, Self.wishVerbs.contains(wish) else { return false }
        if let next = predicate.first, ["is", "are", "was", "were"].contains(next) { return true }
        // "They all want numbers": a quantifier after the group is still the group.
        guard let head = NeedDetector.droppingNegation(subject).last(where: { !["all", "both", "each"].contains($0) })
        else { return false }
        return Self.groupWords.contains(head)
    }

    static let wishVerbs: Set<String> = ["want", "wants", "need", "needs", "require", "requires", "like"]
    /// Subjects that stand for a group the conversation talks about, not an actor of the product.
    static let groupWords: Set<String> = [
        "they", "people", "everybody", "everyone", "somebody", "someone", "nobody", "most", "many", "some", "others",
    ]

    static let pointingWords: Set<String> = ["it", "this", "that", "they", "these", "those", "which", "there"]

    /// Whether a predicate points back at something said before ("we don't want that", "we need
    /// them"); "this" or "that" before a noun ("card payments in this tool") names, and points at
    /// nothing.
    static func pointsBack(_ predicate: [String]) -> Bool {
        predicate.indices.contains { index in
            let word = predicate[index]
            guard pointingWords.contains(word) || word == "them" else { return false }
            guard ["this", "that", "these", "those"].contains(word), index + 1 < predicate.count else { return true }
            let next = predicate[index + 1]
            return CandidateFilter.emptyWords.contains(next) || CandidateFilter.prepositions.contains(next)
        }
    }
    /// Conjunctions that may open the words before a need phrase ("'cause I have to").
    static let clauseOpeners: Set<String> = ["cause", "'cause", "because", "since", "so", "and", "but", "as"]
    /// Qualities a product is given in a design discussion: size, weight, feel, cost and ease of use.
    static let productQualities: Set<String> = [
        "small", "smaller", "slim", "thin", "light", "lighter", "compact", "portable", "handy", "big", "bigger",
        "large", "cheap", "cheaper", "affordable", "inexpensive", "simple", "simpler", "easy", "easier",
        "intuitive", "robust", "durable", "sturdy", "waterproof", "ergonomic", "comfortable", "sleek", "stylish",
        "trendy", "modern", "fancy", "colourful", "colorful", "bright", "soft", "hard", "flat", "round",
        "curved", "rechargeable", "wireless", "cordless", "quiet", "silent", "fast", "quick", "user-friendly",
        "lightweight", "reliable", "safe", "innovative", "original", "elegant", "practical", "solid",
    ]
    /// Qualities named as nouns ("the ergonomics", "the weight").
    static let qualityNouns: Set<String> = [
        "ergonomics", "durability", "size", "weight", "safety", "reliability", "usability", "security",
        "privacy", "performance", "speed", "comfort", "simplicity", "portability", "robustness", "accessibility",
        "appearance", "look", "feel",
    ]
    /// How many words to skip after a need phrase that shows it broken off, to where the speaker
    /// goes on: a joining word straight after it ("have to so …", 1), or an article straight after
    /// its "to" ("need to the …", 0); `nil` when the phrase goes on as a need.
    static func brokenOffSkip(cue: [String], predicate: [String]) -> Int? {
        guard let first = predicate.first.map(SpeechCleaner.bare), predicate.count >= 3 else { return nil }
        if ["so", "and", "but", "because"].contains(first) { return 1 }
        return cue.last == "to" && ["the", "a", "an"].contains(first) ? 0 : nil
    }

    /// Whether a predicate says what the product runs on ("work on phones", "run on any tablet").
    static func namesPlatform(_ predicate: [String]) -> Bool {
        let verb = predicate.drop { $0 == "to" || $0 == "also" }
        guard let first = verb.first, ["work", "run"].contains(first), verb.dropFirst().first == "on" else {
            return false
        }
        return verb.dropFirst(2).prefix(3).contains(where: NeedDetector.platforms.contains)
    }

    /// Whether a subject is a share of people ("most people", "other people", "a lot of users").
    static func reportsSurvey(_ subject: [String]) -> Bool {
        var words = subject[...]
        while let last = words.last, NeedDetector.subjectAdverbs.contains(last) { words = words.dropLast() }
        guard let head = words.last, ["people", "users", "consumers", "customers"].contains(head) else {
            return false
        }
        return words.dropLast().contains(where: { ["most", "other", "some", "many", "lot", "few"].contains($0) })
    }

    /// Whether a wish is no one's wish for the product: a thing that will not work
    /// (``thingRefuses(_:cue:)``), or a preference for an option shown in the room ("I prefer this
    /// one", "we like the other one"), which names nothing a reader could check.
    static func isNoWish(subject: [String], predicate: [String], cue: NeedCue) -> Bool {
        if thingRefuses(subject, cue: cue) { return true }
        guard let wish = cue.words.last, ["prefer", "like", "want", "wants", "choose", "pick"].contains(wish) else {
            return false
        }
        let object = Array(predicate.prefix(3))
        return object.starts(with: ["this", "one"]) || object.starts(with: ["that", "one"])
            || object.starts(with: ["these", "ones"]) || object.starts(with: ["those", "ones"])
            || object.count == 3 && object[0] == "the" && object[2] == "one"
                && ["first", "second", "third", "last", "other", "left", "right", "top", "bottom"].contains(object[1])
    }

    /// "The projector doesn't want to see my laptop", "it won't want to start": a thing that will
    /// not work, said as if it had a will; no one's wish.
    static func thingRefuses(_ subject: [String], cue: NeedCue) -> Bool {
        guard let wish = cue.words.last, ["want", "wants"].contains(wish) else { return false }
        let words = subject.filter { !NeedDetector.subjectAdverbs.contains($0) }
        guard
            let negation = words.lastIndex(where: {
                ["doesnt", "doesn't", "didnt", "didn't", "wont", "won't"].contains($0)
            }),
            negation > 0
        else { return false }
        let head = words[negation - 1]
        return head == "it"
            || Self.devices.contains(head)
                && words[..<(negation - 1)].contains(where: {
                    ["the", "my", "our", "this", "that", "your"].contains($0)
                })
    }

    /// Things that people say "won't want to" work.
    static let devices: Set<String> = [
        "projector", "laptop", "computer", "printer", "scanner", "screen", "phone", "machine", "camera", "router",
        "wifi", "network", "server", "connection", "door", "car", "engine", "file", "thing", "page", "mouse", "pen",
        "microphone", "mic", "video", "sound",
    ]

    /// Whether a predicate gives the look, feel or fit of a thing ("look different", "feel soft",
    /// "fit into the hand"), not something to do ("look at the options", "feel free to").
    static func describesLookOrFeel(_ predicate: [String]) -> Bool {
        guard let verb = predicate.first, let next = predicate.dropFirst().first else { return false }
        switch verb {
        case "look", "feel": return !CandidateFilter.prepositions.contains(next) && !["free", "like"].contains(next)
        case "fit": return ["in", "into"].contains(next)
        // "make it lighter", "make it really small": a quality the team gives the thing.
        case "make": return next == "it" && predicate.dropFirst(2).prefix(3).contains(where: productQualities.contains)
        default: return false
        }
    }

    /// "Lena said we'd have …": someone else's words, reported.
    static let reportingVerbs: Set<String> = ["said", "says", "told", "tells", "mentioned", "reckons", "thinks"]

    /// "we need to be able to ...", "we want people to be able to ...": an ability, said for users.
    static func saysAbility(_ match: NeedDetector.Match) -> Bool {
        let after = match.words[match.cueEnd...].prefix(6).map(SpeechCleaner.bare).joined(separator: " ")
        return after.contains("be able to")
    }
}
