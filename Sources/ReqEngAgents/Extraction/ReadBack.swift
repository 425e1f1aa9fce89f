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
        return CandidateFilter.containsSequence(words[...], announcements)
    }

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
    ]

    /// Words of the meeting's business, the speaker's own tasks and the people present; a clause of
    /// the team's ("we've identified …") is read by the need reader or not at all.
    static let notItems: Set<String> = [
        "i", "ill", "im", "me", "my", "you", "your", "we", "weve", "well", "meeting", "meetings", "agenda", "next",
        "email",
        "folder", "report", "presentation", "slides", "lunch", "coffee", "thanks", "thank",
    ]
}
