import ReqEngModel

/// ISO/IEC/IEEE 29148 (unambiguous, singular): a statement kept in the speaker's words, because
/// extraction could not rewrite it as "<actor> shall <action>" without guessing, and the words do
/// not read as a requirement on their own: they speak for the speaker ("we don't want ads"), point
/// back ("they can change the order"), keep a filler, or have no verb ("a normalised hourly
/// price"). Kept words that already read as a statement ("Trial lesson requests are deleted after
/// a month.") raise nothing: rewording them would add nothing a reviewer needs.
///
/// The validation agent reports every such statement of a document in one finding
/// (``summary(requirementIDs:)``): the same advice on most requirements of a design meeting would
/// bury the findings that differ.
package struct SpeakerWordingRule: QualityRule {
    package let id = "ISO/IEC/IEEE 29148 unambiguous"
    package static let issueType = "speaker_wording"

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let requirement = context.current.requirement
        guard requirement.isInSpeakersWords, !Self.readsAsStatement(requirement.statement) else { return [] }
        return [
            Finding(
                severity: .warning, issueType: Self.issueType, rule: id,
                message: "Kept in the speaker's words: the statement could not be rewritten with confidence.",
                suggestion: "Reword it as one requirement (who shall do what) and confirm it with the speaker.")
        ]
    }

    /// The one finding for every statement of a document kept in its speaker's words: which
    /// they are, and what to do before sign-off.
    func summary(requirementIDs: [String]) -> Finding {
        let count = requirementIDs.count
        let listed =
            count == 1
            ? "\(requirementIDs[0]) is kept in the speaker's words: its statement"
            : "\(count) requirements are kept in the speaker's words (\(requirementIDs.joined(separator: ", "))): "
                + "their statements"
        return Finding(
            severity: .warning, issueType: Self.issueType, rule: id,
            message: listed + " could not be rewritten with confidence.",
            suggestion: "Reword each as one requirement (who shall do what) and confirm it with its speaker.")
    }

    /// Whether words read as a requirement statement as they stand: a third-person subject, no
    /// filler, and a verb.
    static func readsAsStatement(_ statement: String) -> Bool {
        let words = TextTokens(statement).words
        guard words.count >= 3, let first = words.first, !pointing.contains(first),
            !words.contains(where: { speakerWords.contains($0) || fillers.contains($0) }),
            !statement.contains(":"), !statement.contains("?")
        else { return false }
        // "No reviews or star ratings on the site at all.": a Won't said in full.
        if first == "no" { return !statement.contains(",") }
        guard words.count >= 4 else { return false }
        return words.indices.dropFirst().contains { index in
            let word = words[index]
            // "… should the app catch": a modal before its subject asks.
            if verbs.contains(word) {
                return index + 1 >= words.count
                    || !["the", "a", "an", "it", "we", "you", "they"].contains(words[index + 1])
            }
            // "Teachers never invigilate", "the tool respects it", "the website calculates the
            // percentage": a word after "never"/"only", or an -s word that an object follows.
            if ["never", "only", "always", "also"].contains(words[index - 1]), words[index - 1] != "no",
                index + 1 < words.count
            {
                return !pointing.contains(word) && !objectStarts.contains(word)
                    && !["through", "at", "of"].contains(word)
            }
            guard index + 1 < words.count, ProductStatement.isPresentVerb(word), words[index - 1] != "no" else {
                return false
            }
            return objectStarts.contains(words[index + 1])
        }
    }

    /// Words that open what follows a verb ("calculates the", "links to", "respects it").
    static let objectStarts: Set<String> = [
        "the", "a", "an", "it", "them", "to", "on", "into", "in", "with", "by", "for", "from", "every", "each",
        "all", "its", "their", "straight", "automatically", "immediately", "short",
    ]

    static let pointing: Set<String> = ["it", "they", "this", "that", "these", "those", "there", "them"]
    static let speakerWords: Set<String> = [
        "i", "im", "id", "ive", "me", "my", "we", "wed", "were", "weve", "well", "us", "our", "you", "youd",
        "youre", "youll", "your",
    ]
    static let fillers: Set<String> = ["uh", "um", "er", "erm", "like", "yeah", "okay", "ok", "mm", "hmm"]
    static let verbs: Set<String> = [
        "is", "are", "shall", "should", "must", "can", "will", "may", "has", "have", "does", "do", "gets", "get",
        "needs", "need",
    ]
}
