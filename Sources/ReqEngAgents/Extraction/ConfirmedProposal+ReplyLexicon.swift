/// The words ``ConfirmedProposal`` reads a reply with: how people open an answer, agree, say a
/// need back without its predicate, and refuse.
extension ConfirmedProposal {
    /// Words that only say a thing is kept ("the scroll wheel stays" after "we keep the scroll wheel?").
    static let keepingWords: Set<String> = ["stays", "stay", "remains", "remain", "kept", "keep", "keeps"]

    static let replyOpeners: Set<String> = [
        "yes", "yeah", "yep", "exactly", "definitely", "absolutely", "correct", "precisely", "indeed", "right",
        "sure", "of", "course", "that's", "it", "is", "that", "oh", "ok", "okay", "please", "mm-hmm", "uh-huh",
        "mhm",
    ]

    static let confirmations = [
        "that's right", "that is right", "that's it", "that's correct", "that would be", "that'd be",
        "of course", "sure", "right exactly", "right yes", "please do", "we do", "i do",
        "it does", "it should", "that's the idea", "spot on", "right", "that works", "works for me",
        "obviously", "certainly", "totally", "agreed", "for sure", "naturally", "that's nice", "that'd be nice",
        "that's good", "that'd be good", "that's great", "that'd be great", "good idea", "great idea",
        "nice idea", "that's a good idea", "put that in", "fine", "that's fine", "fair enough", "sounds good",
        "deal", "let's do that",
    ]
    /// A need phrase without what it needs: the reply takes the proposal's predicate as its own.
    static let ellipticalNeeds: Set<[String]> = [
        ["it", "has", "to"], ["it", "must"], ["it", "needs", "to"], ["it", "would", "have", "to"],
        ["it", "will", "have", "to"], ["itll", "have", "to"], ["it", "has", "to", "yes"], ["that", "has", "to"],
        ["they", "have", "to"], ["we", "need", "that"], ["we", "need", "it"], ["thats", "a", "must"], ["it", "should"],
        ["it", "really", "has", "to"], ["it", "absolutely", "has", "to"],
        // "I'd want to, yeah.": the wish to do what was asked, said back without its doing.
        ["id", "want", "to"], ["id", "like", "to"], ["i", "would", "want", "to"], ["i", "would", "like", "to"],
        ["wed", "want", "to"], ["wed", "like", "to"], ["we", "would", "want", "to"], ["we", "would", "like", "to"],
    ]
    /// A verdict that agrees when it is the whole clause of the reply.
    static let agreeingVerdicts: Set<[String]> = [
        ["it", "would", "be", "nice"], ["itd", "be", "nice"], ["it", "would", "be", "good"], ["itd", "be", "good"],
        ["it", "would", "be", "great"], ["itd", "be", "great"], ["it", "would", "help"], ["itd", "help"],
        ["that", "would", "help"], ["thatd", "help"], ["that", "would", "be", "nice"], ["thatd", "be", "nice"],
        ["that", "would", "be", "great"], ["thatd", "be", "great"],
    ]
    /// The confirmation and refusal phrases as tokens (``TextTokens`` drops apostrophes: "that's" is `thats`).
    static let confirmationPhrases = confirmations.map { TextTokens($0).words.joined(separator: " ") }
    static let rejectionPhrases = rejections.map { TextTokens($0).words.joined(separator: " ") }
    /// Sounds of assent, as tokens ("mm-hmm" is `mm hmm`); a bare "hmm" only thinks.
    static let assents: [[String]] = [["mm", "hmm"], ["mhm"], ["uh", "huh"], ["mm", "hm"]]
    /// Sounds a reply may open with before it answers.
    static let interjections: Set<String> = ["oh", "ah", "aha", "um", "uh", "er", "erm", "hm", "hmm", "mm"]
    static let rejections = [
        "no", "nope", "nah", "never", "not really", "not necessarily", "we don't", "i don't", "that's not",
        "not needed",
        "not necessary", "not again", "never again", "i'd say no", "i would say no",
        // "Absolutely not.": the words that make a yes emphatic make a no emphatic too.
        "absolutely not", "definitely not", "certainly not", "of course not", "not at all", "god no",
        // "I'd rather not.": a no said as a preference is still a no.
        "i'd rather not", "i would rather not", "rather not", "i'd prefer not", "i would prefer not",
        "preferably not", "better not", "hopefully not",
        // "We can do without.": no need for it, said as what the speaker can live without.
        "not for us", "unnecessary", "we can do without", "that won't be necessary", "won't be necessary",
        // Put off: not in the version being specified.
        "not this year", "not now", "not yet", "not for now", "not right now", "not at the moment",
        "not in this version", "not in the first version",
    ]
}
