import Foundation
import ReqEngModel

/// Removes the noise of spontaneous speech from a sentence: fillers, hedges, false starts and
/// stutters, so the need underneath can be read.
package struct SpeechCleaner: Sendable {
    /// A cleaned sentence and how much hedging was removed from it (for the confidence penalty).
    package struct Result: Sendable, Hashable {
        package var text: String
        package var hedges: Int
    }

    package init() {}

    package func clean(_ sentence: String) -> Result {
        var text = afterRestart(sentence)
        var hedges = 0
        // Most sentences hold none of the phrases: a lower-cased copy rules them out cheaply before
        // the case-insensitive search that edits the text. A removal can join words into a later
        // phrase, so the copy follows every edit.
        var lowered = text.lowercased()
        for phrase in Self.hedgePhrases where ByteSearch.contains(lowered, phrase) {
            let removed = removeAll(phrase, from: &text)
            if removed > 0 { lowered = text.lowercased() }
            hedges += removed
        }
        for phrase in Self.fillerPhrases where ByteSearch.contains(lowered, phrase) {
            if removeAll(phrase, from: &text) > 0 { lowered = text.lowercased() }
        }
        var words = text.split(separator: " ").map(String.init)
        words = removingRepeats(words)
        while let first = words.first, Self.leadingDiscourse.contains(Self.bare(first)) { words.removeFirst() }
        var cleaned = words.joined(separator: " ")
        cleaned = TextCleanup.trim(cleaned, " ,;:-\u{2014}\u{2013}")
        if let first = cleaned.first, first.isLowercase {
            cleaned = first.uppercased() + cleaned.dropFirst()
        }
        return Result(text: cleaned, hedges: hedges)
    }

    /// The part after the last false start ("we need the -- the app must ...", "so the, uh- the system").
    private func afterRestart(_ sentence: String) -> String {
        let markers = [" -- ", " \u{2014} ", "\u{2014}", "-- ", " - "]
        var text = sentence
        for marker in markers where ByteSearch.contains(text, marker) {
            guard let range = text.range(of: marker, options: .backwards) else { continue }
            let tail = String(text[range.upperBound...])
            let head = String(text[..<range.lowerBound])
            if NeedDetector.containsNeedCue(tail) || !NeedDetector.containsNeedCue(head) {
                if tail.split(separator: " ").count >= 3 { text = tail }
            }
        }
        return text
    }

    /// Removes every whole-word, case-insensitive occurrence of `phrase`; returns how many.
    private func removeAll(_ phrase: String, from text: inout String) -> Int {
        var count = 0
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if beforeOK && afterOK {
                text.replaceSubrange(range, with: " ")
                count += 1
                searchStart = text.startIndex
            } else {
                searchStart = range.upperBound
            }
        }
        if count > 0 { text = TextCleanup.collapseSpaces(text.replacingOccurrences(of: " ,", with: ",")) }
        return count
    }

    /// Drops immediate repetitions of one to four words ("the the", "we need we need").
    private func removingRepeats(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            result.append(word)
            for length in 1...4 where result.count >= 2 * length {
                let tail = result.suffix(length).map(Self.bare)
                let before = result.dropLast(length).suffix(length).map(Self.bare)
                if tail == before && tail.allSatisfy({ !$0.isEmpty }) {
                    result.removeLast(length)
                    break
                }
            }
        }
        return result
    }

    /// A word lower-cased without surrounding punctuation.
    static func bare(_ word: String) -> String {
        TextCleanup.trim(word.lowercased(), punctuation)
    }

    private static let punctuation = Set(" ,.;:!?\"'()-\u{2014}\u{2013}")

    /// Softeners that make a need sound less sure; removed, and counted against confidence.
    static let hedgePhrases = [
        "i'd say", "i would say", "i'd argue", "i think", "i guess", "i suppose", "i believe", "i feel like",
        "probably", "maybe", "perhaps",
        "kind of", "sort of", "more or less", "if possible", "possibly",
    ]
    /// Fillers with no content; "like" only counts when followed by a comma.
    static let fillerPhrases = [
        "you know,", "you know", "i mean,", "i mean", "like,", "um,", "uh,", "erm,", "er,", "ah,", "hmm,",
        "um", "uh", "uhm", "erm", "hmm", "mm", "basically,", "basically", "actually,", "literally",
        "you see,", "let's see,", "let me think,",
    ]
    /// Openers that carry no content at the start of a sentence.
    static let leadingDiscourse: Set<String> = [
        "so", "well", "and", "but", "okay", "ok", "oh", "also", "now", "yeah", "yes", "right", "alright", "then",
    ]
}
