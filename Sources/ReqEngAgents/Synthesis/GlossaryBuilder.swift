import Foundation
import ReqEngModel

/// Finds the domain terms of a project (acronyms and recurring two-word noun phrases) and explains
/// each by where it was first used.
struct GlossaryBuilder: Sendable {
    /// Most entries kept, the most frequent first.
    var limit = 20
    /// A two-word phrase must recur this often across the project to count as a term.
    var minimumPhraseOccurrences = 3

    func entries(for transcripts: [Transcript]) -> [GlossaryEntry] {
        var counts: [String: Int] = [:]
        var display: [String: String] = [:]
        var firstUse: [String: (session: String, turn: Int, speaker: String)] = [:]
        for transcript in transcripts {
            for turn in transcript.turns {
                for term in Self.candidates(in: turn.text) {
                    let key = term.lowercased()
                    counts[key, default: 0] += 1
                    if display[key] == nil { display[key] = term }
                    if firstUse[key] == nil { firstUse[key] = (transcript.id, turn.number, turn.speaker) }
                }
            }
        }
        let kept = counts.filter { key, count in
            Self.isAcronym(display[key] ?? key) ? count >= 1 : count >= minimumPhraseOccurrences
        }
        let ranked = kept.sorted { lhs, rhs in lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key }
        return ranked.prefix(limit).compactMap { key, count in
            guard let term = display[key], let first = firstUse[key] else { return nil }
            let times = count == 1 ? "once" : "\(count) times"
            return GlossaryEntry(
                term: term,
                definition:
                    "Domain term used \(times); first by \(first.speaker) in session \(first.session), turn \(first.turn).",
                occurrences: count)
        }
        .sorted { $0.term.lowercased() < $1.term.lowercased() }
    }

    /// Acronyms ("GDPR", "SKU", "2FA") and two-word phrases of content words ("waiting list").
    static func candidates(in text: String) -> [String] {
        let tokens = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" })
            .map(String.init)
        var terms: [String] = []
        for token in tokens where isAcronym(token) {
            terms.append(token)
        }
        let lowered = tokens.map { $0.lowercased() }
        for index in lowered.indices.dropLast() {
            let first = lowered[index]
            let second = lowered[index + 1]
            guard isContentWord(first), isContentWord(second) else { continue }
            terms.append("\(first) \(second)")
        }
        return terms
    }

    static func isAcronym(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        return (2...6).contains(token.count) && letters.count >= 2 && token.allSatisfy { $0.isUppercase || $0.isNumber }
            && !notAcronyms.contains(token)
    }

    static func isContentWord(_ word: String) -> Bool {
        word.count >= 3 && word.allSatisfy(\.isLetter) && !stopWords.contains(word)
    }

    static let notAcronyms: Set<String> = ["OK", "AM", "PM", "TV", "OH", "UM", "UH", "HI", "NO", "SO", "IT", "ID"]

    /// Function words, fillers and generic verbs/adjectives that never make a domain term.
    static let stopWords: Set<String> = [
        "the", "and", "but", "for", "with", "that", "this", "these", "those", "there", "then", "than", "they", "them",
        "their", "what", "when", "where", "which", "who", "whom", "why", "how", "you", "your", "yours", "our", "ours",
        "we're", "i'm", "it's", "that's", "don't", "can't", "won't", "isn't", "aren't", "doesn't", "didn't",
        "shouldn't", "wouldn't", "couldn't", "we'll", "you're", "they're", "let's", "i've", "we've", "i'd", "we'd",
        "all", "any", "some", "every", "each", "more", "most", "much", "many", "few", "very", "really", "just",
        "also", "too", "only", "even", "still", "already", "yet", "again", "about", "above", "after", "before",
        "from", "into", "onto", "over", "under", "out", "off", "through", "between", "during", "without", "within",
        "must", "shall", "should", "would", "could", "will", "can", "may", "might", "need", "needs", "needed",
        "have", "has", "had", "having", "want", "wants", "like", "get", "gets", "got", "make", "makes", "made",
        "see", "know", "think", "mean", "say", "said", "tell", "go", "going", "come", "take", "look", "use",
        "able", "sure", "right", "yeah", "yes", "okay", "well", "maybe", "actually", "basically", "kind", "sort",
        "thing", "things", "stuff", "lot", "lots", "way", "time", "times", "day", "days", "week", "weeks", "one",
        "two", "three", "first", "second", "last", "next", "new", "old", "good", "great", "bad", "big", "small",
        "other", "another", "same", "such", "own", "not", "now", "here", "because", "while", "since", "until",
        "been", "being", "was", "were", "are", "is", "does", "did", "doing", "done", "let", "put", "give",
        "people", "someone", "something", "anything", "everything", "nothing", "everyone", "anyone", "okay",
        "hmm", "um", "uh", "exactly", "probably", "definitely", "absolutely", "quite", "pretty", "though",
        "whole", "least", "able", "if", "or", "so", "to", "of", "in", "on", "at", "by", "as", "be", "do",
        "it", "is", "an", "a", "i", "me", "my", "us", "we", "he", "she", "his", "her", "him",
    ]
}
