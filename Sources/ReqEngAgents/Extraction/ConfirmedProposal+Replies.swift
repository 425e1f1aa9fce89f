import ReqEngModel

/// How a stakeholder's reply answers a proposal: the readings of agreement and refusal, and
/// the words people use for them, for ``ConfirmedProposal``.
extension ConfirmedProposal {
    /// How `reply` (a stakeholder's turn) answers the turn before it, `question`.
    package static func reading(of text: String, to question: String? = nil) -> Reply {
        // "(pause) Fine.": the transcriber's notes are no words of the reply; a sigh before a
        // "yeah" gives in rather than agrees, and stays.
        let reply = text.lowercased().contains("sigh") ? text : SpeechCleaner.withoutAnnotations(text)
        // "Mm-hmm.", "Uh-huh.": the sounds of assent are a yes.
        let said = TextTokens(reply).words
        if assents.contains(where: { said.starts(with: $0) }) { return .confirms }
        // "Oh. Yes.", "Ah, that's nice.": a sound of surprise before the answer is not the answer.
        let words = Array(said.drop { interjections.contains($0) })
        guard let first = words.first else { return .neither }
        // "I don't see why not", "Sure, why not": a yes said through two negatives.
        if CandidateFilter.containsSequence(words.prefix(6)[...], [["why", "not"]]),
            !words.prefix(6).contains("but")
        {
            return .confirms
        }
        // Whole words only: "no" opens "no, we don't", not "not email" or "now".
        let opening = words.prefix(4).joined(separator: " ") + " "
        // "Well, no.", "Honestly, no.": a word that only leads in to the no.
        let answer = words.drop { ["well", "honestly", "frankly", "please"].contains($0) }
        let refusal = answer.prefix(4).joined(separator: " ") + " "
        // "So the order never depends on who pays?" "Never.": the question's own "never", said back.
        let echoesNever = answer.first == "never" && question.map { TextTokens($0).words.contains("never") } == true
        if !echoesNever, rejectionPhrases.contains(where: { refusal.hasPrefix($0 + " ") }) { return .rejects }
        if keepsItManual(words) || refusesAfterReason(reply) { return .rejects }
        if first == "yes" || first == "yeah" || first == "yep" || first == "exactly" || first == "definitely"
            || first == "absolutely" || first == "correct" || first == "precisely" || first == "indeed"
            || confirmationPhrases.contains(where: { opening.hasPrefix($0 + " ") })
        {
            // "yeah but ..." / "yes, no ..." take it back; "yes, but only by email" agrees within a
            // limit.
            if words.count > 1, ["but", "no", "although", "though"].contains(words[1]) {
                // "Yes. But they should be able to turn them off.": a yes said as a sentence of its
                // own, and then a point added, not taken back ("Yes. But not now.").
                let alone = SentenceSplitter().split(reply).first.map { TextTokens($0).words.count == 1 } ?? false
                let after = Array(words.dropFirst(2))
                if words[1] == "but", alone, let next = after.first, !["not", "no", "never", "maybe"].contains(next),
                    !NeedDetector.containsAny(" " + after.joined(separator: " ") + " ", NeedDetector.deferralMarkers)
                {
                    return .confirms
                }
                // "Yes, but it has to be really simple": agreed, and a need added to it.
                let needAdded =
                    NeedDetector.firstCue(in: after).map { $0.0.priority != .wont && !$0.0.negated } == true
                    && !NegationPolarity.isNegated(after.joined(separator: " "))
                return words[1] == "but" && (limitsAfterBut(after) || needAdded) ? .confirms : .neither
            }
            return .confirms
        }
        // "It has to, otherwise we're stuck.": the proposal's own need phrase, said back bare.
        let clauses = reply.split(whereSeparator: { ",.;!".contains($0) }).map {
            Array(TextTokens(String($0)).words.drop { interjections.contains($0) })
        }
        // "It would be nice.": a verdict on the proposal, said as the whole clause ("it would be
        // nice if …" states a wish of its own).
        if let clause = clauses.first(where: { !$0.isEmpty }),
            ellipticalNeeds.contains(clause) || agreeingVerdicts.contains(clause)
        {
            return .confirms
        }
        // "Two a day, yes." / "Half a second is fine, yeah.": the proposal restated, then agreed to.
        if let sentence = SentenceSplitter().split(reply).first {
            let said = TextTokens(sentence).words
            // "As long as the rubber is nowhere near the buttons, yes.": agreed to on a condition.
            if conditionalYes(said) { return .confirms }
            // "Can members cancel?" "Up to 24 hours before the course.": a yes with its limit.
            if limitOpeners.contains(where: { said.starts(with: $0) }), said.count <= 12,
                said.contains(where: MeasuredAnswer.isQuantity), question?.hasSuffix("?") == true
            {
                return .confirms
            }
            let asked = Set(question.map { TextTokens($0).words } ?? [])
            // "Some of them, yes.", "For version one, yeah.": a short limit, then the yes.
            if said.count <= 8, let last = said.last, ["yes", "yeah", "yep", "exactly", "indeed"].contains(last),
                !said.dropLast().contains(where: {
                    ["no", "not", "but", "dont", "never", "maybe", "perhaps", "guess", "suppose", "think"].contains($0)
                }),
                // "They should, yes.", "Looks like it, yeah.": a guess at how things will be.
                said.count <= 5 && !said.contains(where: { hedgedSubjects.contains($0) })
                    || said.dropLast().contains(where: {
                        asked.contains($0) && !CandidateFilter.emptyWords.contains($0)
                    })
            {
                return .confirms
            }
            // "Their own, yes, there's no money for new ones.": the echo and its yes as the
            // sentence's first two clauses, the reason after them.
            let opening = clauses.filter { !$0.isEmpty }.prefix(2)
            if opening.count == 2, let echo = opening.first, (1...4).contains(echo.count),
                let agreement = opening.last, agreement.count == 1,
                ["yes", "yeah", "yep", "exactly"].contains(agreement[0]),
                !echo.contains(where: { ["no", "not", "but", "dont", "never"].contains($0) }),
                echo.contains(where: { asked.contains($0) && !CandidateFilter.emptyWords.contains($0) })
            {
                return .confirms
            }
            // "On a phone and a computer both?" "Both.": a short echo of the question's words.
            // An either-or question ("their own GP, or any GP?") is answered by a choice, not a yes.
            // "So the order never depends on who pays?" "Never.": the proposal's own "never" or
            // "always" said back.
            if said.count == 1, ["never", "always"].contains(said[0]), asked.contains(said[0]) {
                return .confirms
            }
            // "And they scan each item they pick?" "Scan the location, scan the item.": the answer
            // opens with the question's own verb and names another of its things, and denies nothing.
            let content = said.filter { !CandidateFilter.emptyWords.contains($0) }
            let questionWords = question.map { TextTokens($0).words } ?? []
            if question?.hasSuffix("?") == true, (3...10).contains(said.count), let verb = said.first,
                !CandidateFilter.emptyWords.contains(verb),
                // The question's verb: the word after its subject ("they scan").
                questionWords.indices.dropFirst().contains(where: {
                    questionWords[$0] == verb && echoSubjects.contains(questionWords[$0 - 1])
                }),
                content.dropFirst().contains(where: { $0 != verb && asked.contains($0) }),
                !said.contains(where: { ["no", "not", "never", "dont", "but", "or", "only"].contains($0) })
            {
                return .confirms
            }
            // "Do prices include VAT?" "Always including.": the question's verb said back, in any
            // form, after an "always" ("Gloves?" "Always gloves." asks nothing to agree to).
            if question != nil, (1...2).contains(said.count), !asked.contains("or") {
                let yesNo = question.flatMap { SentenceSplitter().split($0).last }.map {
                    ["do", "does", "is", "are", "can", "will", "should"].contains(TextTokens($0).words.first ?? "")
                }
                let content = said.enumerated().filter { position, word in
                    !(position == 0 && word == "always" && said.count == 2 && yesNo == true)
                        && (!CandidateFilter.emptyWords.contains(word) || word == "both")
                }.map(\.element)
                if !content.isEmpty, content.allSatisfy({ word in asked.contains { Self.sameWord($0, word) } }),
                    !rejections.contains(said[0])
                {
                    return .confirms
                }
            }
        }
        return .neither
    }

