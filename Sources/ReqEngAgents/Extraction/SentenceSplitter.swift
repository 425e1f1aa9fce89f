import Synchronization

/// Splits what a speaker said into sentences, hardened for transcribed speech: the one sentence
/// splitter of every agent (extraction, inference evidence, validation).
///
/// A sentence ends at `.`, `!` or `?` (or a run of them) followed by a space and a word that can
/// start a sentence, or at the end of the turn. It does not end inside a number ("99.9%", "v2.1"),
/// after a known abbreviation ("e.g.", "Dr.", "a.m."), after a single initial ("J. Smith"), or at an
/// ellipsis followed by a lower-case word (a trailing-off restart). A turn typed all in lower case
/// (a chat) may start its sentences in lower case.
package struct SentenceSplitter: Sendable {
    package init() {}

    /// Sentences of texts already split, shared by every reader of a turn (extraction, replies,
    /// contests, inference, validation each split the same turns): splitting is a pure function of
    /// the text, and walking its characters costs far more than looking it up. Emptied when full, so
    /// memory stays flat however many transcripts a run reads.
    private static let known = Mutex<[String: [String]]>([:])
    static let knownLimit = 4096

    package func split(_ text: String) -> [String] {
        if let sentences = Self.known.withLock({ $0[text] }) { return sentences }
        let sentences = splitting(text)
        Self.known.withLock { known in
            if known.count >= Self.knownLimit { known.removeAll(keepingCapacity: true) }
            known[text] = sentences
        }
        return sentences
    }

    private func splitting(_ text: String) -> [String] {
        let characters = Array(text)
        // "they go on a waiting list. and when someone cancels …": a turn typed in lower case, as
        // chats are, starts its sentences in lower case too.
        let lowerCaseStyle = characters.first(where: \.isLetter)?.isLowercase == true
        var sentences: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            // "asked for: - receipts …": a list's items begin after its colon.
            if character == ":", Self.opensListItem(characters, at: index + 1) {
                appendSentence(current, to: &sentences)
                current = ""
                index += 1
                continue
            }
            guard ".!?".contains(character) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < characters.count && ".!?".contains(characters[end + 1]) {
                end += 1
                current.append(characters[end])
            }
            let isEnd = end + 1 >= characters.count
            if isEnd
                || isBoundary(
                    characters, punctuationStart: index, punctuationEnd: end, sentence: current,
                    lowerCaseStyle: lowerCaseStyle)
            {
                appendSentence(current, to: &sentences)
                current = ""
            }
            index = end + 1
        }
        appendSentence(current, to: &sentences)
        return sentences
    }

    /// Whether a list item ("- ", "* ", "• " after a space) begins at `index`.
    static func opensListItem(_ characters: [Character], at index: Int) -> Bool {
        index + 2 < characters.count && characters[index] == " " && "-*•".contains(characters[index + 1])
            && characters[index + 2] == " "
    }

    private func appendSentence(_ text: String, to sentences: inout [String]) {
        var trimmed = TextCleanup.collapseSpaces(text)
        // An item of a list, without its marker.
        if trimmed.count > 2, let first = trimmed.first, "-*•".contains(first), trimmed.dropFirst().first == " " {
            trimmed = String(trimmed.dropFirst(2))
        }
        if trimmed.contains(where: { $0.isLetter || $0.isNumber }) { sentences.append(trimmed) }
    }

    private func isBoundary(
        _ characters: [Character], punctuationStart: Int, punctuationEnd: Int, sentence: String,
        lowerCaseStyle: Bool = false
    )
        -> Bool
    {
        let after = punctuationEnd + 1
        guard after < characters.count, characters[after].isWhitespace else { return false }
        var next = after
        while next < characters.count && characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return true }
        let following = characters[next]
        let mark = characters[punctuationStart]
        let isEllipsis = punctuationEnd > punctuationStart && mark == "."
        if isEllipsis { return following.isUppercase }
        if mark == "." {
            let word = lastWord(of: sentence)
            // "No. 5" numbers; "No. We don't want ads." answers, as people say it far more often.
            if word.lowercased() == "no" { return !following.isNumber }
            if Self.abbreviations.contains(word.lowercased()) { return false }
            if word.count == 1 && word.first?.isUppercase == true { return false }
        }
        return following.isUppercase || following.isNumber || "\"'(\u{201C}\u{2018}".contains(following)
            || Self.opensListItem(characters, at: next - 1) || lowerCaseStyle && following.isLowercase
    }

    /// The word just before the final punctuation, without it ("e.g" for "... e.g.").
    private func lastWord(of sentence: String) -> String {
        var trimmed = Substring(sentence)
        while let last = trimmed.last, ".!?".contains(last) { trimmed = trimmed.dropLast() }
        let word = trimmed.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last ?? ""
        return String(word)
    }

    /// Abbreviations (without their final period) after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "vs", "cf", "approx", "ca", "incl", "excl", "dept", "est", "min", "max", "no",
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "a.m", "p.m", "u.s", "u.k", "e.u", "inc",
        "ltd", "co", "corp", "fig", "vol", "ver", "v", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ext", "tel",
    ]
}
