/// The content words of a statement, as the conversation evaluation compares them.
///
/// Lower-cased runs of letters and digits (an apostrophe inside a word is dropped: "don't" is
/// "dont"), less function words and the boilerplate every requirement shares ("system", "user",
/// "able", "shall", …), each reduced to a crude stem ("buttons" → "button", "sorting" → "sort") so
/// that inflections of one word count as one. The definition is fixed so that numbers stay
/// comparable between runs and between people: change it only with the labelling guide.
package enum ContentWords {
    package static func of(_ text: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        func flush() {
            if !current.isEmpty, !stopWords.contains(current) {
                let stemmed = stem(current)
                if !stopWords.contains(stemmed) { words.insert(stemmed) }
            }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" {
                continue
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Strips one common English suffix from words long enough to keep a stem of three letters:
    /// "ies" → "y", "es" after a sibilant ("boxes", "matches"), "ing", "ed", then a plural "s".
    static func stem(_ word: String) -> String {
        func strip(_ suffix: String, _ replacement: String = "") -> String? {
            guard word.count >= suffix.count + 3, word.hasSuffix(suffix) else { return nil }
            return String(word.dropLast(suffix.count)) + replacement
        }
        if let stem = strip("ies", "y") { return stem }
        for sibilant in ["sses", "xes", "zes", "ches", "shes"] where word.hasSuffix(sibilant) {
            if let stem = strip("es") { return stem }
        }
        if let stem = strip("ing") ?? strip("ed") { return stem }
        if !word.hasSuffix("ss"), !word.hasSuffix("us"), let stem = strip("s") { return stem }
        return word
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "into", "onto", "than", "then", "that", "this", "these", "those", "it", "its", "they", "them",
        "their", "we", "us", "our", "you", "your", "i", "me", "my", "he", "she", "his", "her", "be", "is", "are",
        "was", "were", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "not",
        "no", "dont", "doesnt", "isnt", "arent", "wont", "cant", "cannot", "shouldnt", "mustnt", "shall", "should",
        "must", "will", "would", "can", "could", "may", "might", "need", "needs", "want", "wants", "so", "if",
        "when", "which", "who", "what", "where", "how", "there", "here", "all", "any", "some", "each", "every",
        "also", "only", "just", "very", "more", "most", "such", "about", "up", "out", "over", "under", "able",
        "system", "user", "users", "product", "provide", "allow", "support", "ensure", "let", "make", "get",
        "go", "one", "thing", "things", "way", "like", "well", "yes", "yeah", "okay", "um", "uh",
    ]
}
