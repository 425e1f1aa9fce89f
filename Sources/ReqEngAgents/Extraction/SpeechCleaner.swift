import Foundation
import ReqEngBase
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

    func cleaning(_ sentence: String) -> Result {
        var text = afterRestart(TextCleanup.joiningSpelledAcronyms(Self.withoutAnnotations(sentence)))
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
        // "Just, maybe, the boat …": a hedge taken from between two commas leaves one comma.
        var words = text.split(separator: " ").map(String.init).filter { $0 != "," }
        words = Self.leavingOutInOrder(
            Self.afterWantedSo(
                Self.afterAbandonedModal(
                    Self.afterRestartedSubject(
                        removingRepeats(
                            Self.afterBrokenInfinitive(
                                Self.repairingCutWords(
                                    Self.droppingStrandedArticles(
                                        Self.removingFragments(Self.expandingSpokenForms(words))))
                            ))))))
        // "has to be, yeah, quite a big distance": a "yeah" set off by commas inside the sentence.
        if let yeah = words.indices.dropFirst().first(where: {
            ["yeah,", "yes,"].contains(words[$0].lowercased()) && words[$0 - 1].hasSuffix(",")
                // "Their own, yes, …" answers; after a word no phrase ends on, it only fills.
                && CandidateFilter.fragmentEnds.contains(Self.bare(words[$0 - 1]))
        }) {
            words[yeah - 1].removeLast()
            words.remove(at: yeah)
        }
        // "Just, the boat …": "just" set off by its comma only opens the sentence.
        while let first = words.first,
            Self.leadingDiscourse.contains(Self.bare(first)) || first.lowercased() == "just,"
        {
            words.removeFirst()
        }
        // "No, no, we have to change it": a "no" answering someone, not denying what follows.
        while words.count > 2, Self.bare(words[0]) == "no",
            Self.personalSubjects.contains(Self.bare(words[1])) || Self.bare(words[1]) == "no"
        {
            words.removeFirst()
        }
        // "(I think) that the lock should …": the complementiser of a removed hedge opens no sentence
        // ("that we need" may front an object, and keeps its "that").
        if words.count > 3, Self.bare(words[0]) == "that", Self.clauseSubjectStarts.contains(Self.bare(words[1])) {
            words.removeFirst()
        }
        // "People do prefer", "we really do need": an emphatic "do" before a verb of need adds no
        // meaning, and a rewrite would read it as a verb of its own.
        if let emphatic = words.indices.dropFirst().dropLast().first(where: {
            ["do", "does", "did"].contains(Self.bare(words[$0])) && Self.needVerbs.contains(Self.bare(words[$0 + 1]))
                && !words[$0 - 1].hasSuffix(",")
        }) {
            words.remove(at: emphatic)
        }
        // "You we have to …", "we we're supposed to …": a subject the speaker replaced at once.
        if words.count > 2, Self.personalSubjects.contains(Self.bare(words[0])) || Self.bare(words[0]) == "it",
            Self.personalSubjects.contains(Self.bare(words[1])) && Self.bare(words[0]) != Self.bare(words[1])
                || Self.bare(words[1]).hasPrefix(Self.bare(words[0]) + "'")
        {
            words.removeFirst()
        }
        // "… a bit lighter yeah", "…, right?": an assent tagged on at the end is no part of the sentence.
        while words.count > 3, let last = words.last,
            Self.trailingAssents.contains(Self.bare(last))
                || ["right", "yes"].contains(Self.bare(last)) && words[words.count - 2].hasSuffix(",")
                // "We should drop the bell, no?" seeks agreement as "…, right?" does.
                || Self.bare(last) == "no" && last.hasSuffix("?") && words[words.count - 2].hasSuffix(",")
        {
            words.removeLast()
            // "…, right?" asks only in its tag: without it the sentence states.
            let mark = last.reversed().prefix(while: { ".!?".contains($0) })
            let end = mark.contains("?") ? "." : String(mark.reversed())
            if let kept = words.popLast() { words.append(TextCleanup.trim(kept, ",;:") + end) }
        }
        words = Self.cuttingBrokenTail(words)
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
            // "uh" is no part of "uh-huh".
            let beforeOK =
                range.lowerBound == text.startIndex
                || !text[text.index(before: range.lowerBound)].isLetter
                    && text[text.index(before: range.lowerBound)] != "-"
            let afterOK =
                range.upperBound == text.endIndex || !text[range.upperBound].isLetter && text[range.upperBound] != "-"
            if beforeOK && afterOK && !Self.namesAKind(phrase, before: text[..<range.lowerBound]) {
                text.replaceSubrange(Self.withOpeningComma(range, of: phrase, in: text), with: " ")
                count += 1
                searchStart = text.startIndex
            } else {
                searchStart = range.upperBound
            }
        }
        if count > 0 { text = TextCleanup.collapseSpaces(text.replacingOccurrences(of: " ,", with: ",")) }
        return count
    }

    /// "works on both, um, Android and iPhone", "shows, uh, the time": commas that only set off a
    /// filler inside a phrase go with it. A comma before the filler stays when it may end a list
    /// item ("red, um, blue"): only after a word that cannot end a phrase, or before an article
    /// that opens the rest of one, is it the filler's.
    static func withOpeningComma(
        _ range: Range<String.Index>, of phrase: String, in text: String
    )
        -> Range<String.Index>
    {
        guard phrase.hasSuffix(","), range.lowerBound > text.startIndex else { return range }
        var comma = text.index(before: range.lowerBound)
        while comma > text.startIndex, text[comma] == " " { comma = text.index(before: comma) }
        guard text[comma] == "," else { return range }
        let previous = bare(String(text[..<comma].split(separator: " ").last ?? ""))
        let next = bare(String(text[range.upperBound...].split(separator: " ").first ?? ""))
        let copula = ["is", "are", "was", "were", "be"].contains(previous)
        // "The hard date is, um, the product has to …": after a copula, a comma before an article
        // may open a clause of its own; "it should be, like, you scan the code" goes on.
        if copula, ["the", "a", "an"].contains(next) { return range }
        guard
            copula || phraseContinues.contains(previous) || CandidateFilter.prepositions.contains(previous)
                || ["the", "a", "an"].contains(next) || TextTokens.isNumber(next)
        else { return range }
        return comma..<range.upperBound
    }

    /// Words after which a phrase must go on: determiners, auxiliaries and conjunctions.
    static let phraseContinues: Set<String> = [
        "both", "either", "neither", "the", "a", "an", "and", "or", "that",
        "which", "our", "their", "its", "very", "really", "more", "most", "you", "me", "us", "them",
    ]

    /// Whether "kind of" or "sort of" names a kind ("a certain kind of bell", "what sort of
    /// case") rather than softening what follows ("it's kind of heavy"): a word that picks out a
    /// thing stands before it.
    static func namesAKind(_ phrase: String, before: Substring) -> Bool {
        guard phrase == "kind of" || phrase == "sort of",
            let previous = before.split(separator: " ").last.map({ bare(String($0)) })
        else { return false }
        return kindDeterminers.contains(previous)
    }

    static let kindDeterminers: Set<String> = [
        "a", "the", "certain", "this", "that", "what", "which", "same", "any", "each", "every", "one", "other",
        "different", "another", "new", "special", "right", "particular",
    ]

    /// Drops immediate repetitions of one to four words ("the the", "we need we need").
    private func removingRepeats(_ words: [String]) -> [String] {
        var result: [String] = []
        // Each kept word's bare form, computed once: every word is compared with up to eight
        // before it.
        var bares: [String] = []
        result.reserveCapacity(words.count)
        bares.reserveCapacity(words.count)
        for word in words {
            result.append(word)
            bares.append(Self.bare(word))
            // "the Mando this Mando", "a case the case": a noun said again with another determiner.
            if result.count >= 4 {
                let last = bares.suffix(4)
                let first = last.startIndex
                if last[first + 1] == last[first + 3], last[first] != last[first + 2],
                    Self.restartDeterminers.contains(last[first]), Self.restartDeterminers.contains(last[first + 2]),
                    !last[first + 1].isEmpty, !result[result.count - 3].hasSuffix(",")
                {
                    result.removeSubrange((result.count - 4)..<(result.count - 2))
                    bares.removeSubrange((bares.count - 4)..<(bares.count - 2))
                    continue
                }
            }
            for length in 1...4 where result.count >= 2 * length {
                let tail = bares.suffix(length)
                let before = bares.dropLast(length).suffix(length)
                // "If kids chew it, it should not break": the condition's object, then the main
                // clause's subject, is no word said twice.
                // Unpunctuated too, after a verb ("if they chew it it shouldn't").
                let clauseSubject =
                    length == 1 && ["it", "they", "we", "you", "he", "she"].contains(bares[bares.count - 1])
                    && bares.dropLast(2).contains(where: Self.conditionOpeners.contains)
                    && (result[result.count - 2].hasSuffix(",")
                        || bares.count >= 3 && bares[bares.count - 1] == "it"
                            && !Self.conditionOpeners.union(["that", "and", "but", "so", "is", "was"])
                                .contains(bares[bares.count - 3]))
                if tail.elementsEqual(before) && tail.allSatisfy({ !$0.isEmpty }) && !clauseSubject {
                    // "The, um, the main thing": the second try is kept, without the pause's comma.
                    let later = Array(result.suffix(length))
                    let laterBares = Array(tail)
                    result.removeLast(2 * length)
                    bares.removeLast(2 * length)
                    result.append(contentsOf: later)
                    bares.append(contentsOf: laterBares)
                    break
                }
            }
        }
        return result
    }

    static let conditionOpeners: Set<String> = ["if", "when", "once", "unless", "whenever", "while", "after", "before"]

    /// Drops the cut-off starts of words that transcripts keep ("riders want th also a bell", "the z the
    /// lock"): a lower-case token of one or two letters that is no English word and follows no
    /// number (so "5 kg" keeps its unit), a lone capital letter opening the sentence ("H that"), and
    /// two opening letters the next word starts with ("Th the").
    static func removingFragments(_ words: [String]) -> [String] {
        var kept: [String] = []
        kept.reserveCapacity(words.count)
        for (index, word) in words.enumerated() {
            let letters = TextCleanup.trim(word, punctuation)
            let isFragment: Bool
            if letters.count == 1, index == 0, let letter = letters.first, letter.isUppercase,
                letters != "I" && letters != "A", words.count > 1, words[1].first?.isLowercase == true
            {
                isFragment = true
            } else if letters.count == 2, index == 0, letters.first?.isUppercase == true, words.count > 1,
                !shortWords.contains(letters.lowercased()),
                words[1].lowercased().hasPrefix(letters.lowercased())
            {
                // "Th the system will change": the sentence's first word cut off and said again.
                isFragment = true
            } else if ["re", "ex", "de", "co"].contains(letters), index + 1 < words.count,
                words[index + 1].hasPrefix(letters), words[index + 1].count > letters.count + 2
            {
                // "a light for the ex exterior": the first syllable, said and then the word whole.
                isFragment = true
            } else if (1...2).contains(letters.count), letters.allSatisfy({ $0.isLowercase && $0.isASCII }),
                !shortWords.contains(letters)
            {
                let afterNumber = kept.last.map { $0.contains(where: \.isNumber) } ?? false
                isFragment = !afterNumber
            } else {
                isFragment = false
            }
            if !isFragment { kept.append(word) }
        }
        return kept
    }

    /// "The having the lock in blue", "that the we": an article the speaker left when they restarted
    /// with a verb in "-ing" that takes its own article, or with a subject. The stranded article goes.
    static func droppingStrandedArticles(_ words: [String]) -> [String] {
        var words = words
        var index = 0
        while index + 2 < words.count {
            let article =
                ["the", "a", "an"].contains(bare(words[index]))
                && !words[index].contains(where: { ",.;:".contains($0) })
            let restartedWithVerb =
                bare(words[index + 1]).hasSuffix("ing") && bare(words[index + 1]).count > 5
                && !words[index + 1].contains(where: { ",.;:".contains($0) })
                && ["the", "a", "an", "our", "this", "that", "these", "those", "their", "its"].contains(
                    bare(words[index + 2]))
            // "that the they could carry a lock": no article comes before a subject pronoun.
            let restartedWithSubject = ["i", "we", "they", "he", "she"].contains(bare(words[index + 1]))
            if article, restartedWithVerb || restartedWithSubject {
                let article = words.remove(at: index)
                if article.first?.isUppercase == true {
                    words[index] = TextCleanup.capitalizedFirst(words[index])
                }
                // "the the having the": a stutter before it is stranded too.
                index = max(0, index - 1)
                continue
            }
            index += 1
        }
        return words
    }

    /// Repairs where the speaker cut a word off and said it again in full: "a ligh light" keeps
    /// "a light", and "in the lock cas in the lock case" keeps the second try. The cut-off word
    /// is lower case, three letters or more, no word of grammar ("the they" may be two words), the
    /// start of the next word, or of the word after a repetition of the words before it.
    static func repairingCutWords(_ words: [String]) -> [String] {
        var words = words
        var index = 0
        while index + 1 < words.count {
            let cut = bare(words[index])
            guard cut.count >= 3, words[index].first?.isLowercase == true,
                !words[index].contains(where: { ",.;:!?".contains($0) }), !CandidateFilter.emptyWords.contains(cut),
                // "customers can cancel", "we use user accounts": a whole short word, not a cut one.
                cut.count > 4 || !GeneralWords.common.contains(cut) && !wholeShortWords.contains(cut)
            else {
                index += 1
                continue
            }
            let completes = { (word: String) in
                let full = bare(word)
                return full.count > cut.count && full.hasPrefix(cut) && word.first?.isLowercase == true
            }
            if completes(words[index + 1]) {
                words.remove(at: index)
                continue
            }
            // "in the lock cas in the lock case": the words before the cut said again, then the word whole.
            let restated = (1...4).first { length in
                index >= length && index + length + 1 < words.count && completes(words[index + length + 1])
                    && words[(index - length)..<index].map(bare) == words[(index + 1)...(index + length)].map(bare)
            }
            if let length = restated {
                words.removeSubrange((index - length)...index)
                index -= length
                continue
            }
            index += 1
        }
        return words
    }

    /// English words of one or two letters, and short words speech transcripts write in lower case.
    static let shortWords: Set<String> = [
        "a", "i", "ad", "ah", "am", "an", "as", "at", "aw", "be", "by", "do", "eh", "er", "ex", "go", "ha", "he",
        "hi", "hm", "id", "if", "in", "is", "it", "me", "mm", "mr", "ms", "my", "no", "of", "oh", "ok", "on", "or",
        "ow", "ox", "pc", "pm", "re", "so", "to", "tv", "uh", "um", "up", "us", "vs", "we", "ya", "ye", "yo", "ui",
        "ux", "ai", "eu", "uk", "dr", "st", "km", "kg", "cm", "mb", "gb", "kb", "hr", "oz", "lb",
    ]

    /// A word lower-cased without surrounding punctuation.
    /// Spoken contractions written out ("we don't wanna have a chain" → "want to"), so a need said
    /// casually is read, and restated, like one said carefully.
    static func expandingSpokenForms(_ words: [String]) -> [String] {
        guard words.contains(where: { spokenForms[bare($0)] != nil }) else { return words }
        return words.flatMap { word -> [String] in
            guard let written = spokenForms[bare(word)] else { return [word] }
            let lead = word.prefix(while: { punctuation.contains($0) })
            let trail = word.reversed().prefix(while: { punctuation.contains($0) }).reversed()
            var parts = written
            if word.dropFirst(lead.count).first?.isUppercase == true, let first = parts.first {
                parts[0] = first.prefix(1).uppercased() + first.dropFirst()
            }
            parts[0] = String(lead) + parts[0]
            parts[parts.count - 1] += String(trail)
            return parts
        }
    }

}
