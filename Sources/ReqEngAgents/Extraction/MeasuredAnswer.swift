/// Reads an interviewer's question about a quantity ("How fast should the tool make a schedule?")
/// and the stakeholder's answer that names one ("Five minutes, say.") as one statement: "The tool
/// should make a schedule within five minutes."
///
/// Only questions about how fast, how long, how often, how many or how much count, and only an
/// answer whose words carry the measure itself (a number with its unit, or "immediately"); the
/// measure is quoted as said, with its qualifier ("at most", "about"). Anything less ("it
/// depends", "as fast as possible") states no requirement, and the question alone never does.
package enum MeasuredAnswer {
    /// What a question asks for, by its opening words.
    enum Kind: Sendable, Hashable {
        /// "how fast", "how quickly", "how soon": a time limit, said with "within".
        case time
        /// "how often": a frequency, said as answered ("every night").
        case frequency
        /// "how many", "how much", "how long", "how big": an amount, said as answered.
        case amount
        /// "when": a day or a time of day ("Wednesday at six"), the last one said when the speaker
        /// corrects themselves.
        case moment
    }

    /// The question sentence of `turn` that asks for a measure, with its kind and declarative form,
    /// or `nil` when the turn asks none.
    static func question(in sentences: [String]) -> (kind: Kind, statement: String, sentence: String)? {
        for sentence in sentences.reversed() where sentence.hasSuffix("?") {
            var words = SpeechCleaner().clean(sentence).text.split(separator: " ").map(String.init)
            while let first = words.first, ConfirmedProposal.leadIns.contains(SpeechCleaner.bare(first)) {
                words.removeFirst()
            }
            if let cost = costQuestion(words) { return (.amount, cost, sentence) }
            // "And the sunrise, how long should it last?": the thing asked about, put first.
            let fronted = frontedTopic(words)
            words.removeFirst(fronted.count)
            let opener = SpeechCleaner.bare(words.first ?? "")
            guard words.count >= (opener == "when" ? 3 : 4), ["how", "when"].contains(opener) else { continue }
            let asked = SpeechCleaner.bare(words[1])
            let kind: Kind
            switch asked {
            case "fast", "quickly", "soon": kind = .time
            case "often": kind = .frequency
            case "many", "much", "long", "big", "large", "far": kind = .amount
            case _ where opener == "when": kind = .moment
            default: continue
            }
            // "How many users should it support?": the counted noun goes after the measure.
            var rest = Array(words[(opener == "when" ? 1 : 2)...])
            // "How far ahead can they book?": how far in time, said after the measure.
            if asked == "far" {
                let lowerRest = rest.map(SpeechCleaner.bare)
                let span = lowerRest.starts(with: ["ahead"]) ? 1 : lowerRest.starts(with: ["in", "advance"]) ? 2 : 0
                guard span > 0 else { continue }
                rest.removeFirst(span)
            }
            if kind == .amount, ["many", "much"].contains(asked), let head = rest.first,
                !ConfirmedProposal.auxiliaries.contains(SpeechCleaner.bare(head))
            {
                rest.removeFirst()
            }
            guard let first = rest.first.map(SpeechCleaner.bare), ConfirmedProposal.auxiliaries.contains(first),
                let subjectLength = ConfirmedProposal.shortSubjectLength(rest.dropFirst().map(SpeechCleaner.bare)),
                rest.count > subjectLength + 1
            else { continue }
            // "should the tool make a schedule" → "the tool should make a schedule"; "does a scan need
            // to respond" → "a scan needs to respond"; "should search be" → "search should be fast".
            var subject = Array(rest[1...subjectLength])
            if !fronted.isEmpty, subject.count == 1, ["it", "that", "this"].contains(SpeechCleaner.bare(subject[0])) {
                subject = fronted
                subject[subject.count - 1] = TextCleanup.trim(subject[subject.count - 1], ",")
            }
            subject[0] = TextCleanup.capitalizedFirst(subject[0])
            var predicate = Array(rest[(subjectLength + 1)...])
            var auxiliary = [rest[0].lowercased()]
            if ["do", "does"].contains(first) {
                auxiliary = []
                // "When do orders close?": when it is to happen is a rule, "orders should close …".
                if kind == .moment {
                    auxiliary = ["should"]
                } else if first == "does", let verb = predicate.first {
                    predicate[0] = ConfirmedProposal.thirdPerson(verb)
                }
            }
            if let last = predicate.last { predicate[predicate.count - 1] = TextCleanup.trim(last, " ,;:-?!.") }
            if predicate.last.map(SpeechCleaner.bare) == "be" { predicate.append(asked) }
            let statement = (subject + auxiliary + predicate).map { word in
                ConfirmedProposal.perspective[SpeechCleaner.bare(word)] ?? word
            }
            return (kind, TextCleanup.trim(statement.joined(separator: " "), " ,;:-?!."), sentence)
        }
        return nil
    }

    /// The words of a thing named before a comma and the "how" or "when" that asks about it ("the
    /// sunrise length," in "the sunrise length, how long should that be"), or none.
    static func frontedTopic(_ words: [String]) -> [String] {
        guard let comma = words.prefix(5).firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
            comma + 1 < words.count, ["how", "when"].contains(SpeechCleaner.bare(words[comma + 1])),
            ["the", "our", "this", "that"].contains(SpeechCleaner.bare(words[0])),
            !words[1...comma].contains(where: { ConfirmedProposal.auxiliaries.contains(SpeechCleaner.bare($0)) })
        else { return [] }
        return Array(words[...comma])
    }

    /// "What would the subscription cost?" → "The subscription should cost": a price asked with
    /// "what", said as a need; `nil` for any other question.
    static func costQuestion(_ words: [String]) -> String? {
        let lower = words.map(SpeechCleaner.bare)
        guard lower.count >= 4, lower[0] == "what", ["would", "should", "will", "does", "may"].contains(lower[1]),
            ["cost", "costs"].contains(lower[lower.count - 1]), (2...4).contains(lower.count - 3),
            // The thing priced, named: "the subscription", "a licence", not "you like to".
            StatementBuilder.determiners.contains(lower[2]), !lower[3...].contains("to")
        else { return nil }
        var subject = Array(words[2..<(words.count - 1)])
        subject[0] = TextCleanup.capitalizedFirst(subject[0])
        return (subject + ["should", "cost"]).joined(separator: " ")
    }

    /// The measure an answer names ("about five minutes", "half a second", "at most 1500 euros"),
    /// or `nil` when it names none.
    static func measure(in answer: String, kind: Kind) -> String? {
        if kind == .moment { return moment(in: answer) }
        var found: String?
        for sentence in SentenceSplitter().split(answer) {
            guard found != nil else {
                found = measure(inSentence: sentence, kind: kind)
                continue
            }
            // "A week. No, actually, make that two weeks.": a correction replaces what was said.
            if let corrected = correction(sentence), let said = measure(inSentence: corrected, kind: kind) {
                found = said
            }
        }
        return found
    }

    /// What a sentence that corrects the one before says instead ("No, actually, make that two
    /// weeks" → "two weeks"), or `nil` when it corrects nothing.
    static func correction(_ sentence: String) -> String? {
        var words = sentence.split(separator: " ").map(String.init)
        var corrects = false
        while let first = words.first.map(SpeechCleaner.bare) {
            if ["no", "wait", "sorry", "actually", "rather"].contains(first) {
                corrects = corrects || first != "no"
            } else if words.count > 1, ["make", "i", "or"].contains(first),
                ["that", "it", "mean", "rather"].contains(SpeechCleaner.bare(words[1]))
            {
                corrects = true
                words.removeFirst()
            } else {
                break
            }
            words.removeFirst()
        }
        return corrects && !words.isEmpty ? words.joined(separator: " ") : nil
    }

    /// The measure a sentence answers with: one that opens it, after at most a few fillers ("Uh, up
    /// to three", "Like twenty euros a month"); a number inside a story ("we waited two years for
    /// it") answers nothing.
    private static func measure(inSentence sentence: String, kind: Kind) -> String? {
        let words = SpeechCleaner().clean(sentence).text.split(separator: " ").map(String.init)
        let bare = words.map(SpeechCleaner.bare)
        if kind == .time, let first = bare.first(where: { !answerOpeners.contains($0) }),
            ["immediately", "instantly"].contains(first)
        {
            return first
        }
        // "a second", "an hour": the article counts as one.
        let counted = bare.indices.filter { index in
            isQuantity(bare[index])
                || ["a", "an"].contains(bare[index]) && index + 1 < bare.count && units.contains(bare[index + 1])
        }
        for index in counted {
            // The unit follows the number, perhaps after "a" ("half a second") or a second number.
            guard let unit = (index + 1..<min(bare.count, index + 4)).first(where: { units.contains(bare[$0]) })
            else { continue }
            guard (index + 1..<unit).allSatisfy({ isQuantity(bare[$0]) || ["a", "an"].contains(bare[$0]) })
            else { continue }
            // "three weeks of Excel", "two years ago": a time in the story, not the measure asked.
            if unit + 1 < bare.count, ["of", "ago"].contains(bare[unit + 1]) { continue }
            var start = index
            while start > 0, qualifiers.contains(bare[start - 1]) || isQuantity(bare[start - 1]) { start -= 1 }
            // "between ten and sixty minutes": a range, both ends said.
            if start >= 3, bare[start - 1] == "and", isQuantity(bare[start - 2]), bare[start - 3] == "between" {
                start -= 3
            }
            guard bare[..<start].allSatisfy(answerOpeners.contains) else { return nil }
            // A rate's second half ("euros a year", "scans per hour").
            var end = unit
            if end + 2 < bare.count, ["a", "per", "an", "each"].contains(bare[end + 1]), units.contains(bare[end + 2]) {
                end += 2
            }
            // "twenty euros a month, max", "two hours at most": a limit said after the measure.
            if end + 1 < bare.count, ["max", "maximum", "tops", "max."].contains(bare[end + 1]) { end += 1 }
            if end + 2 < bare.count, bare[end + 1] == "at", ["most", "least"].contains(bare[end + 2]) { end += 2 }
            let phrase = words[start...end].joined(separator: " ")
            return TextCleanup.trim(phrase, " ,;:-?!.").lowercased()
        }
        return nil
    }

    /// "How long should the data be kept?" "Until the customer closes the account.": how long,
    /// said as the event that ends it.
    static func untilWhen(question: (kind: Kind, statement: String, sentence: String), answer: String) -> String? {
        let stem = TextCleanup.trim(question.statement, " ,;:-?!.")
        // Only how long a thing stays as it is: "kept", "valid"; "a rental should take until…" is no English.
        guard question.kind == .amount,
            let last = TextTokens(stem).words.last, PartyAnswer.keepingVerbs.union(lastingStates).contains(last),
            TextTokens(question.sentence).words.drop(while: ConfirmedProposal.leadIns.contains).starts(with: [
                "how", "long",
            ]),
            let first = SentenceSplitter().split(answer).first, !first.hasSuffix("?")
        else { return nil }
        var words = SpeechCleaner().clean(first).text.split(separator: " ").map(String.init)
        while let head = words.first, answerOpeners.contains(SpeechCleaner.bare(head)) { words.removeFirst() }
        let lower = words.map(SpeechCleaner.bare)
        guard let opener = lower.first, ["until", "till", "as"].contains(opener),
            opener != "as" || lower.starts(with: ["as", "long", "as"]), (3...14).contains(words.count)
        else { return nil }
        return stem + " " + TextCleanup.trim(words.joined(separator: " "), " ,;:-?!.").lowercased() + "."
    }

    /// What a thing can stay, asked with "how long".
    static let lastingStates: Set<String> = [
        "retained", "archived", "available", "valid", "visible", "open", "active", "accessible", "shown", "logged",
    ]

    /// Words that may come before the measure in an answer.
    static let answerOpeners: Set<String> = [
        "well", "uh", "um", "er", "like", "so", "maybe", "say", "honestly", "i", "think", "guess", "probably",
        "oh", "hm", "hmm", "yeah", "yes", "okay", "ok", "just", "then", "and", "but", "definitely", "certainly",
    ]

    /// The statement for `question` answered by `answer`, or `nil` when the answer names no measure.
    static func statement(question: (kind: Kind, statement: String, sentence: String), answer: String) -> String? {
        if let until = untilWhen(question: question, answer: answer) { return until }
        guard let measure = measure(in: answer, kind: question.kind) else { return nil }
        let stem = TextCleanup.trim(question.statement, " ,;:-?!.")
        switch question.kind {
        case .time:
            // "within 2 seconds", "in less than a second", "at most 2 seconds": the limit says
            // itself; "under 2 seconds" takes an "in".
            let joined =
                ["within", "in ", "at most", "no more than"].contains(where: { measure.hasPrefix($0) })
                || measure == "immediately" || measure == "instantly"
            if stem.hasSuffix(" fast") || stem.hasSuffix(" quick") || stem.hasSuffix(" soon") {
                return stem + ": " + measure + "."
            }
            let under = ["under", "below", "less than"].contains(where: { measure.hasPrefix($0) })
            return stem + (joined ? " " : under ? " in " : " within ") + measure + "."
        case .moment:
            // "Orders close" and "Wednesday at six": "Orders close on Wednesday at six."
            let weekday =
                momentWords.contains(SpeechCleaner.bare(String(measure.split(separator: " ")[0])))
                && !["at", "on", "in", "by", "before", "after", "every", "each", "the"].contains(
                    SpeechCleaner.bare(String(measure.split(separator: " ")[0])))
            return stem + (weekday ? " on " : " ") + measure + "."
        case .amount
        where TextTokens(question.sentence).words.drop(while: ConfirmedProposal.leadIns.contains).starts(with: [
            "how", "long",
        ]) && !stem.hasSuffix(" long"):
            // "The battery needs to last" and "at least two weeks": a duration follows its verb.
            let verb = SpeechCleaner.bare(String(stem.split(separator: " ").last ?? ""))
            // ("How long can a room be booked for?": the "for" is said already.)
            let direct =
                ["last", "lasts", "take", "takes", "run", "runs", "for"].contains(verb)
                || ["for", "within", "up", "under", "over", "until"].contains(String(measure.split(separator: " ")[0]))
            return stem + (direct ? " " : " for ") + measure + "."
        case .amount
        where TextTokens(question.sentence).words.drop(while: ConfirmedProposal.leadIns.contains).starts(with: [
            "how", "far",
        ]):
            // "They can book" and "two weeks": "They can book two weeks ahead."
            let ahead = TextTokens(question.sentence).words.contains("advance") ? "in advance" : "ahead"
            return stem + " " + measure + " " + ahead + "."
        case .frequency, .amount:
            return stem + ": " + measure + "."
        }
    }

    static func isQuantity(_ word: String) -> Bool {
        TextTokens.isNumber(word) || StatementAnalysis.numberWords.contains(word) || ["couple", "few"].contains(word)
    }

    static let qualifiers: Set<String> = [
        "about", "around", "roughly", "approximately", "within", "under", "below", "max", "maximum", "most", "at",
        "least", "up", "to", "less", "than", "more", "no", "every", "once", "twice", "minimum", "over",
    ]

    /// Units, and the things people count when they answer "how many".
    static let units = MeasureVocabulary.units.union([
        "users", "people", "customers", "items", "scans", "orders", "bookings", "requests", "pages", "times",
        "characters", "photos", "files", "languages", "schools",
    ])
}
