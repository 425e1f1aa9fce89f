/// Rejects need readings that state nothing a system could be built or tested against.
///
/// Each rule looks at the words around the need phrase (``NeedDetector/Match``) or at the action a
/// ``StatementBuilder`` made of them:
/// - ``Reason/emptyAction``: the action has no content of its own ("do it", "use it", "cope with
///   that", "stop", "be fine"): a verb with only pronoun objects, a generic verb with nothing after
///   it, or an adverb where the object should be.
/// - ``Reason/noVerb``: a bare modal followed by no verb ("that's a shall for me", "ASAP may before").
/// - ``Reason/subordinateCue``: the need phrase sits inside an "if/when/unless" clause with no
///   main clause of its own ("if they can't, they just don't show up").
/// - ``Reason/ability``: a person's (in)ability, not a need ("we can't breathe", "they can't hit
///   small buttons"); "we can't have X" still counts.
/// - ``Reason/hypothetical``: a consequence ("they'd have to ask the recipient").
/// - ``Reason/metaTalk``: the meeting itself ("get the requirements into shape before refinement",
///   "I need to double-check their SLA").
/// - ``Reason/doubt``: doubt about someone else's opinion ("I'm not sure the doctors would like it").
/// - ``Reason/quoted``: a need inside quotation marks, quoted as an example of what callers say.
/// - ``Reason/question``: a question the transcript did not mark ("or do I need to use more colours").
package struct CandidateFilter: Sendable {
    /// Why a candidate was rejected.
    package enum Reason: String, Sendable, Hashable, CaseIterable {
        case emptyAction = "empty_action"
        case noVerb = "no_verb"
        case subordinateCue = "subordinate_cue"
        case ability
        case hypothetical
        case metaTalk = "meta_talk"
        case doubt
        case quoted
        case embeddedClause = "embedded_clause"
        case verdict
        case rambling
        case question
    }

    /// Words a subject may take before the need phrase; more is a ramble, not a statement.
    static let maximumSubjectWords = 12

    package init() {}

    /// Why the need reading `match` is not a requirement, or `nil` when it may be one.
    package func rejection(of match: NeedDetector.Match) -> Reason? {
        let lower = match.words.map(SpeechCleaner.bare)
        let clauseStart = match.clauseStart
        let subject = Array(lower[clauseStart..<match.cueStart])
        let after = Array(lower[match.cueEnd...])
        let cue = match.cue.words
        if subject.contains(where: { Self.subordinators.contains($0) }) { return .subordinateCue }
        // "... or \"I need to move my appointment\"": a need quoted from someone else's mouth.
        let quotesBefore = match.words[..<match.cueStart].joined().filter { "\"\u{201C}\u{201D}".contains($0) }
        if quotesBefore.count % 2 == 1 { return .quoted }
        if Self.containsSequence(lower[..<match.cueStart], Self.doubtPhrases) { return .doubt }
        if Self.sparesSomeone(match, lower: lower) { return .subordinateCue }
        // "If my mother can't buy a ticket on her own, it's not good enough": what someone cannot do,
        // inside the condition of a verdict.
        if ["can't", "cannot"].contains(cue.last ?? ""),
            lower[..<match.cueStart].contains(where: Self.subordinators.contains)
        {
            return .subordinateCue
        }
        // "what we need is ...", "which buttons do we want", "how we should design it": a need phrase
        // inside a wh-clause asks or describes; it states nothing.
        if let first = subject.first(where: { !SpeechCleaner.leadingDiscourse.contains($0) }),
            ConfirmedProposal.openQuestions.contains(first) || first == "whether"
        {
            return .embeddedClause
        }
        // "or do I need to use more colours", "I had a question, do we want to go on": a question
        // that the transcript did not mark with a question mark.
        if Self.asksQuestion(subject) { return .question }
        // "... what we have to fit in there", "users who want spongy remotes": a need phrase in a
        // wh- or relative clause describes; it states nothing.
        if subject.contains(where: { Self.clauseOpeners.contains($0) }) { return .embeddedClause }
        // "I've been looking at the basics of how these devices actually have to work": a ramble
        // whose subject no statement could carry.
        if subject.count > Self.maximumSubjectWords { return .rambling }
        // "people between fifteen and thirty-five would want": a clause cut at an "and" inside a
        // range leaves a number for a subject.
        if let head = subject.first, head != "one", SpokenNumbers.numeral(head) != nil,
            subject.dropFirst().allSatisfy({ ["would", "will", "do", "really", "also", "all"].contains($0) })
        {
            return .noVerb
        }
        // "gonna have to swap them", "them should watch": a broken or object-case subject.
        // "I'd need to be able to book for him": the speaker's own ability, wanted with "would".
        let wantedAbility = ["i'd", "we'd"].contains(subject.last ?? "") && after.starts(with: ["be", "able", "to"])
        // "I'd want the system to make the invoice": a wish, as "I'd like" is.
        let wishedWithWould = ["i'd", "we'd"].contains(subject.last ?? "") && cue == ["want"]
        // "I just want the address to open": an adverb after a whole subject breaks nothing.
        let spoken =
            (2...3).contains(subject.count) && NeedDetector.subjectAdverbs.contains(subject.last ?? "")
                && !subject.dropLast().contains(where: NeedDetector.subjectAdverbs.contains)
            ? Array(subject.dropLast()) : subject
        if let head = spoken.last, Self.brokenSubjects.contains(head), !wantedAbility, !wishedWithWould {
            return .noVerb
        }
        // "it should be a good idea", "that should be alright": a verdict on an idea, not a property.
        // Said of a thing named ("cheapest first should be the default"), only an idea is judged.
        let pointing = subject.allSatisfy { Self.pointingSubjects.contains($0) }
        // "It should be possible to cancel a rental": what is possible is the need, not a verdict.
        let possibleAction =
            after.starts(with: ["be", "possible", "to"]) || after.starts(with: ["be", "possible", "for"])
        if !possibleAction,
            Self.containsSequence(
                after.prefix(5)[...], (pointing ? Self.verdicts : Self.ideaVerdicts).map { ["be"] + $0 })
        {
            return .verdict
        }
        // "We have to decide …", and "they want us to decide …": the team is to decide, in both.
        let asksTeam = after.starts(with: ["us", "to"]) || after.starts(with: ["me", "to"])
        if subjectIsFirstPersonOrEmpty(subject) || asksTeam,
            Self.containsSequence(after.prefix(asksTeam ? 5 : 4)[...], Self.decisionTalk)
        {
            return .metaTalk
        }
        // "let's keep in mind that point", "we'll go through the agenda": a decision cue that goes on
        // into something the meeting does.
        if match.cue.decision, let verb = cue.last,
            NeedDetector.meetingActivities.contains(where: { Array([verb] + after.prefix($0.count - 1)) == $0 })
                || NeedDetector.meetingActivities.contains(where: { after.starts(with: $0) })
        {
            return .metaTalk
        }
        if ["can't", "cannot", "can"].contains(cue.last ?? ""), cue.count == 1,
            let head = subject.last,
            Self.personPronouns.contains(head) || StatementBuilder.personNouns.contains(StatementBuilder.singular(head))
        {
            return .ability
        }
        // "Someone stays over and can't find the switch": the person of the first clause is the
        // subject of the second, and what they cannot do is a story, not a need.
        if ["can't", "cannot"].contains(cue.last ?? ""), cue.count == 1,
            subject.allSatisfy({ ["and", "but", "so", "then", "just"].contains($0) }),
            lower[..<clauseStart].contains(where: {
                Self.personPronouns.contains($0) || StatementBuilder.personNouns.contains(StatementBuilder.singular($0))
                    || Self.indefinitePeople.contains($0)
            })
        {
            return .ability
        }
        // "Sixty percent want to dim it", "the majority need a bigger screen": a survey's share of
        // people, which is research until someone makes it a property of the product.
        // "Not everybody wants to install an app": some people, not all, which is as much a share.
        if subject.contains(where: { Self.shareWords.contains($0) || $0.hasSuffix("%") })
            || Self.containsSequence(subject[...], [["per", "cent"]])
            || zip(subject, subject.dropFirst()).contains(where: {
                $0.0 == "not" && ["everybody", "everyone", "all", "every"].contains($0.1)
            })
        {
            return .metaTalk
        }
        // "they'd have to ask", "that would have to be specific": a consequence, not a need.
        if let head = subject.last, head.hasSuffix("'d") || Self.conditionalAuxiliaries.contains(head),
            ["have", "has", "need", "needs", "must"].contains(cue.first ?? ""), !wantedAbility
        {
            return .hypothetical
        }
        // "You might want to add a bell": a suggestion to weigh, not a need anyone stated.
        if let head = subject.last, ["might", "could", "may"].contains(head), cue == ["want"] {
            return .hypothetical
        }
        // "Sorry, I should have said", "we could have bought one": a past that did not happen.
        if let modal = cue.last, ["should", "could", "would", "must", "might"].contains(modal), after.first == "have",
            let participle = after.dropFirst().first, Self.isPastParticiple(participle)
        {
            return .hypothetical
        }
        // "Otherwise we need a second server for the backups": what the other way would take.
        if subject.first == "otherwise" { return .hypothetical }
        // "We will have alternatives like speech recognition or a whistle": options to weigh, none
        // chosen.
        if let object = after.prefix(4).firstIndex(where: { ["alternatives", "possibilities"].contains($0) }),
            object + 1 < after.count, ["like", "such"].contains(after[object + 1])
        {
            return .hypothetical
        }
        // "The agenda has to …", "the presentation should …": the meeting, not the product.
        if Self.namesMeeting(subject) { return .metaTalk }
        let subjectIsFirstPerson = subject.contains { NeedDetector.firstPersonWords.contains($0) }
        // "I have to leave at twelve", "I really have to run": the speaker's own day, where a thing
        // left or run ("run another server") would follow the verb.
        if subjectIsFirstPerson, let verb = after.firstIndex(where: { !Self.fillers.contains($0) }),
            ["leave", "run", "go", "dash", "hurry"].contains(after[verb]),
            verb + 1 == after.count
                || ["at", "now", "soon", "early", "in", "by", "before", "so", "after"].contains(after[verb + 1])
        {
            return .metaTalk
        }
        if subjectIsFirstPerson, let verb = after.first(where: { !Self.fillers.contains($0) }),
            Self.meetingVerbs.contains(verb)
                || (after.count >= 2 && Self.meetingPhrases.contains([after[0], after[1]]))
        {
            return .metaTalk
        }
        // "We'll have an easier task": the team speaks in the need phrase itself, too. Requirements
        // count only in the first clause: "we should bring new ideas, as the requirements say" speaks
        // of the product, "we need to get the requirements into shape" of the meeting's work.
        let cueIsFirstPerson = cue.first.map { $0 == "we" || $0.hasPrefix("we'") || $0 == "i" } ?? false
        let firstClause = Self.firstClause(of: Array(match.words[match.cueEnd...]))
        if Self.namesMeeting(firstClause) || Self.namesMeeting(after.filter { $0 != "requirements" }),
            subjectIsFirstPerson || cueIsFirstPerson
        {
            return .metaTalk
        }
        // "The whole team needs the questionnaire": whoever needs it, the thing needed is the meeting's.
        if let object = firstClause.first(where: { !StatementBuilder.determiners.contains($0) && $0 != "to" }),
            Self.meetingNouns.contains(object) && object != "minutes"
        {
            return .metaTalk
        }
        // "The target group is commuters under forty": who the product is for is context, not a
        // requirement on it.
        if Self.containsSequence(subject[...], Self.marketSubjects)
            || match.cue.decision && Self.containsSequence(after.prefix(4)[...], Self.marketSubjects)
        {
            return .metaTalk
        }
        // "That means we need a second kiosk", "which means they have to queue": a consequence
        // reasoned out, not a need stated.
        if Self.containsSequence(lower[..<match.cueStart], Self.consequenceMarkers),
            !(lower.starts(with: ["but", "then"]) && NeedDetector.namesAPart(Array(lower.dropFirst(2))))
        {
            return .hypothetical
        }
        // "This is what we should target": the need is a pointer, and nothing a reader could check.
        if subject.count >= 3, Self.pointingSubjects.contains(subject[0]), ["is", "was"].contains(subject[1]),
            ["what", "that"].contains(subject[2])
        {
            return .verdict
        }
        // "There is one problem then the user has to learn each button": a difficulty described.
        if lower[..<match.cueStart].contains(where: Self.difficultyNouns.contains) { return .doubt }
        // "That suggestion needs to go back to management": the meeting hands an idea on.
        if Self.refersIdea(subject: subject, after: after) { return .metaTalk }
        // "something that should be addressed later": the agenda, whoever the subject is.
        if Self.containsSequence(after.prefix(6)[...], Self.postponedTalk) { return .metaTalk }
        if Self.bareModals.contains(cue), let first = after.first, Self.nonVerbStarts.contains(first) {
            return .noVerb
        }
        return nil
    }

    /// Whether an action ("be able to use it", "provide honestly", "stop") has no content of its own.
    package func isEmpty(action: String) -> Bool {
        let mainClause = action.split(separator: ",", maxSplits: 1).first.map(String.init) ?? action
        var words = TextTokens(mainClause).words
        if words.starts(with: ["be", "able", "to"]) { words.removeFirst(3) }
        if words.first == "provide" || words.first == "do" { words.removeFirst() }
        // "It has to be up during the day": "up" is running, available.
        if words.starts(with: ["be", "up"]) { return false }
        // "It must not go down", "the site can't break down": failing, a phrasal verb of its own.
        if words.count >= 2, ["go", "break", "fall"].contains(words[0]), words[1] == "down" { return false }
        // "It should still work if the internet is down": working under a condition is the need.
        if let verb = words.first(where: { !Self.operatingAdverbs.contains($0) }), Self.operatingVerbs.contains(verb),
            let cut = words.firstIndex(where: { ["if", "when", "while", "during", "even"].contains($0) }),
            cut <= 3, words.count >= cut + 3,
            words[(cut + 1)...].contains(where: {
                !Self.emptyWords.contains($0) && !Self.pronounObjects.contains($0)
                    && !["want", "wants", "like", "need", "needs", "can", "could"].contains($0)
            })
        {
            return false
        }
        // A rationale or alternative starts something else: "use it, because ...", "do it or ...".
        if let cut = words.firstIndex(where: { Self.clauseBreaks.contains($0) }) { words = Array(words[..<cut]) }
        let content = words.filter { !Self.emptyWords.contains($0) && !($0.hasSuffix("ly") && $0.count > 4) }
        if content.allSatisfy({ Self.genericVerbs.contains($0) }) { return true }
        // A verb whose only object is a pronoun: "show that", "reset it", "set it up".
        if content.count == 1, words.count > 1, words.first == content.first,
            words.dropFirst().contains(where: Self.pronounObjects.contains),
            words.dropFirst().allSatisfy({ Self.pronounObjects.contains($0) || Self.particles.contains($0) })
        {
            return true
        }
        return false
    }

    /// Whether an action or clause stops mid-phrase ("require the", "be able to", "look at our"):
    /// the speaker broke off, so there is nothing to state.
    package static func endsInFragment(_ lower: [String]) -> Bool {
        guard let lastIndex = lower.lastIndex(where: { !$0.isEmpty && !trailingNoise.contains($0) }) else {
            return true
        }
        // "we want to have a no, …": an article before "no" shows the speaker broke off and denied.
        if lower[lastIndex] == "no", lastIndex > 0, ["a", "an", "the"].contains(lower[lastIndex - 1]) { return true }
        // "avoid ambiguities like these": the pointer stands for an example, not a noun to come.
        if lastIndex > 1, lower[lastIndex - 1] == "like", ["this", "these", "that", "those"].contains(lower[lastIndex])
        {
            return false
        }
        // "see who the families are", "show where it is": an embedded question ends on its verb.
        if ["is", "are"].contains(lower[lastIndex]), lastIndex >= 2,
            lower[max(0, lastIndex - 5)..<(lastIndex - 1)].contains(where: {
                ["who", "what", "where", "how", "which"].contains($0)
            })
        {
            return false
        }
        return fragmentEnds.contains(lower[lastIndex])
    }

    /// Words a finished clause does not end on. Prepositions are not among them ("the languages we
    /// print leaflets in"), nor "when" ("who did it and when").
    static let fragmentEnds: Set<String> = [
        "the", "a", "an", "to", "of", "and", "or", "that", "which", "as", "so", "because", "but", "this", "these",
        "our", "your", "their", "its", "my", "is", "are", "be", "some", "any", "than", "if", "like", "very", "more",
        "most", "kind", "sort", "gonna", "wanna", "would", "will", "should", "could", "can", "it's", "there's",
    ]
    /// Words a speaker trails off with after the content ("... the big one, yeah").
    static let trailingNoise: Set<String> = ["yeah", "yes", "right", "okay", "ok", "so", "um", "uh", "and", "but"]

    static func containsSequence(_ words: ArraySlice<String>, _ phrases: [[String]]) -> Bool {
        let array = Array(words)
        return phrases.contains { phrase in
            array.indices.contains { start in
                start + phrase.count <= array.count && array[start..<(start + phrase.count)].elementsEqual(phrase)
            }
        }
    }

    /// Whether the words before a need phrase invert an auxiliary and a person ("do we", "should I").
    static func asksQuestion(_ subject: [String]) -> Bool {
        zip(subject, subject.dropFirst()).contains { auxiliary, person in
            Self.questionAuxiliaries.contains(auxiliary) && Self.personPronouns.contains(person)
        }
    }

    static let questionAuxiliaries: Set<String> = [
        "do", "does", "did", "should", "shall", "can", "could", "would", "will", "are", "is", "have", "must",
    ]
    static let conditionalAuxiliaries: Set<String> = ["would", "might", "could"]

    private func subjectIsFirstPersonOrEmpty(_ subject: [String]) -> Bool {
        subject.isEmpty || subject.contains { NeedDetector.firstPersonWords.contains($0) }
    }

    /// Whether `action` is working or running ("still work", "keep running") and `condition` says
    /// when ("if the internet is down"): together they say something, though the verb alone does not.
    static func operatesUnder(_ action: String, _ condition: String?) -> Bool {
        guard let condition else { return false }
        let words = TextTokens(action).words.filter { !operatingAdverbs.contains($0) }
        return words.count <= 2 && words.first.map(operatingVerbs.contains) == true
            && ["if", "when", "while", "during", "even"].contains(TextTokens(condition).words.first ?? "")
    }

    static let operatingVerbs: Set<String> = ["work", "run", "keep", "continue"]
    static let operatingAdverbs: Set<String> = ["still", "always", "also", "just"]
}

extension CandidateFilter {
    /// "We use a rechargeable battery, so people don't have to buy batteries": what someone is
    /// spared, said after a comma as the purpose of what comes before, is the reason for it, not
    /// a need of its own. A sentence that opens with "So" still states one.
    static func sparesSomeone(_ match: NeedDetector.Match, lower: [String]) -> Bool {
        guard ["have", "need", "needs", "has"].contains(match.cue.words.first ?? ""),
            let so = lower[..<match.cueStart].lastIndex(of: "so"), so > 0, so + 1 >= match.clauseStart,
            match.words[so - 1].hasSuffix(",") || lower[so - 1] == "and"
        else { return false }
        let clause = lower[(so + 1)..<match.cueStart]
        return clause.contains(where: { ["don't", "doesn't", "won't", "not", "never", "dont"].contains($0) })
            && clause.contains(where: {
                personPronouns.contains($0) || indefinitePeople.contains($0) || $0 == "nobody"
                    || StatementBuilder.personNouns.contains(StatementBuilder.singular($0))
            })
    }
}
