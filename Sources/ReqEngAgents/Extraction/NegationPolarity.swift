import ReqEngBase
import ReqEngModel

/// Whether a sentence is negated: the words that turn "the remote has a screen" into its opposite.
///
/// Used to keep statements faithful (a statement must never lose or gain the negation of the words
/// it quotes) and by the conversation evaluation to count statements that do. A sentence-initial
/// "no" leading into an answer ("No, it should be blue") is not a negation of the clause; a "No." or
/// "No!" standing alone refuses, and is one.
package enum NegationPolarity {
    /// Whether `said` is negated; asked of the same sentences by many readers, so a sentence asked
    /// about before is looked up.
    package static func isNegated(_ said: String) -> Bool { known.value(for: said, negated) }

    private static let known = TextMemo<Bool>()

    private static func negated(_ said: String) -> Bool {
        // "We should drop the bell, no?": a tag that seeks agreement negates nothing.
        // "(laughs) No, it has to be …": a transcriber's note is no word of the answer.
        let said = SpeechCleaner.withoutAnnotations(said)
        let trimmed = TextCleanup.trim(said, " \"")
        let text = trimmed.lowercased().hasSuffix(", no?") ? String(trimmed.dropLast(5)) : said
        // The typographic apostrophe read as the plain one, once for the whole sentence.
        let lower = text.lowercased()
        let words = Self.words(
            lower.utf8.allSatisfy({ $0 < 0x80 }) ? lower : lower.replacingOccurrences(of: "\u{2019}", with: "'"))
        let joined = " " + words.joined(separator: " ") + " "
        if phrases.contains(where: { ByteSearch.contains(joined, $0) }) { return true }
        // "No no, we have to …": the whole run of "no" that opens an answer answers.
        // "Uh, no no, we have to …": the sounds before an answer are not part of it.
        let opening = words.prefix { interjections.contains($0) }.count
        let spoken = text.split(separator: " ").dropFirst(opening).joined(separator: " ")
        let answering = isAnswer(spoken) ? opening + answeringNoCount(spoken) : 0
        // "No, no.": a refusal and nothing else.
        if answering > opening && answering == words.count { return true }
        for (index, word) in words.enumerated() {
            // "not only X but Y", "not just X": an addition, not a denial.
            if word == "not", index + 1 < words.count, ["only", "just"].contains(words[index + 1]) { continue }
            if word.hasSuffix("n't") || markers.contains(word) { return true }
            if word == "no" && index >= answering { return true }
        }
        return false
    }

    /// The runs of letters and apostrophes of `lower`. Text in ASCII (most of it) is read byte by
    /// byte; asking each `Character` whether it is a letter looks up Unicode properties, and this
    /// is asked of every candidate sentence many times over.
    static func words(_ lower: String) -> [String] {
        guard lower.utf8.allSatisfy({ $0 < 0x80 }) else {
            return lower.split { !($0.isLetter || $0 == "'") }.map(String.init)
        }
        var words: [String] = []
        var start: String.UTF8View.Index?
        let bytes = lower.utf8
        for index in bytes.indices {
            let byte = bytes[index]
            let inWord = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte == 0x27
            if inWord, start == nil { start = index }
            if !inWord, let first = start {
                words.append(String(lower[first..<index]))
                start = nil
            }
        }
        if let first = start { words.append(String(lower[first...])) }
        return words
    }

    /// True when `statement` is negated but none of `quotes` is, or the other way round.
    package static func differs(statement: String, quotes: [String]) -> Bool {
        let negated = isNegated(statement)
        return !quotes.contains { isNegated($0) == negated }
    }

    /// How many words of the "no" run opening an answer answer: up to the last one with a mark
    /// after it ("No no, we have to" → 2; "No, no login" → 1, the second "no" negates the noun), or
    /// the whole run before a pronoun ("no no we have to").
    private static func answeringNoCount(_ text: String) -> Int {
        let tokens = text.split(separator: " ")
        let run = tokens.prefix { $0.lowercased().filter(\.isLetter) == "no" }
        if let marked = run.lastIndex(where: { $0.last.map { ",;.!".contains($0) } ?? false }) { return marked + 1 }
        let next = tokens.dropFirst(run.count).first.map { $0.lowercased().filter { $0.isLetter || $0 == "'" } } ?? ""
        return pronouns.contains(next) ? run.count : 1
    }

    /// The sounds a reply may open with, and "well".
    private static let interjections = ConfirmedProposal.interjections.union(["well"])
    private static let pronouns: Set<String> = ["we", "i", "it", "that", "they", "you", "there", "thats", "that's"]

    /// "No," / "No." / "No!" at the start: a reply to what was asked.
    private static func isAnswer(_ text: String) -> Bool {
        // "—no, no, I want": a turn cut into by another speaker opens with a dash.
        let trimmed = text.drop { " \"\u{2014}\u{2013}-\u{2026}".contains($0) }.lowercased()
        guard trimmed.hasPrefix("no") else { return false }
        let next = trimmed.dropFirst(2).first
        // "No." and "No!" refuse; "No," and "no we ..." lead into an answer.
        return next == "," || next == ";" || next == " " && isBareNo(trimmed)
    }

    /// "no no" / "no we don't" (a reply) as opposed to "no login is needed" (a negated noun).
    private static func isBareNo(_ lower: String) -> Bool {
        let second = lower.split(separator: " ").dropFirst().first.map { String($0.filter(\.isLetter)) } ?? ""
        return second == "no" || second == "not" || pronouns.contains(second)
    }

    /// Phrases that rule something out without a negating word.
    private static let phrases = [" out of scope ", " ruled out ", " left out "]

    private static let markers: Set<String> = [
        "not", "never", "without", "none", "nothing", "neither", "nor", "cannot", "nobody", "nowhere",
        "dont", "doesnt", "didnt", "wont", "cant", "shouldnt", "mustnt", "isnt", "arent", "wasnt",
    ]
}
