import ReqEngModel

/// Question marks for a transcript written or transcribed without them.
///
/// Speech recognisers and some note-takers leave out the "?": "How do customers pay today." or
/// "do you need the history". Everything that reads a conversation (an answer to a question, a
/// proposal put as a question, a read-back) starts from knowing what was asked, so a transcript with
/// (almost) no question marks is read as if nothing was ever asked. When the whole transcript has at
/// most one turn with a "?" in fifty, each sentence that asks by its wording gets one: an inverted
/// auxiliary with a subject ("Do you keep the history", "Could the app show notes"), a question word
/// with an auxiliary ("How do customers pay", "Which room is it", "What's the limit"), "how many",
/// "how long" and the like, or a tag after a comma (", right"). A question said as a statement ("So
/// you'd want it on a map") has no such mark and stays as it is; so does "What we need is a map".
package enum QuestionMarks {
    /// Marks the questions of `turns` when they carry (almost) no question marks of their own;
    /// returns how many were marked.
    package static func restore(_ turns: inout [Turn]) -> Int {
        let asked = turns.count { $0.text.utf8.contains(UInt8(ascii: "?")) }
        guard turns.count >= 4, asked * 50 <= turns.count else { return 0 }
        var marked = 0
        for index in turns.indices {
            let (text, count) = marking(turns[index].text)
            turns[index].text = text
            marked += count
        }
        return marked
    }

    /// `text` with a "?" ending each sentence that asks, and how many were marked. A sentence ends
    /// at ".", "!" or "…" before a space or the end; a turn without any ending is one sentence,
    /// marked only when short enough to be a single question.
    static func marking(_ text: String) -> (String, Int) {
        var result = ""
        var sentence = ""
        var marked = 0
        var endedAny = false
        let characters = Array(text)
        for (offset, character) in characters.enumerated() {
            let ends =
                ".!…".contains(character)
                && (offset + 1 == characters.count || characters[offset + 1].isWhitespace)
            guard ends else {
                sentence.append(character)
                continue
            }
            endedAny = true
            if character != "!", asks(sentence) {
                result += trimmingTrailingPunctuation(sentence) + "?"
                marked += 1
            } else {
                result += sentence + String(character)
            }
            sentence = ""
        }
        if sentence.contains(where: { !$0.isWhitespace }) {
            let words = sentence.split(whereSeparator: \.isWhitespace).count
            if (endedAny || words <= maximumUnendedWords) && asks(sentence) {
                result += trimmingTrailingPunctuation(sentence) + "?"
                marked += 1
                sentence = ""
            }
        }
        return (result + sentence, marked)
    }

    /// The longest turn with no sentence ending that is still read as one question.
    static let maximumUnendedWords = 25

    private static func trimmingTrailingPunctuation(_ sentence: String) -> String {
        var trimmed = Substring(sentence)
        while let last = trimmed.last, last.isWhitespace || ",;:".contains(last) { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Whether a sentence asks by its wording.
    static func asks(_ sentence: String) -> Bool {
        let raw = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        // A tag after a comma: "You do the swaps yourself, right".
        if let last = raw.last, raw.count >= 4 {
            let tail = raw.suffix(3).joined(separator: " ").lowercased()
            if tags.contains(where: { tail.hasSuffix(", " + $0) || tail.hasSuffix("," + $0) })
                || tagWords.contains(bare(last)) && raw[raw.count - 2].hasSuffix(",")
            {
                return true
            }
        }
        // "Confirmation after booking, do you want one": the question after a topic.
        if let comma = raw.lastIndex(where: { $0.hasSuffix(",") }), comma + 1 < raw.count - 1,
            asksByWording(Array(raw[(comma + 1)...]), strictly: true)
        {
            return true
        }
        return asksByWording(raw)
    }

    /// Whether words (as written) open with an inverted auxiliary or a question word that asks.
    /// `strictly` (a clause after a comma, where "what's picked" lists rather than asks) wants a
    /// pronoun or determiner right after the auxiliary.
    static func asksByWording(_ raw: [String], strictly: Bool = false) -> Bool {
        // Each word with whether it was written capitalised (a name, past the sentence's start).
        var words: [String] = []
        var named: [Bool] = []
        for word in raw {
            for part in expanded(bare(word)) where !part.isEmpty {
                words.append(part)
                named.append(word.first?.isUppercase ?? false)
            }
        }
        while let first = words.first, openers.contains(first) {
            words.removeFirst()
            named.removeFirst()
        }
        guard words.count >= 2, let first = words.first else { return false }
        let second = words[1]
        if auxiliaries.contains(first) {
            // "So did I", "Will do": too short to ask.
            guard words.count >= 3, !isInvertedCondition(raw) else { return false }
            // "Have a look at it", "Have it ready" tell; "Have you seen it" asks. "Do it again"
            // tells too.
            if ["have", "has", "had"].contains(first) { return pronounSubjects.contains(second) && second != "it" }
            if first == "do", ["it", "this", "that"].contains(second) { return false }
            // "Can patients cancel", "Does Maria do it": people named, or a plural; "Could be
            // worse", "Will always work" are no subject.
            let nounSubject =
                !notSubjects.contains(second) && (second.hasSuffix("s") && second.count > 3 || named[1])
            return pronounSubjects.contains(second) || determiners.contains(second) || nounSubject && !strictly
        }
        guard questionWords.contains(first) else { return false }
        // "What we need is a map", "When you open it, it beeps": a clause, not a question.
        if pronounSubjects.contains(second) || determiners.contains(second) && first != "which" && first != "what" {
            return false
        }
        if auxiliaries.contains(second) {
            // "Which is exactly what they asked": a relative clause going on, unless a subject follows.
            guard strictly || first == "which" else { return true }
            // ", which is a company colour": a relative clause.
            if strictly && first == "which" { return false }
            return words.count > 2 && (pronounSubjects.contains(words[2]) || determiners.contains(words[2]))
        }
        if strictly { return false }
        if first == "how" { return degreeWords.contains(second) }
        if first == "who" || first == "why" { return true }
        // "What about reviews", "What happens when a school closes".
        if first == "what", ["about", "happens", "comes", "if", "else"].contains(second) { return true }
        // "Which room is it", "What kind of reports do you need": a noun, then the auxiliary and its
        // subject. "What the app does is send a mail" has no subject after its verb.
        guard first == "which" || first == "what" || first == "whose" else { return false }
        let rest = Array(words.dropFirst(2).prefix(5))
        return rest.indices.contains { index in
            auxiliaries.contains(rest[index])
                && (index + 1 < rest.count
                    ? pronounSubjects.contains(rest[index + 1]) || determiners.contains(rest[index + 1])
                    : words.count == index + 3)
        }
    }

    /// Whether words open with a condition said by inversion and go on with the main clause: "Should
    /// the payment fail, the order is cancelled", "Had we known, we would have waited".
    static func isInvertedCondition(_ raw: [String]) -> Bool {
        let lower = raw.map(bare)
        guard let first = lower.first, ["should", "had", "were"].contains(first),
            let comma = raw.firstIndex(where: { $0.hasSuffix(",") }), comma >= 2, comma + 3 < raw.count
        else { return false }
        let next = lower[comma + 1]
        return pronounSubjects.contains(next) || determiners.contains(next)
    }

    /// A word lower-cased, without the punctuation around it; curly apostrophes made straight.
    static func bare(_ word: String) -> String {
        let straight = String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        return String(
            straight.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }

    /// "what's" is "what is", "how'd" is "how did": a question word with its auxiliary.
    static func expanded(_ word: String) -> [String] {
        for (suffix, auxiliary) in [("'s", "is"), ("'re", "are"), ("'d", "did"), ("'ll", "will")]
        where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            if questionWords.contains(stem) { return [stem, auxiliary] }
        }
        return [word]
    }

    /// Words ending in "s" after an auxiliary that are no subject of a question.
    static let notSubjects: Set<String> = [
        "always", "perhaps", "sometimes", "unless", "is", "was", "has", "does", "towards", "besides", "less",
        "thus", "yes", "this", "plus", "its", "as", "us",
    ]

    /// Words people put before a question: "So, um, how do you pay", "Okay and do you …".
    static let openers: Set<String> = [
        "so", "and", "but", "okay", "ok", "um", "uh", "er", "erm", "well", "right", "then", "also", "oh",
        "ah", "alright", "hmm", "mm", "yeah", "yes", "no", "hi", "hello", "sorry", "actually", "just", "anyway",
        "great", "good", "fine", "cool", "thanks", "or",
    ]
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "shall", "should", "has",
        "have", "had", "may", "might", "must", "isn't", "aren't", "doesn't", "don't", "didn't", "can't", "couldn't",
        "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "wasn't", "weren't",
    ]
    static let pronounSubjects: Set<String> = [
        "i", "you", "we", "they", "he", "she", "it", "there", "anyone", "anybody", "someone", "somebody", "everyone",
        "everybody", "people",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "your", "our", "their", "his", "her", "its", "my", "any",
        "all", "some", "each", "every",
    ]
    static let questionWords: Set<String> = ["what", "which", "who", "whom", "whose", "where", "when", "why", "how"]
    /// "how many", "how long": asking for an amount.
    static let degreeWords: Set<String> = [
        "many", "much", "long", "often", "far", "big", "fast", "quickly", "soon", "old", "large", "small", "early",
        "late", "about",
    ]
    /// Tags that turn a statement into a question after a comma.
    static let tags = ["is that right", "is that correct", "isn't it", "aren't they", "don't you", "or not"]
    static let tagWords: Set<String> = ["right", "correct"]
}