    /// The thing an interviewer offers in a yes/no question ("Would a loyalty program help?", "Do
    /// you want a newsletter?", "Should it have a dark mode?"), without its article: what a
    /// refusal rules out. `nil` for any other question.
    package static func offeredThing(_ question: String) -> String? {
        guard question.hasSuffix("?") else { return nil }
        let said = TextCleanup.trim(SpeechCleaner().clean(question).text, " ?.!").split(separator: " ").map(String.init)
        let words = Array(said.drop { leadIns.contains(SpeechCleaner.bare($0)) })
        let lower = words.map(SpeechCleaner.bare)
        var start: Int?
        var end = lower.count
        for frame in offeringFrames where lower.starts(with: frame) { start = frame.count }
        // "Would a loyalty program help?", "would a newsletter be useful?": the thing as subject.
        if start == nil, lower.first == "would",
            let verdict = thingVerdicts.first(where: { lower.reversed().starts(with: $0.reversed()) })
        {
            start = 1
            end = lower.count - verdict.count
        }
        guard let first = start, first < end else { return nil }
        var thing = Array(words[first..<end])
        var thingLower = Array(lower[first..<end])
        guard let article = thingLower.first, ["a", "an", "the", "some", "any"].contains(article),
            (2...5).contains(thingLower.count), !thingLower.contains("to"), !thingLower.contains("or")
        else { return nil }
        thing.removeFirst()
        thingLower.removeFirst()
        guard thingLower.contains(where: { !CandidateFilter.emptyWords.contains($0) }) else { return nil }
        return thing.joined(separator: " ")
    }

