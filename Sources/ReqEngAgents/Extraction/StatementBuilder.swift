/// Turns a detected need into a ``NormalizedStatement``: who (actor), does what (action), when
/// (condition).
///
/// The subject before the need phrase decides the actor: the system ("the app", "it", nothing),
/// a named role ("Receptionists must be able to ..." → "receptionist"), the speaker ("we need to be
/// able to ..." → the speaker's role, else "user"), or a thing in a passive statement ("all exports
/// must be signed", no actor). "need the app to X" and "would be nice if the app could X" are read
/// through to the inner subject and verb.
package struct StatementBuilder: Sendable {
    package init() {}

    /// The statement, or `nil` when no verb phrase follows the need (it was not a requirement).
    package func build(_ match: NeedDetector.Match, speakerRole: String?) -> NormalizedStatement? {
        var words = match.words
        var lower = words.map(SpeechCleaner.bare)
        var cueStart = match.cueStart
        var cueEnd = match.cueEnd
        var negated = match.cue.negated

        var condition: String?
        if let first = lower.first, Self.conditionWords.contains(first),
            let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma < cueStart
        {
            condition = TextCleanup.lowercasedFirst(TextCleanup.trim(words[...comma].joined(separator: " "), " ,"))
            words.removeFirst(comma + 1)
            lower.removeFirst(comma + 1)
            cueStart -= comma + 1
            cueEnd -= comma + 1
        }
        let clauseStart = Self.lastClauseBoundary(Array(words[..<cueStart]), keepingPairs: match.cue.trailing)
        var subjectWords = Array(words[clauseStart..<cueStart])
        var subjectLower = Array(lower[clauseStart..<cueStart])
        // "I'd like to track my orders": the cue carries its own subject, the speaker.
        if subjectLower.isEmpty, let speaker = Self.speakerInCue(match) {
            subjectWords = [speaker]
            subjectLower = [speaker]
        }
        // "Dr. Lee said the reports need to ...": the need is the reported clause's, not the reporter's.
        if let said = subjectLower.lastIndex(where: { Self.speechVerbs.contains($0) }), said + 1 < subjectLower.count {
            let start = subjectLower[said + 1] == "that" ? said + 2 : said + 1
            subjectWords = Array(subjectWords[start...])
            subjectLower = Array(subjectLower[start...])
        }
        // "Once a payment has settled it must not ...": the pronoun stands for the condition's noun.
        if condition == nil, let (spoken, noun) = Self.leadingCondition(subjectWords, subjectLower) {
            condition = spoken
            subjectWords = noun
            subjectLower = noun.map(SpeechCleaner.bare)
        }
        var rest = Array(words[cueEnd...])
        var restLower = Array(lower[cueEnd...])

        // Read through "we need the app to X", "would be nice if the app could X", "make sure the app X".
        let leadsIntoClause =
            match.cue.words.last == "if" || match.cue.words.last == "that"
            || match.cue.words == ["make", "sure"] || match.cue.words == ["ideally"]
            || match.cue.words == ["optionally"] || Self.isObjectThenTo(restLower)
        var readThrough = false
        if leadsIntoClause, let inner = NeedDetector.firstCue(in: restLower), inner.1 > 0 {
            subjectWords = Array(rest[..<inner.1])
            subjectLower = Array(restLower[..<inner.1])
            negated = negated || inner.0.negated
            rest = Array(rest[(inner.1 + inner.0.words.count)...])
            restLower = Array(restLower[(inner.1 + inner.0.words.count)...])
            readThrough = true
        } else if ["make sure", "make sure that", "ensure that"].contains(match.cue.words.joined(separator: " "))
            || match.cue.words.last == "that",
            let (subject, predicate) = Self.copulaClause(rest) ?? Self.actionClause(rest)
        {
            // "make sure it's waterproof", "make sure the lock is light": the clause's subject is
            // the requirement's, and what it is to be is the action.
            subjectWords = subject
            subjectLower = subject.map(SpeechCleaner.bare)
            rest = predicate
            restLower = predicate.map(SpeechCleaner.bare)
            readThrough = true
        } else if leadsIntoClause, match.cue.words.last == "if",
            let verb = restLower.indices.dropFirst().prefix(4).first(where: {
                StatementPolisher.isInflectedVerb(restLower[$0]) && !restLower[$0].hasSuffix("ing")
            })
        {
            // "it would be nice if the system warned us": the wish is the clause, said in the past tense.
            subjectWords = Array(rest[..<verb])
            subjectLower = Array(restLower[..<verb])
            rest = [StatementPolisher.baseForm(restLower[verb])] + Array(rest[(verb + 1)...])
            restLower = [StatementPolisher.baseForm(restLower[verb])] + Array(restLower[(verb + 1)...])
            readThrough = true
        } else if leadsIntoClause, ["ideally", "optionally"].contains(match.cue.words[0]),
            let verb = ProductStatement.presentVerbAfterSubject(restLower)
        {
            // "Ideally the kiosk scans the book the moment it goes in": the wish, in the present.
            let base =
                restLower[verb] == "is" || restLower[verb] == "are"
                ? "be" : restLower[verb].hasSuffix("s") ? DesignDescription.baseForm(restLower[verb]) : restLower[verb]
            subjectWords = Array(rest[..<verb])
            subjectLower = Array(restLower[..<verb])
            rest = [base] + Array(rest[(verb + 1)...])
            restLower = [base] + Array(restLower[(verb + 1)...])
            readThrough = true
        } else if let toIndex = restLower.firstIndex(of: "to"), Self.isObjectThenTo(restLower) {
            // "want them to be able to …": the object is the subject, in the subject's case.
            let subjectCase = ["them": "they", "us": "we", "me": "I"]
            subjectWords = rest[..<toIndex].map { subjectCase[SpeechCleaner.bare($0)] ?? $0 }
            subjectLower = restLower[..<toIndex].map { subjectCase[$0]?.lowercased() ?? $0 }
            rest = Array(rest[(toIndex + 1)...])
            restLower = Array(restLower[(toIndex + 1)...])
            readThrough = true
        }
        // "we can't have the app logging us out": the app shall not log users out; "we can't have
        // customers thinking X": the system shall not let customers think X.
        if match.cue.words.last == "have",
            let gerund = restLower.indices.dropFirst().prefix(4).first(where: {
                restLower[$0].hasSuffix("ing") && restLower[$0].count > 5
            })
        {
            subjectWords = Array(rest[..<gerund])
            subjectLower = Array(restLower[..<gerund])
            rest = [StatementPolisher.baseForm(restLower[gerund])] + Array(rest[(gerund + 1)...])
            restLower = [StatementPolisher.baseForm(restLower[gerund])] + Array(restLower[(gerund + 1)...])
            let content = subjectLower.filter { !Self.determiners.contains($0) }
            if !content.contains(where: { NeedDetector.systemWords.contains($0) || Self.componentWords.contains($0) }) {
                rest = ["let"] + subjectWords + rest
                restLower = ["let"] + subjectLower + restLower
                subjectWords = []
                subjectLower = []
            }
        } else if match.cue.words.last == "have", let first = restLower.first, Self.determiners.contains(first),
            restLower.count >= 3
        {
            subjectWords = Array(rest[..<2])
            subjectLower = Array(restLower[..<2])
            rest = Array(rest[2...])
            restLower = Array(restLower[2...])
        }
        if subjectLower == ["it"], let (who, able) = Self.possibleFor(rest) {
            (subjectWords, rest) = (who, able)
            (subjectLower, restLower) = (who.map(SpeechCleaner.bare), able.map(SpeechCleaner.bare))
        }
        let verbFollows = readThrough || restLower.first == "to"
        while let first = restLower.first, ["to", "that", "also", "really", "definitely", "always"].contains(first) {
            rest.removeFirst()
            restLower.removeFirst()
        }
        let trimmed = StatementPolisher.trimmingRationale(rest.joined(separator: " ")).split(separator: " ")
        if trimmed.count < rest.count {
            rest = trimmed.map(String.init)
            restLower = rest.map(SpeechCleaner.bare)
        }
        if let (tailCondition, kept) = Self.trailingCondition(rest, restLower) {
            condition = condition ?? tailCondition
            rest = kept
        }
        var action = TextCleanup.trim(rest.joined(separator: " "), " ,.;:!")
        action = Self.droppingTrailingNoise(StatementPolisher.trimmingRationale(action))
        if match.cue.priority == .wont && match.cue.words.last == "scope" {
            let deferred = TextCleanup.trim(subjectWords.joined(separator: " "), " ,")
            guard deferred.contains(where: \.isLetter) else { return nil }
            let action = "provide " + TextCleanup.lowercasedFirst(deferred)
            return NormalizedStatement(
                actor: "system", action: action, condition: nil, negated: true, subject: "The system")
        }
        guard action.contains(where: \.isLetter) else { return nil }
        // "I don't want to run another server", "we don't really want ads": the wish is negated.
        if let negator = Self.wishNegator(in: subjectLower) {
            negated = !negated
            subjectWords.removeSubrange(negator...)
            subjectLower.removeSubrange(negator...)
        }
        if CandidateFilter.endsInFragment(action.split(separator: " ").map { SpeechCleaner.bare(String($0)) }) {
            return nil
        }
        let wishes = ["need", "needs", "want", "wants", "require", "requires", "expect", "prefer", "like"]
        if !wishes.contains(match.cue.words.last ?? ""), !readThrough,
            let first = action.split(separator: " ").first.map({ SpeechCleaner.bare(String($0)) }),
            CandidateFilter.nonVerbStarts.contains(first)
        {
            return nil
        }
        // "Those still need to go through us": the adverb goes after the modal.
        if subjectLower.count > 1, let last = subjectLower.last, ["still", "also", "always"].contains(last),
            !["he", "she", "they", "i", "we", "you", "it", "someone", "nobody"].contains(subjectLower[0])
        {
            action = last + " " + action
            subjectWords.removeLast()
            subjectLower.removeLast()
        }
        var (actor, subject) = resolveActor(subjectWords, subjectLower, speakerRole: speakerRole)
        var thingWished = false
        // "I'd like the prices to go up when a show fills up": what is wished of a thing is said of
        // the thing ("The prices should go up …"), not as something provided.
        if wishes.contains(match.cue.words.last ?? ""), !verbFollows, !negated,
            let object = Self.wishedOfAThing(action)
        {
            (actor, subject) = resolveActor(object.subject, object.subject.map(SpeechCleaner.bare), speakerRole: nil)
            action = object.action
            thingWished = true
        } else if wishes.contains(match.cue.words.last ?? ""), !verbFollows, !Self.startsWithVerb(action) {
            // "I need a stock report by 6 a.m.": the system is to provide what the speaker needs.
            // A thing requires what it needs ("approval needs a supervisor's sign-off"), and other
            // people have it ("each courier needs their own badge").
            if Self.firstPersonSubject(subjectLower) && !negated {
                (actor, subject) = ("system", "The system")
            }
            // "They need an email when they order": people receive the messages they need; what
            // they do not need they need not have ("Parents don't need an account" is no ban on one).
            let verb =
                actor == nil
                ? "require "
                : actor == "system"
                    ? "provide "
                    : negated && match.cue.words.last?.hasPrefix("need") == true
                        ? "need "
                        : Self.namesMessage(action) ? "receive " : "have "
            action = verb + action
        }
        if actor != nil && actor != "system" && !action.lowercased().hasPrefix("be able to") && subject != "" {
            if (Self.firstPersonSubject(subjectLower) || Self.reportedPerson(subjectLower)) && !negated {
                action = "be able to " + action
            }
        }
        // "my/us" mean the actor when the speaker is the actor, else the speaker's side ("staff").
        let speakerActs = actor != nil && actor != "system" && Self.firstPersonSubject(subjectLower)
        // A thing said to go "through us" or "to us" goes to the speaker's side.
        let people = actor == "system" ? "users" : "staff"
        action = StatementPolisher.replacingFirstPerson(in: action, actorIsPerson: speakerActs, people: people)
        if let spoken = condition {
            condition = StatementPolisher.replacingFirstPerson(in: spoken, actorIsPerson: speakerActs, people: people)
        }
        // "The prices should go up": the thing wished of carries the content a verb of motion lacks;
        // "cash at pickup should still be possible": so does a thing named as what must be possible.
        let possibleThing =
            ["be possible", "still be possible", "be an option", "still be an option"].contains(action.lowercased())
            && subjectLower.contains(where: {
                !CandidateFilter.pointingSubjects.contains($0) && !Self.determiners.contains($0)
                    && !CandidateFilter.emptyWords.contains($0)
            })
        // "It should still work if the internet is down": the condition is what working means.
        let working = CandidateFilter.operatesUnder(action, condition) ? action + " " + (condition ?? "") : action
        guard thingWished || possibleThing || !CandidateFilter().isEmpty(action: working) else { return nil }
        return NormalizedStatement(
            actor: actor, action: action, condition: condition, negated: negated, subject: subject)
    }

    /// "the prices to go up when …" as the thing ("the prices") and what it is to do ("go up
    /// when …"); `nil` unless a determiner opens a short noun phrase followed by "to" and a verb.
    static func wishedOfAThing(_ action: String) -> (subject: [String], action: String)? {
        let words = action.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let first = lower.first, ["the", "our", "their", "all", "every", "each"].contains(first),
            let to = lower.prefix(5).firstIndex(of: "to"), to >= 2, to + 1 < lower.count,
            !words[..<to].contains(where: { $0.hasSuffix(",") }),
            !CandidateFilter.nonVerbStarts.contains(lower[to + 1]), !determiners.contains(lower[to + 1]),
            !lower[to + 1].allSatisfy(\.isNumber)
        else { return nil }
        return (Array(words[..<to]), words[(to + 1)...].joined(separator: " "))
    }

    /// Where the words before a wish end in its negator ("we don't want", "we didn't really
    /// want"): the negator's index, or `nil` when the wish is not negated.
    static func wishNegator(in subject: [String]) -> Int? {
        guard let negator = subject.lastIndex(where: negators.contains),
            subject[negator...].dropFirst().allSatisfy(negationFillers.contains)
        else { return nil }
        return negator
    }

    /// Actor and written subject for the words before the need phrase.
    private func resolveActor(_ words: [String], _ lower: [String], speakerRole: String?) -> (String?, String) {
        let content = lower.filter { !$0.isEmpty && !Self.determiners.contains($0) }
        // "The site shouldn't read like a letter": the product as the speaker names it, after "the"
        // or "our"; "it" and the bare product are "the system".
        if let head = content.last, NeedDetector.systemWords.contains(head), content.count <= 3 {
            let named = ["the", "our"].contains(lower.first ?? "") && !["it", "system"].contains(head)
            return ("system", named ? "The " + content.filter { $0 != "our" }.joined(separator: " ") : "The system")
        }
        // "That has to be clear to them": a pointer at what was just said, not the product.
        if lower == ["that"] || lower == ["this"] { return (nil, TextCleanup.capitalizedFirst(lower[0])) }
        if content.isEmpty || content.allSatisfy({ NeedDetector.systemWords.contains($0) }) {
            return ("system", "The system")
        }
        if lower.last == "it" { return ("system", "The system") }
        if Self.reportedPerson(lower) { return ("user", "Users") }
        if Self.firstPersonSubject(lower) {
            let role = speakerRole.flatMap(Self.actorRole) ?? "user"
            return (role, role == "user" ? "Users" : "The \(role)")
        }
        let phrase = TextCleanup.trim(words.joined(separator: " "), " ,")
        let head = content.last ?? ""
        if Self.componentWords.contains(head) {
            return ("system", TextCleanup.capitalizedFirst(phrase))
        }
        if Self.isPersonNoun(head) {
            return (Self.singular(head), TextCleanup.capitalizedFirst(phrase))
        }
        return (nil, TextCleanup.capitalizedFirst(phrase))
    }

    /// A declared role as an actor: its first part ("IT coordinator, municipality of X" → "IT
    /// coordinator"), singular, lower-cased except acronyms; `nil` when longer than three words.
    static func actorRole(_ role: String) -> String? {
        let head = role.split(whereSeparator: { ",;(/".contains($0) }).first.map(String.init) ?? role
        let words = head.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 3 else { return nil }
        let lowered = words.map { word in word.count > 1 && word.allSatisfy(\.isUppercase) ? word : word.lowercased() }
        return singular(lowered.joined(separator: " "))
    }

    /// "she'd", "he": a person reported on by the speaker, taken as a user of the system.
    static func reportedPerson(_ lower: [String]) -> Bool {
        lower.count == 1 && ["she", "he", "she'd", "he'd", "she's", "he's"].contains(lower[0])
    }

    static func firstPersonSubject(_ lower: [String]) -> Bool {
        lower.contains { NeedDetector.firstPersonWords.contains($0) || $0 == "our" || $0 == "my" }
    }

    /// "the app to", "it to", "staff to": an object followed by "to" and a verb.
    static func isObjectThenTo(_ lower: [String]) -> Bool {
        guard let toIndex = lower.firstIndex(of: "to"), toIndex > 0, toIndex <= 4, toIndex + 1 < lower.count else {
            return false
        }
        let object = lower[..<toIndex].filter { !determiners.contains($0) }
        return !object.isEmpty
            && object.allSatisfy {
                NeedDetector.systemWords.contains($0) || isPersonNoun($0) || ["them", "us", "me"].contains($0)
            }
    }

    /// "…, that kind of thing": a tail that waves at more of the same and names nothing.
    static let vagueTails = [
        ", that kind of thing", " and that kind of thing", ", that sort of thing", " and that sort of thing",
        ", stuff like that", " and stuff like that", " or anything like that",
    ]

    static func droppingTrailingNoise(_ action: String) -> String {
        var text = action
        // "…, then", "… though", "… really": a spoken tail that adds nothing to what is needed; "…
        // ambiguities like these" points at an example shown, which the words before it name.
        let tails =
            vagueTails + [
                " as well", " too", " please",
                " or something", " and stuff", " and so on", " etc", " for us", ", then",
                " though", " anyway", " really", " i think", " i guess", " i suppose", " and that's it",
                " and that's all",
                ", that's it", ", that's all", " or something like that", " like that", " like this", " like these",
                " like those",
            ]
        var trimmed = true
        while trimmed {
            trimmed = false
            let lower = TextCleanup.trim(text.lowercased(), " ,.;")
            if let tail = tails.first(where: { lower.hasSuffix($0) && lower.count > $0.count + 8 }) {
                text = TextCleanup.trim(String(TextCleanup.trim(text, " ,.;").dropLast(tail.count)), " ,;")
                trimmed = true
            } else if lower.hasSuffix(" so"), lower.count > 12,
                // "… on the screen so": a trailing "so" leads nowhere; "ten minutes or so", "if they
                // say so" end on it.
                let before = lower.dropLast(3).split(separator: " ").last, !soEndings.contains(String(before))
            {
                text = TextCleanup.trim(String(TextCleanup.trim(text, " ,.;").dropLast(3)), " ,;")
                trimmed = true
            }
        }
        return TextCleanup.trim(text, " ,.;")
    }

    static func startsWithVerb(_ action: String) -> Bool {
        guard let first = action.split(separator: " ").first.map({ SpeechCleaner.bare(String($0)) }) else {
            return false
        }
        if determiners.contains(first) || first.first?.isNumber == true { return false }
        if ["be", "have", "support", "provide", "let", "allow", "show", "keep", "send", "store"].contains(first) {
            return true
        }
        return ClassifierLexicon.functional.contains {
            $0.pattern.count == 1 && TextTokens.elementMatches($0.pattern[0], first)
        }
            && !first.hasSuffix("s")
    }

}
