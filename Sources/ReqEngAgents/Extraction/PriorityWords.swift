import ReqEngBase
import ReqEngModel

/// Priority as people say it ("that's the highest priority", "nice to have", "less important"),
/// which overrides the priority a modal verb suggests.
package enum PriorityWords {
    /// The priority `text` states in words, or `nil` when it states none.
    package static func priority(in text: String) -> Priority? { stated.value(for: text, stating) }

    /// Texts already read: a sentence is asked for its priority by several readers.
    private static let stated = TextMemo<Priority?>()

    private static func stating(_ text: String) -> Priority? {
        let lower = " " + TextTokens(text).words.joined(separator: " ") + " "
        for (phrases, priority) in table where phrases.contains(where: { ByteSearch.contains(lower, " " + $0 + " ") }) {
            return priority
        }
        return nil
    }

    /// Checked in order: a lower priority said with a negation ("not the highest priority") is
    /// listed before the phrase it contains.
    static let table: [([String], Priority)] = [
        (
            [
                "not a priority", "not the highest priority", "not a top priority", "not that important",
                "not so important", "not very important", "not really important", "less important", "lower priority",
                "low priority", "least important", "nice to have", "nice to haves", "would be a bonus", "a bonus",
                "optional", "not essential", "not crucial", "that would be nice", "maybe later", "not a must",
                "its not a must", "not a must have",
            ], .could
        ),
        (
            [
                "highest priority", "top priority", "first priority", "number one priority", "main priority",
                "is number one", "priority number one", "number one thing", "number one requirement",
                "most important", "must have", "must haves", "a must", "essential", "crucial", "critical",
                "non negotiable", "nonnegotiable", "absolutely necessary", "mandatory", "key requirement",
                // What the law asks is not weighed against other wishes.
                "legal requirement", "legally required", "required by law", "by law", "legal obligation",
                "a legal thing", "the law says", "regulatory requirement",
            ], .must
        ),
        (["high priority", "important", "really want", "priority"], .should),
    ]
}