    static let offeringFrames: [[String]] = [
        ["do", "you", "want"], ["do", "you", "need"], ["would", "you", "like"], ["would", "you", "want"],
        ["should", "it", "have"], ["does", "it", "need"], ["do", "you", "need"],
    ]
    static let thingVerdicts: [[String]] = [
        ["help"], ["be", "useful"], ["be", "helpful"], ["make", "sense"], ["be", "a", "good", "idea"],
    ]

    /// Whether `sentence` only asks the others to agree to what was just said: "Everyone okay with
    /// that?", "Agreed?", "Does that work for everyone?", "Is that right?".
    package static func asksAgreement(_ sentence: String) -> Bool {
        let words = TextTokens(sentence).words
        return sentence.hasSuffix("?") && (1...6).contains(words.count) && words.allSatisfy(agreementTagWords.contains)
            && (words.contains(where: agreementWords.contains) || words.contains("work") && words.contains("for"))
    }

    static let agreementWords: Set<String> = ["okay", "ok", "agreed", "agree", "right", "correct", "fine", "alright"]
    static let agreementTagWords = agreementWords.union([
        "everyone", "everybody", "all", "we", "are", "is", "that", "this", "with", "for", "does", "do", "work",
        "so", "yes", "yeah", "you", "us", "and",
    ])

