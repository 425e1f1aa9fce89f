/// Reads an interviewer's proposal ("So you'd want the list sorted by price?") and the reply to it
/// ("Yes, exactly.") as the stakeholder's own statement ("we'd want the list sorted by price").
///
/// A proposal counts only when the next turn of a stakeholder opens with a confirmation; a reply
/// that opens with a refusal ("No, we don't need that") turns a proposed wish into its negation.
/// Anything else (a new question, a hedge, silence) leaves the proposal unconfirmed: the
/// interviewer's words alone never become a requirement.
package enum ConfirmedProposal {
    /// How a stakeholder's reply answers a proposal.
    package enum Reply: Sendable, Hashable {
        case confirms
        case rejects
        case neither
    }

    /// The proposal in `question` said from the stakeholder's side, or `nil` when it proposes
    /// nothing (it asks "what/how/why", or its subject is too long to move with confidence).
    ///
    /// A yes/no question moves its auxiliary behind a short subject ("Should all slots be bookable
    /// online?" → "All slots should be bookable online"; "Do you want X?" → "We want X"); a summary
    /// ("So SMS only, no email.") is kept as said. A refusal negates the moved auxiliary or the
    /// verb; a refused summary proposes nothing that can be said with confidence.
    package static func declarative(_ question: String, rejected: Bool) -> String? {
        // "Hours per volunteer, that kind of thing?": the spoken tail says nothing proposed.
        let cleaned = SpeechCleaner().clean(question).text
        let unasked = TextCleanup.trim(cleaned, " ?")
        let asked =
            StatementBuilder.vagueTails.contains(where: { unasked.lowercased().hasSuffix($0) })
            ? StatementBuilder.droppingTrailingNoise(unasked) + "?" : cleaned
        var words = asked.split(separator: " ").map { String($0) }
        while let first = words.first, leadIns.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        // "Like the list loads in 2 seconds?": an example offered, without its "like".
        if words.count > 3, SpeechCleaner.bare(words[0]) == "like",
            StatementBuilder.determiners.contains(SpeechCleaner.bare(words[1]))
        {
            words.removeFirst()
        }
        // "Could we say the screen appears within a second?": the wording proposed.
        if words.count > 4, ["could", "can", "shall", "should"].contains(SpeechCleaner.bare(words[0])),
            SpeechCleaner.bare(words[1]) == "we", SpeechCleaner.bare(words[2]) == "say"
        {
            words.removeFirst(SpeechCleaner.bare(words[3]) == "that" ? 4 : 3)
            words[0] = TextCleanup.capitalizedFirst(words[0])
        }
        if asksListenerToTalk(words) { return nil }
        // "When it comes to games, do you think it should have a stick?": the clause put forward.
        let bare = words.map(SpeechCleaner.bare)
        if let think = bare.indices.prefix(12).first(where: {
            bare[$0...].starts(with: ["do", "you", "think"]) && ($0 == 0 || words[$0 - 1].hasSuffix(","))
        }), think + 4 < words.count {
            words.removeFirst(think + (bare[think + 3] == "that" ? 4 : 3))
        }
        words = Self.topicMovedBack(Self.withoutVerdictTag(words))
        // "And the phones, would volunteers use their own phones?": the topic the question names again.
        if let comma = words.prefix(5).firstIndex(where: { $0.hasSuffix(",") }), comma + 2 < words.count,
            auxiliaries.contains(SpeechCleaner.bare(words[comma + 1]))
        {
            let topic = Set(TextTokens(words[...comma].joined(separator: " ")).words)
                .subtracting(CandidateFilter.emptyWords)
            let rest = Set(TextTokens(words[(comma + 1)...].joined(separator: " ")).words)
            guard !topic.isEmpty, topic.isSubset(of: rest) else { return nil }
            words.removeFirst(comma + 1)
        }
        guard let first = words.first.map(SpeechCleaner.bare), !openQuestions.contains(first) else { return nil }
        // "So you run the practice with three others?": how the listener's world is today.
        // "So you have to anticipate the future?" names a need.
        if first == "you", words.count > 2, case let verb = SpeechCleaner.bare(words[1]),
            presentStateVerbs.contains(verb), SpeechCleaner.bare(words[2]) != "to"
        {
            return nil
        }
        // "So I saw the dock on the way in.": what the asker did, not what is proposed.
        if ["i", "we"].contains(first), words.count > 1,
            pastDoings.union(pastWords).contains(SpeechCleaner.bare(words[1]))
        {
            return nil
        }
        // "Would the families be okay with that, do you think?": the listener's opinion is asked.
        if CandidateFilter.containsSequence(
            words.map(SpeechCleaner.bare)[...],
            [["do", "you", "think"], ["okay", "with", "that"], ["ok", "with", "that"]])
        {
            return nil
        }
        // "Do you already have a label printer?": how things are today, not what is proposed.
        if ["do", "does", "did", "are", "is", "have", "has"].contains(first),
            words.contains(where: { presentStateWords.contains(SpeechCleaner.bare($0)) })
                || NeedDetector.containsAny(words.joined(separator: " ").lowercased(), ["at the moment", "right now"])
        {
            return nil
        }
        // "Should it connect to the till, so the amount goes over?" "No.": what is refused is the
        // option; its purpose is no part of the refusal.
        if rejected,
            let purpose = words.indices.dropFirst(3).first(where: {
                words[$0 - 1].hasSuffix(",") && ["so", "because"].contains(SpeechCleaner.bare(words[$0]))
            })
        {
            words = Array(words[..<purpose])
        }
        var negatedDone = false
        if auxiliaries.contains(first) {
            guard let subjectLength = shortSubjectLength(words.dropFirst().map(SpeechCleaner.bare)),
                words.count > subjectLength + 1
            else { return nil }
            let auxiliary = words[0]
            var subject = Array(words[1...subjectLength])
            subject[0] = TextCleanup.capitalizedFirst(subject[0])
            var rest = Array(words[(subjectLength + 1)...])
            // "Can we also let people …?" "No.": nothing is refused "also"; "Do we still need
            // teletext?" "No.": nor "still".
            if rejected, rest.count > 1, ["also", "still"].contains(SpeechCleaner.bare(rest[0])) { rest.removeFirst() }
            // "Could the problem be the paper forms?": a guess at what something is, no proposal.
            if ["could", "might"].contains(first), rest.count > 1, SpeechCleaner.bare(rest[0]) == "be",
                ["the", "a", "an", "that", "this"].contains(SpeechCleaner.bare(rest[1]))
            {
                return nil
            }
            if ["do", "does"].contains(first) {
                // "Do you need any reports?" "Yes.": reports are needed, not "any reports".
                if !rejected, rest.count > 2, SpeechCleaner.bare(rest[1]) == "any",
                    ["need", "want", "use"].contains(SpeechCleaner.bare(rest[0]))
                {
                    rest.remove(at: 1)
                }
                if first == "does", let verb = rest.first, !rejected { rest[0] = thirdPerson(verb) }
                if rejected { rest.insert(first == "does" ? "doesn't" : "don't", at: 0) }
                words = subject + rest
            } else if rejected, let quantifier = subject.first.map(SpeechCleaner.bare),
                ["all", "every", "both", "each", "anybody", "anyone"].contains(quantifier)
            {
                // "Should all slots be bookable online?" "No!": not all of them, rather than none.
                // "Can anybody take any boat?" "No.": not everybody can.
                subject[0] = ["anybody": "everybody", "anyone": "everyone"][quantifier] ?? subject[0].lowercased()
                words = ["Not"] + subject + [auxiliary.lowercased()] + rest
            } else {
                // "Can team leads see …?" "No.": "cannot", as it is written.
                let modal = auxiliary.lowercased()
                words = subject + (rejected && modal == "can" ? ["cannot"] : [modal] + (rejected ? ["not"] : [])) + rest
            }
            negatedDone = rejected
        } else if rejected {
            guard let negated = negated(words.joined(separator: " ")) else { return nil }
            words = negated.split(separator: " ").map(String.init)
            negatedDone = true
        }
        guard !rejected || negatedDone else { return nil }
        let text = TextCleanup.trim(inSpeakersVoice(words).joined(separator: " "), " ,;:-?!.")
        // "The waste calendar", "That's eight hundred scans": a topic or a sum, not a proposal.
        // "Do patients need reminders?": three words make a need when the question had its verb.
        guard text.split(separator: " ").count >= (auxiliaries.contains(first) ? 3 : 4),
            let opener = text.split(separator: " ").first.map({ SpeechCleaner.bare(String($0)) }),
            // "There are also rules for public websites": a fact put to the listener.
            !["that's", "it's", "this", "that", "there's", "here's", "there"].contains(opener),
            // "At the dock, while the truck is still there?": where or when, not what; "Once
            // twelve have signed up, the shift is closed?" says what, after its condition.
            !StatementBuilder.conditionWords.contains(opener) && !CandidateFilter.prepositions.contains(opener)
                || hasMainClause(afterCondition: text)
        else { return nil }
        return TextCleanup.capitalizedFirst(wantedAbility(text))
    }

    /// Whether a sentence that opens with a condition goes on, after a comma, with a clause of
    /// its own: a subject and a finite verb ("…, the shift is closed"), not another condition.
    static func hasMainClause(afterCondition text: String) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma >= 2, comma + 2 < words.count else {
            // "After two working days it escalates to the manager": said without the comma, a
            // pronoun and its verb after a short condition.
            let lower = words.map(SpeechCleaner.bare)
            return lower.indices.dropFirst(2).prefix(5).contains { index in
                index + 2 < lower.count && ["it", "they", "we", "everything"].contains(lower[index])
                    && (finiteVerbs.contains(lower[index + 1]) || ProductStatement.isPresentVerb(lower[index + 1]))
            }
        }
        let clause = words[(comma + 1)...].map(SpeechCleaner.bare)
        guard let first = clause.first, !StatementBuilder.conditionWords.contains(first),
            !CandidateFilter.prepositions.contains(first), !["and", "or", "but", "so"].contains(first)
        else { return false }
        return clause.prefix(4).dropFirst().contains(where: finiteVerbs.contains)
    }

    private static let finiteVerbs: Set<String> = [
        "is", "are", "gets", "get", "can", "can't", "cannot", "should", "shouldn't", "will", "won't", "must",
        "has", "have", "goes", "go", "stays", "stay",
    ]

    /// "A double scan of the same box, should the app catch that?" → "should the app catch a double
    /// scan of the same box?": a topic said first and pointed back to ("that", "it") goes back in
    /// the pointer's place, so the question reads as one.
    static func topicMovedBack(_ words: [String]) -> [String] {
        guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma >= 1, comma + 3 < words.count,
            auxiliaries.contains(SpeechCleaner.bare(words[comma + 1])), let last = words.last
        else { return words }
        // The pointer may have been cleaned away ("should the app catch?"); the question after the
        // comma is then a bare subject and verb.
        let pointer = ["that", "it", "this"].contains(SpeechCleaner.bare(last))
        let question = Array(words[(comma + 1)..<(words.count - (pointer ? 1 : 0))])
        guard pointer || question.count <= 4 else { return words }
        var topic = Array(words[...comma])
        topic[topic.count - 1] = String(topic[topic.count - 1].dropLast())
        topic[0] = TextCleanup.lowercasedFirst(topic[0])
        var verbEnd = question
        let tail = String(verbEnd[verbEnd.count - 1].reversed().prefix { !$0.isLetter }.reversed())
        if !pointer { verbEnd[verbEnd.count - 1] = String(verbEnd[verbEnd.count - 1].dropLast(tail.count)) }
        if let end = topic.indices.last {
            topic[end] += pointer ? String(last.reversed().prefix { !$0.isLetter }.reversed()) : tail
        }
        return verbEnd + topic
    }

    /// "need" → "needs", for a "does it need ...?" that loses its "does".
    static func thirdPerson(_ verb: String) -> String {
        let lower = verb.lowercased()
        if lower == "have" { return "has" }
        if lower.hasSuffix("s") || lower.hasSuffix("sh") || lower.hasSuffix("ch") || lower.hasSuffix("x") {
            return verb + "es"
        }
        return verb + "s"
    }

    /// The sentence of an interviewer's turn that the next reply answers: the last question or
    /// summary ("So …") of at least three words, else the last sentence of that length.
    package static func proposal(in sentences: [String]) -> String? {
        let sentences = joiningContinuation(sentences)
        // "Would you want X? Like a download?": an example after the question is no proposal.
        let long = sentences.filter {
            $0.split(separator: " ").count >= 3
                // "Can I maybe suggest something?": the suggestion is the sentence after it.
                && !announcesSuggestion($0)
                && !(examples.contains(SpeechCleaner.bare(String($0.split(separator: " ")[0])))
                    && $0.split(separator: " ").count <= 5)
        }
        let isSummary = { (sentence: String) in SpeechCleaner.bare(String(sentence.split(separator: " ")[0])) == "so" }
        // "So the tool puts them in a separate room. And the end time?": a yes agrees to the
        // summary; the short topic question after it opens the next subject.
        if let last = long.last, topic(of: last) != nil, let summary = long.dropLast().last(where: isSummary),
            !summary.contains("?")
        {
            return summary
        }
        guard let chosen = long.last(where: { $0.contains("?") || isSummary($0) }) ?? long.last else { return nil }
        // "And emergencies? Can those be booked online?": the topic asked first is what "those" is.
        if let position = sentences.lastIndex(of: chosen), position > 0 {
            return namingPointer(in: chosen, topicOf: sentences[position - 1])
        }
        return chosen
    }

    /// `sentence` with a "you" that opens it (after "okay, so") as "users": "Okay, so you hold the
    /// button" → "Okay, so users hold the button".
    package static func genericYouAsUsers(_ sentence: String) -> String {
        var words = sentence.split(separator: " ").map(String.init)
        guard let you = words.firstIndex(where: { !leadIns.contains(SpeechCleaner.bare($0)) }),
            SpeechCleaner.bare(words[you]) == "you", you + 1 < words.count,
            !auxiliaries.contains(SpeechCleaner.bare(words[you + 1]))
        else { return sentence }
        words[you] = you == 0 ? "Users" : "users"
        return words.joined(separator: " ")
    }

    /// Whether `sentence` only announces a suggestion ("Can I, um, suggest something?", "May I
    /// propose an idea?") instead of making one.
    static func announcesSuggestion(_ sentence: String) -> Bool {
        let words = TextTokens(sentence).words
        return words.count <= 8 && sentence.hasSuffix("?")
            && words.contains(where: { ["suggest", "propose"].contains($0) })
            && words.contains(where: { ["something", "idea", "alternative", "compromise"].contains($0) })
    }

    /// Words an example opens with ("like a download?", "say, by email?").
    static let examples: Set<String> = ["like", "say", "e.g", "maybe"]

    /// The thing a short topic question asks about ("What about video consultations?", "And sponsored
    /// positions?", "Stars, comments?"), in the asker's words; `nil` for a question with a verb, a
    /// restriction ("Only during office hours?", which a "no" widens rather than refuses) or a
    /// choice ("One photo or several?").
    package static func topic(of question: String) -> String? {
        guard question.hasSuffix("?") else { return nil }
        var words = SpeechCleaner().clean(question).text.split(separator: " ").map(String.init)
        while let first = words.first, leadIns.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        // "Last thing, languages?": the turn's place in the interview, not the topic.
        if let comma = words.prefix(4).firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
            sequenceWords.contains(words[...comma].map(SpeechCleaner.bare).joined(separator: " "))
        {
            words.removeFirst(comma + 1)
        }
        // "And reminders, like an email the evening before?": the topic, then an example of it.
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
            examples.contains(SpeechCleaner.bare(words[comma + 1]))
        {
            words = Array(words[...comma])
        }
        // "Photos of the bikes, would that help?": the topic, then the question whether it is wanted.
        words = withoutVerdictTag(words)
        let lower = words.map(SpeechCleaner.bare)
        // "What about reminders?", "Anything about cancellations?", "Any thoughts on colours?".
        if let opener = topicOpeners.first(where: { lower.starts(with: $0) }) { words.removeFirst(opener.count) }
        let rest = words.map(SpeechCleaner.bare)
        guard (1...5).contains(rest.count), let first = rest.first,
            // "Anything else?": no topic of its own.
            !["only", "just", "also", "like", "anything", "something", "everything"].contains(first),
            !rest.contains("or"),
            !rest.contains(where: { auxiliaries.contains($0) || openQuestions.contains($0) || topicVerbs.contains($0) })
        else { return nil }
        let text = TextCleanup.trim(words.joined(separator: " "), " ,;:-?!.")
        let content = TextTokens(text).words.filter { !CandidateFilter.emptyWords.contains($0) }
        guard !content.isEmpty, !sequenceWords.contains(TextTokens(text).words.joined(separator: " ")) else {
            return nil
        }
        return TextCleanup.lowercasedFirst(text)
    }

    /// Words before the topic of a question that names only a topic.
    static let pastDoings: Set<String> = [
        "saw", "visited", "heard", "noticed", "looked", "talked", "spoke", "read", "met", "checked", "tried",
    ]

    static let pastWords: Set<String> = [
        "was", "were", "sent", "said", "told", "did", "had", "went", "came", "got", "wrote", "asked", "thought",
    ]

    /// An interviewer's summary ("So login only through the national login, no separate accounts?")
    /// as a statement in the stakeholder's voice: lead-ins dropped, "you" made "we", closed with a
    /// full stop.
    package static func summary(_ proposal: String) -> String {
        var words = SpeechCleaner().clean(proposal).text.split(separator: " ").map(String.init)
        while let first = words.first, leadIns.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        let text = TextCleanup.trim(inSpeakersVoice(words).joined(separator: " "), " ,;:-?!.")
        return TextCleanup.capitalizedFirst(text) + "."
    }

    /// `words` of the listener's ("you", "your") in the stakeholder's voice ("we", "our"); a "you"
    /// after a verb or a preposition is the object, "us" ("doesn't stop you handing it out" →
    /// "doesn't stop us handing it out").
    static func inSpeakersVoice(_ words: [String]) -> [String] {
        words.indices.map { index in
            let word = words[index]
            let bare = SpeechCleaner.bare(word)
            guard var replacement = perspective[bare] else { return word }
            // "a limit you can change": a "you" before a modal is its subject, wherever it stands.
            let beforeModal =
                index + 1 < words.count && modalsAfterSubject.contains(SpeechCleaner.bare(words[index + 1]))
            if bare == "you", index > 0, !words[index - 1].hasSuffix(","), !beforeModal,
                !subjectPrecedents.contains(SpeechCleaner.bare(words[index - 1]))
            {
                replacement = "us"
            }
            let tail = word.reversed().prefix { !$0.isLetter && $0 != "'" }.reversed()
            let head = word.first?.isUppercase == true ? TextCleanup.capitalizedFirst(replacement) : replacement
            return head + String(tail)
        }
    }

    /// Modals and auxiliaries that a "you" before them is the subject of.
    static let modalsAfterSubject: Set<String> = [
        "can", "could", "will", "would", "should", "must", "may", "might", "cant", "wont", "dont", "need", "want",
    ]

    /// Words after which a "you" is a subject: joining words, auxiliaries, "that", "if".
    static let subjectPrecedents: Set<String> = [
        "and", "or", "but", "so", "if", "when", "whenever", "that", "because", "then", "do", "does", "did", "would",
        "could", "should", "can", "will", "are", "were", "have", "once", "before", "after", "until", "unless",
        "where", "what", "how", "which", "while", "as", "think", "mean", "say", "said", "know", "guess", "suppose",
    ]

    /// "we want X" → "we don't want X"; `nil` when no wish or need to negate is found.
    static func negated(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let bare = SpeechCleaner.bare(word)
            if ["want", "need", "like", "have"].contains(bare), index > 0,
                ["we", "i", "we'd", "i'd", "would"].contains(SpeechCleaner.bare(words[index - 1]))
            {
                let head = words[..<index].joined(separator: " ")
                let tail = words[index...].joined(separator: " ")
                let auxiliary = bare == "like" ? "not" : "don't"
                return head.isEmpty ? nil : head + " " + auxiliary + " " + tail
            }
            if ["should", "must", "will"].contains(bare) {
                var copy = words
                copy.insert("not", at: index + 1)
                return copy.joined(separator: " ")
            }
        }
        return nil
    }

    /// The thing a question proposes a doing for ("Could the kiosk show …?" → "kiosk", "Would it
    /// beep?" → "it"), to be weighed as the product or not; `nil` for any other question.
    static func proposedOf(_ question: String) -> String? {
        let words = Array(TextTokens(question).words.drop { leadIns.contains($0) || interjections.contains($0) })
        guard words.count >= 4, ["could", "would", "will", "can"].contains(words[0]) else { return nil }
        if words[1] == "it" { return "it" }
        return words[1] == "the" ? words[2] : nil
    }
}
