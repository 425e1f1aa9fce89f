/// The words ``ConfirmedProposal`` reads a question with: how it opens, names a topic, and asks.
extension ConfirmedProposal {
    static let topicOpeners: [[String]] = [
        ["what", "about"], ["how", "about"], ["anything", "about"], ["anything", "on"], ["anything", "regarding"],
        ["any", "thoughts", "on"], ["any", "thoughts", "about"], ["any", "wishes", "for"],
    ]

    /// Verbs that make a short question more than a topic ("Ruth, you want it?").
    static let topicVerbs: Set<String> = [
        "want", "need", "have", "has", "get", "see", "use", "think", "mean", "say", "know", "like", "go", "come",
        "make", "take", "happen", "happens", "work", "works",
    ]

    /// What someone did, said after "I" or "we".
    static let leadIns: Set<String> = ["so", "and", "okay", "ok", "right", "then", "but", "well", "now", "just"]
    static let sequenceWords: Set<String> = [
        "last thing", "one last thing", "one more thing", "finally", "lastly", "last question", "one last question",
        "next", "next thing", "another thing", "last one",
    ]
    static let openQuestions: Set<String> = [
        "what", "how", "why", "where", "when", "who", "which", "whom", "what's", "how's", "where's", "who's",
        "why's", "when's",
    ]
    static let auxiliaries: Set<String> = [
        "do", "does", "would", "should", "could", "will", "shall", "must", "can", "is", "are",
    ]
    /// The interviewer's "you" is the stakeholder's "we".
    static let perspective: [String: String] = [
        "you": "we", "you'd": "we'd", "you'll": "we'll", "you're": "we're", "your": "our", "yours": "ours",
        "you've": "we've", "yourself": "ourselves", "yourselves": "ourselves",
    ]
    /// Verbs of how the listener's work is today ("you run", "you have", "you use").
    static let presentStateVerbs: Set<String> = [
        "run", "have", "use", "work", "own", "manage", "employ", "get", "do", "are", "were", "had", "used",
    ]
    /// Words that ask how things are now.
    static let presentStateWords: Set<String> = ["already", "currently", "today", "nowadays"]
}