    /// What a reply adds after its "yes" ("Yes, up to twenty-four hours before."): the rest of its
    /// first sentence, when there is something left.
    package static func detail(of reply: String) -> String? {
        guard let first = SentenceSplitter().split(reply).first else { return nil }
        // "Uh, yes, only the paid plan", "When it's resolved, yes": the sounds and the yes are the
        // reply, not its detail.
        var words = SpeechCleaner().clean(first).text.split(separator: " ").map(String.init)
        while let head = words.first, replyOpeners.contains(SpeechCleaner.bare(head)) { words.removeFirst() }
        // "Yes, but only by email": the limit is the detail.
        if let head = words.first, SpeechCleaner.bare(head) == "but",
            limitsAfterBut(TextTokens(words.dropFirst().joined(separator: " ")).words)
        {
            words.removeFirst()
        }
        // "Their own, yes, …": the question's words said back before the yes are no detail.
        if let yes = words.prefix(5).firstIndex(where: {
            ["yes,", "yeah,", "yep,"].contains($0.lowercased())
        }), yes > 0, words[yes - 1].hasSuffix(",") {
            words.removeFirst(yes + 1)
        }
        // "A weekly list per dish, so I can buy the food": why is no part of what.
        if let reason = words.indices.dropFirst(2).first(where: {
            words[$0 - 1].hasSuffix(",") && ["so", "because", "cause"].contains(SpeechCleaner.bare(words[$0]))
        }) {
            words = Array(words[..<reason])
        }
        // "By email, yes": the yes after the detail is the reply too.
        while words.count > 1, words[words.count - 2].hasSuffix(","),
            replyOpeners.contains(SpeechCleaner.bare(words[words.count - 1]))
        {
            words.removeLast()
        }
        let text = TextCleanup.trim(words.joined(separator: " "), " ,;:-?!.")
        let lower = TextTokens(text).words
        let content = lower.filter { !CandidateFilter.emptyWords.contains($0) }
        // "By email": one word says how, after the word for the means.
        let means = lower.first.map { ["with", "via", "through", "using", "by"].contains($0) } == true
        guard content.count >= 2 || means && content.count == 1, words.count <= 14,
            // "Sure, sounds reasonable.": agreement, however many words it takes.
            !lower.starts(with: ["sounds"]), !lower.starts(with: ["makes", "sense"]),
            !lower.starts(with: ["fine", "by", "me"]),
            // "Always including.": the question's verb said back, as a yes.
            !(lower.count <= 2 && ["always", "both"].contains(lower[0])),
            // "The city's web team sent us a document", "I was thinking about that": what happened,
            // not what the product is to do.
            !lower.contains(where: pastWords.contains),
            // "Yes, I want to change it myself": the speaker's own wish, read as a sentence of the
            // reply ("Yes, it has to meet the rules" still says what the proposal is to do).
            !(["i", "we"].contains(lower.first ?? "") && NeedDetector.containsNeedCue(lower.joined(separator: " "))),
            // "Yes, and that's the other big thing.": a remark on how much the proposal matters.
            !(TextTokens(first).words.contains("thats")
                && ["thing", "things", "point", "priority"].contains(lower.last))
        else { return nil }
        return TextCleanup.lowercasedFirst(text)
    }

    /// `declarative` with its "should" as "must".
    static func insisting(_ declarative: String) -> String {
        var words = declarative.split(separator: " ").map(String.init)
        if let should = words.firstIndex(where: { SpeechCleaner.bare($0) == "should" }) { words[should] = "must" }
        return words.joined(separator: " ")
    }

    /// Whether a short answer agrees with a modal of obligation ("It has to.", "Yes, it must.").
    static func insists(_ answer: String) -> Bool {
        let words = TextTokens(answer).words
        guard words.count <= 6 else { return false }
        let said = " " + words.joined(separator: " ") + " "
        return [" has to ", " have to ", " must ", " needs to ", " got to "].contains { said.contains($0) }
            && !NegationPolarity.isNegated(answer)
    }

    /// The wording an interviewer proposes in quotation marks ("Would this wording work: "The system
    /// shall decline …"?", "Proposed: "…" Is that right?"), when it states a need with a modal;
    /// `nil` otherwise.
    static func quotedWording(in text: String) -> String? {
        for (open, close) in [("\u{201C}", "\u{201D}"), ("\"", "\"")] {
            var from = text.startIndex
            while let start = text.range(of: open, range: from..<text.endIndex),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            {
                from = end.upperBound
                let quoted = TextCleanup.trim(String(text[start.upperBound..<end.lowerBound]), " ,;:-?!.")
                let words = TextTokens(quoted).words
                if (5...40).contains(words.count), words.contains(where: ["shall", "should", "must"].contains) {
                    return TextCleanup.capitalizedFirst(quoted) + "."
                }
            }
        }
        return nil
    }

    /// Whether a sentence refuses what was just said by pointing at it ("I don't need that on my
    /// phone.", "We don't want it.").
    static func refusesWhatWasSaid(_ sentence: String) -> Bool {
        let words = TextTokens(sentence).words
        // "We tried that once. Not again.": what was tried is refused.
        if [["not", "again"], ["never", "again"]].contains(words) { return true }
        guard words.count <= 10, ["i", "we"].contains(words.first ?? ""),
            let pointer = words.indices.dropFirst(3).first(where: { index in
                ["that", "it"].contains(words[index]) && ["need", "want"].contains(words[index - 1])
                    && ["don't", "dont"].contains(words[index - 2])
            })
        else { return false }
        // "I don't need that many": "that" says how many.
        return pointer + 1 == words.count
            || !["many", "much", "often", "big", "long", "high", "fast", "badly"].contains(words[pointer + 1])
    }

