/// A meeting's read-back of what was decided: "Okay, let me sum up what we have. Oval body, two
/// buttons. Charges on a dock. Blue and white." After the announcement, each short item of the same
/// turn is a decision, though most are fragments without a verb.
///
/// An item must speak of what the conversation keeps returning to, and is neither a question nor
/// the meeting's own business ("I'll send the minutes round", "next meeting is on Tuesday").
package enum ReadBack {
    /// Whether `sentence` announces a read-back of decisions.
    package static func announces(_ sentence: String) -> Bool {
        let words = TextTokens(sentence).words
        // "So:", "To sum up:": a few words of summing up, then the colon.
        if sentence.hasSuffix(":"), (1...4).contains(words.count), words.allSatisfy(listOpeners.contains) {
            return true
        }
        // "So: swaps are offered in the app, …, and …": the same words before a list in one sentence.
        if let colon = sentence.firstIndex(of: ":"), sentence[sentence.index(after: colon)...].contains(","),
            case let head = TextTokens(String(sentence[..<colon])).words, (1...4).contains(head.count),
            head.allSatisfy(listOpeners.contains)
        {
            return true
        }
        return CandidateFilter.containsSequence(words[...], announcements)
    }

    /// Where a team's read-back begins in a turn's `sentences`: at the sentence announcing it, or
    /// (-1) before the first when `speaker` goes straight on with a list begun in their last turn;
    /// `nil` when the turn reads nothing back. `continuing` (who is reading back) is kept for the
    /// next turn; a summary only promised ("I'll summarise it afterwards") begins no list.
    package static func start(of sentences: [String], by speaker: String, continuing: inout String?) -> Int? {
        let start = sentences.firstIndex(where: announces) ?? (continuing == speaker ? -1 : nil)
        continuing = start.map { $0 + 1 < sentences.count } == true ? speaker : nil
        return start
    }

    /// `sentences` with a read-back said in one sentence ("So: battery with USB-C, warm white,
    /// touch strip, an arm that folds flat.") as its announcement ("So:") and one sentence per item.
    /// A list in the sentence right after an announcement ("Okay, to sum up. Heating only, two
    /// buttons, no display.") is split so, too.
    package static func expandingInlineList(_ sentences: [String]) -> [String] {
        sentences.enumerated().flatMap { position, sentence -> [String] in
            if position > 0, !sentence.contains(":"), announces(sentences[position - 1]),
                let items = listItems(sentence[...])
            {
                return items
            }
            guard let colon = sentence.firstIndex(of: ":") else { return [sentence] }
            let head = String(sentence[...colon])
            let headWords = TextTokens(head).words
            guard (1...4).contains(headWords.count), headWords.allSatisfy(listOpeners.contains) else {
                return [sentence]
            }
            guard let items = listItems(sentence[sentence.index(after: colon)...]) else { return [sentence] }
            return [head] + items
        }
    }

    /// The comma-separated items of `list`, each a sentence of its own; `nil` unless there are at
    /// least three, each of at most twelve words.
    static func listItems(_ list: Substring) -> [String]? {
        let items = list.split(separator: ",").map { TextCleanup.trim(String($0), " .") }
        guard items.count >= 3, items.allSatisfy({ (1...12).contains(TextTokens($0).words.count) }) else {
            return nil
        }
        return items.map { item in
            let text = item.lowercased().hasPrefix("and ") ? String(item.dropFirst(4)) : item
            return TextCleanup.capitalizedFirst(text) + "."
        }
    }

    /// Words that may say, before a colon, that a list of what was decided follows.
    static let listOpeners: Set<String> = [
        "so", "okay", "ok", "right", "then", "summary", "recap", "to", "sum", "up", "in", "short", "summing", "far",
        "decided", "agreed", "just", "check", "confirm", "wrap", "wrapping",
    ]

    /// The item in the speaker's cleaned words, as a statement; `nil` when it is no decision.
    package static func item(_ cleaned: String, original: String) -> String? {
        guard !original.contains("?") else { return nil }
        let lower = TextTokens(cleaned).words
        guard (2...30).contains(lower.count), !lower.contains(where: notItems.contains),
            lower.contains(where: { !CandidateFilter.emptyWords.contains($0) && !TextTokens.isNumber($0) }),
            !CandidateFilter.endsInFragment(lower)
        else { return nil }
        var text = TextCleanup.trim(cleaned, " ,;:-!.")
        // "Or invoice with a PO number.": the item joined to the one before, said on its own.
        if let first = text.split(separator: " ").first, ["or", "and", "plus"].contains(first.lowercased()),
            lower.count > 2
        {
            text = TextCleanup.trim(String(text.dropFirst(first.count)), " ,;:-!.")
        }
        return TextCleanup.capitalizedFirst(text) + "."
    }

    /// Words that announce a read-back.
    static let announcements: [[String]] = [
        ["sum", "up"], ["summarise"], ["summarize"], ["recap"], ["say", "back"], ["read", "back"],
        ["for", "the", "minutes"], ["in", "summary"], ["to", "conclude"], ["the", "final", "design"],
        ["the", "final", "thing"], ["summing", "up"], ["wrap", "up"], ["wrapping", "up"], ["what", "we", "decided"],
        ["what", "weve", "decided"], ["what", "we", "agreed"],
        ["what", "weve", "agreed"], ["the", "decisions", "are"], ["go", "over", "what", "we"],
        ["just", "to", "check"], ["just", "to", "confirm"], ["just", "to", "recap"],
    ]

    /// Words of the meeting's business, the speaker's own tasks and the people present; a clause of
    /// the team's ("we've identified …") is read by the need reader or not at all.
    static let notItems: Set<String> = [
        "i", "ill", "im", "me", "my", "you", "your", "we", "weve", "well", "meeting", "meetings", "agenda", "next",
        "email",
        "folder", "report", "presentation", "slides", "lunch", "coffee", "thanks", "thank",
    ]
}
