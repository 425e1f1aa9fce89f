/// A reason spliced onto a need with a comma, as people say it: "They shouldn't need a password,
/// half of them will forget it.", "The screen shouldn't show names big, other people are standing
/// right behind." The reason explains the need; a reviewer signs the need, so the reason is left to
/// the quote. A reason with a negation of its own stays ("…, we can't miss that"): a statement never
/// loses a negation its quote has.
///
/// Only a last clause that opens with a subject of its own ("we", "they", "half of them", "other
/// people", "that's") and a finite verb, holds no need phrase, and follows a clause that does, is
/// cut: "…, when they order" is a condition, and "…, they shouldn't change prices" a second need.
enum SplicedReason {
    /// `sentence` without its spliced reason; `nil` when it has none.
    static func withoutReason(_ sentence: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard let comma = words.indices.dropLast().last(where: { words[$0].hasSuffix(",") }), comma >= 3 else {
            return nil
        }
        let clause = words[(comma + 1)...].map(SpeechCleaner.bare)
        guard (3...12).contains(clause.count), let first = clause.first, subjects.contains(first),
            clause.prefix(5).dropFirst().contains(where: finiteVerbs.contains),
            // "…, I can't walk to every room": a statement never loses a negation its quote has.
            !clause.contains(where: { ["not", "no", "never", "nothing", "nobody"].contains($0) || $0.hasSuffix("n't") }
            ),
            !clause.contains(where: needWords.contains),
            NeedDetector.containsNeedCue(words[...comma].map(SpeechCleaner.bare).joined(separator: " "))
        else { return nil }
        return TextCleanup.trim(words[...comma].joined(separator: " "), " ,") + "."
    }

    /// Words that make a clause a need of its own ("they shouldn't be able to …"); "will" and
    /// "can't" only tell what happens otherwise.
    static let needWords: Set<String> = [
        "should", "shouldn't", "must", "mustn't", "shall", "need", "needs", "want", "wants", "able", "have", "has",
        "required", "allowed",
    ]
    /// Words a spliced reason's subject opens with.
    static let subjects: Set<String> = [
        "we", "they", "i", "people", "half", "most", "other", "others", "everyone", "everybody", "nobody", "some",
        "lots", "that's", "it's", "there's", "thats", "its", "theres", "otherwise",
    ]
    /// Finite verbs that make the clause a sentence of its own.
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "will", "would", "can", "can't", "cannot", "have", "has", "had", "do", "does",
        "did", "get", "gets", "forget", "lose", "miss", "hate", "like", "call", "complain",
        "we're", "they're", "they'll", "we'll", "i'm",
    ]
}