    /// "The kiosk could show who is coming": a doing proposed for the product, said as a need.
    static func asNeed(_ declarative: String) -> String {
        var words = declarative.split(separator: " ").map(String.init)
        guard let modal = words.prefix(5).firstIndex(where: { ["could", "would", "can", "will"].contains($0) }) else {
            return declarative
        }
        words[modal] = "should"
        return words.joined(separator: " ")
    }

    /// A proposal refused, as a Won't: "should not" and the like say "will not".
    static func refused(_ requirement: Requirement) -> Requirement {
        reprioritised(requirement, as: .wont, saying: "will not", for: ["should not", "shall not", "must not"])
    }

    /// `requirement` with `priority`, its first modal of `modals` said as `replacement` (and its
    /// title with it); a statement with none of them keeps its words.
    static func reprioritised(
        _ requirement: Requirement, as priority: Priority, saying replacement: String, for modals: [String]
    ) -> Requirement {
        var copy = requirement
        copy.priority = priority
        for modal in modals {
            guard let range = copy.statement.range(of: " \(modal) ") else { continue }
            copy.statement.replaceSubrange(range, with: " \(replacement) ")
            copy.title = RequirementTitle.title(of: copy.statement)
            break
        }
        return copy
    }

    /// Whether a reply opens by judging the proposal nice ("It would be nice, …", "That'd help."),
    /// rather than with a yes.
    static func judgedNiceFirst(_ reply: String) -> Bool {
        let clause = reply.split(whereSeparator: { ",.;!".contains($0) }).lazy.map {
            Array(TextTokens(String($0)).words.drop { interjections.contains($0) })
        }.first { !$0.isEmpty }
        return clause.map(agreeingVerdicts.contains) ?? false
    }

    /// Whether a reply only puts the thing asked about off to a later release ("Nice to have. Not
    /// for the first version."); a need said in it is put off with it, as that need.
    static func defers(_ reply: String) -> Bool {
        let sentences = SentenceSplitter().split(reply)
        // "It would be nice, but not for the first version.": a verdict that puts off what it judges.
        let deferring = { (sentence: String) in
            ExtractionAgent.putsOff(sentence)
                || NeedDetector.containsAny(sentence.lowercased(), ["would be nice", "d be nice", "nice to have"])
                    && NeedDetector.putsOff(sentence.lowercased())
        }
        return sentences.contains(where: deferring)
            // "Nice to have." ranks what was asked; it states no need of its own, nor does "It
            // would be nice." before the put-off.
            && !sentences.contains {
                !deferring($0) && !judgedNiceFirst($0) && TextTokens($0).words.count > 3
                    && NeedDetector.containsNeedCue(SpeechCleaner().clean($0).text.lowercased())
            }
    }

    /// "…, do you think they should have a stick?" → "…, do you think it should have a stick?": the
    /// "they" a proposal's clause opens with, as the one product.
    static func theyAsTheProduct(_ question: String) -> String {
        var words = question.split(separator: " ").map(String.init)
        let bare = words.map(SpeechCleaner.bare)
        guard let they = bare.indices.first(where: { bare[$0] == "they" }), they + 1 < bare.count,
            ["should", "could", "would", "need", "must", "have"].contains(bare[they + 1])
        else { return question }
        words[they] = words[they].first?.isUppercase == true ? "It" : "it"
        return words.joined(separator: " ")
    }

    /// Subjects a question's verb follows ("they scan", "people pay").
    static let echoSubjects: Set<String> = ["they", "we", "you", "i", "people", "users", "customers", "staff"]

    /// Whether two words are one word in two forms ("include", "including"): equal, or sharing all
    /// but at most two letters of the shorter one, and at least five.
    static func sameWord(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        let shared = zip(lhs, rhs).prefix { $0 == $1 }.count
        return shared >= 5 && shared >= min(lhs.count, rhs.count) - 2
    }
}
