/// A day or a time of day given as the answer to "when …?": "Thursday at six", "at 8 in the
/// morning", "the day before". A speaker who corrects themselves ("Thursday at six. No wait,
/// Wednesday at six") is taken at their last word.
extension MeasuredAnswer {
    /// The moment the answer opens with, or the one a correction in it gives instead; `nil` when
    /// the answer names none.
    static func moment(in answer: String) -> String? {
        var found: String?
        for (index, sentence) in SentenceSplitter().split(answer).enumerated() {
            let cleaned = TextCleanup.trim(sentence, " .!")
            var clauses = cleaned.split(separator: ",").map { TextCleanup.trim(String($0), " ") }
            // "Uh, at eight": a sound before the answer is no clause of it.
            while clauses.count > 1, TextTokens(clauses[0]).words.allSatisfy(answerOpeners.contains) {
                clauses.removeFirst()
            }
            let lower = TextTokens(clauses.first ?? "").words
            // "No wait", "Actually": what follows replaces what was said; so does a bare "no" after
            // a first answer ("Two days before. Hmm, no, one day before is better.").
            let corrects = correctionOpeners.contains { lower.starts(with: $0) } || index > 0 && lower == ["no"]
            if corrects {
                clauses.removeFirst()
                guard let next = clauses.first else { continue }
                if let said = momentPhrase(next) { found = said }
                continue
            }
            guard index == 0 || found == nil, let phrase = clauses.first, let said = momentPhrase(phrase) else {
                continue
            }
            if found == nil { found = said }
        }
        return found
    }

    /// `phrase` when it is a moment and nothing else: a weekday, a time of day or a part of a day,
    /// at most six words, after at most a few words of answering.
    static func momentPhrase(_ phrase: String) -> String? {
        var words = phrase.split(separator: " ").map(String.init)
        while let first = words.first, answerOpeners.contains(SpeechCleaner.bare(first)) { words.removeFirst() }
        // "one day before is better": the moment, and the speaker's verdict on it.
        if let verdict = verdicts.first(where: { words.map(SpeechCleaner.bare).reversed().starts(with: $0.reversed()) })
        {
            words.removeLast(verdict.count)
        }
        let lower = words.map(SpeechCleaner.bare)
        guard (1...6).contains(lower.count), lower.contains(where: momentWords.contains),
            lower.allSatisfy({ momentWords.contains($0) || momentGlue.contains($0) || isQuantity($0) })
        else { return nil }
        return words.joined(separator: " ").lowercased().replacingFirstWeekday()
    }

    /// What a speaker says of a moment after naming it.
    static let verdicts: [[String]] = [
        ["is", "better"], ["is", "best"], ["is", "fine"], ["is", "enough"], ["is", "good"], ["would", "be", "better"],
        ["works", "better"], ["is", "ideal"],
    ]
    static let correctionOpeners: [[String]] = [
        ["no", "wait"], ["wait"], ["actually"], ["sorry"], ["no", "sorry"], ["no", "actually"], ["i", "mean"],
    ]
    static let momentWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekday",
        "weekdays", "morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "am", "pm", "oclock",
        "o'clock", "daily", "day", "week", "month", "before", "after", "mondays", "tuesdays", "wednesdays",
        "thursdays", "fridays", "saturdays", "sundays",
    ]
    static let momentGlue: Set<String> = [
        "at", "on", "in", "the", "by", "before", "after", "every", "each", "half", "past",
    ]
}

extension String {
    /// The text with a weekday at its start capitalised ("wednesday at six" → "Wednesday at six").
    fileprivate func replacingFirstWeekday() -> String {
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var words = split(separator: " ").map(String.init)
        for index in words.indices where days.contains(where: { words[index].hasPrefix($0) }) {
            words[index] = words[index].prefix(1).uppercased() + words[index].dropFirst()
        }
        return words.joined(separator: " ")
    }
}
