/// The words ``CandidateFilter`` reads a need phrase's surroundings with: prepositions, verdicts,
/// the meeting's own talk, people and pointers, and the words that carry no content.
extension CandidateFilter {
    /// Prepositions that open an adverbial, not a statement.
    static let prepositions: Set<String> = [
        "at", "in", "on", "by", "with", "from", "to", "into", "onto", "for", "during", "after", "before", "while",
        "under", "over", "near", "via",
    ]

    /// Words that open a wh- or relative clause anywhere before the need phrase ("when" opens
    /// conditions, which statements keep).
    static let clauseOpeners: Set<String> = ["what", "how", "which", "where", "why", "who", "whom", "whose"]

    /// Subject heads a need cannot follow in a well-formed sentence.
    static let brokenSubjects: Set<String> = [
        "gonna", "wanna", "gotta", "them", "him", "me", "lot", "you'll", "i'll", "we'll", "they'll", "he'll",
        "she'll", "i'd", "like", "um", "uh", "just", "to",
    ]
    /// What people say of an idea rather than of the product: "be a good idea", "be alright".
    static let verdicts: [[String]] = [
        ["a", "good", "idea"], ["a", "bad", "idea"], ["a", "great", "idea"], ["alright"], ["all", "right"],
        ["okay"], ["ok"], ["fine"], ["fun"], ["the", "same"], ["the", "way", "to", "go"], ["a", "problem"],
        ["an", "option"], ["possible"], ["interesting"], ["a", "possibility"], ["the", "default"], ["good"],
        ["nice"], ["great"], ["cool"], ["enough"], ["the", "case"], ["true"], ["right"],
    ]
    static let ideaVerdicts: [[String]] = verdicts.filter { $0.contains("idea") || $0.contains("way") }
    /// Subjects that only point at what was said: a verdict after them judges it.
    static let pointingSubjects: Set<String> = [
        "it", "that", "this", "which", "there", "so", "and", "but", "then", "well", "yeah", "i", "think",
    ]
    /// The meeting deciding, not the product: "we have to make a decision on these items".
    static let decisionTalk: [[String]] = [
        ["make", "a", "decision"], ["make", "decisions"], ["make", "some", "decisions"], ["decide"],
        ["take", "a", "decision"], ["take", "the", "decision"], ["take", "decisions"],
        ["contact"], ["take", "it", "into"], ["take", "into", "account"], ["move", "to"], ["vote"],
    ]

    static let subordinators: Set<String> = ["if", "unless", "whether", "because", "since", "although", "though"]
    static let doubtPhrases: [[String]] = [
        ["not", "sure"], ["don't", "know"], ["do", "not", "know"], ["doubt"], ["wonder"], ["no", "idea"],
        ["don't", "think"], ["don't", "suppose"], ["don't", "remember"], ["don't", "believe"],
        ["not", "convinced"],
    ]
    static let personPronouns: Set<String> = [
        "i", "we", "they", "he", "she", "you", "people", "everyone", "everybody", "nobody", "someone",
    ]
    static let bareModals: Set<[String]> = [
        ["shall"], ["must"], ["should"], ["may"], ["could"], ["will"], ["can't"], ["cannot"],
    ]
    /// Words that cannot start a verb phrase.
    static let nonVerbStarts: Set<String> = [
        "not", "for", "before", "after", "in", "on", "at", "by", "of", "from", "with", "the", "a", "an", "this", "that",
        "me", "us", "you", "it", "them", "too", "as", "so", "yes", "no", "we", "i",
    ]
    static let clauseBreaks: Set<String> = ["because", "otherwise", "so", "but", "or", "when", "if", "since"]
    /// Verbs of the conversation, not of the system ("I need to check with finance").
    static let meetingVerbs: Set<String> = [
        "double-check", "check", "ask", "talk", "discuss", "clarify", "mention", "confirm", "stress", "emphasise",
        "emphasize", "raise", "think", "admit", "say", "add", "repeat", "recap", "summarise", "summarize",
        "explain", "present", "introduce", "prepare", "finish", "draw",
    ]
    static let meetingPhrases: Set<[String]> = [
        ["push", "back"], ["follow", "up"], ["look", "into"], ["get", "back"], ["figure", "out"], ["find", "out"],
        ["be", "honest"], ["be", "clear"], ["be", "direct"], ["be", "careful"],
    ]
    /// A point put off to later in the meeting: "be addressed later", "be discussed later".
    static let postponedTalk: [[String]] = [
        ["addressed", "later"], ["discussed", "later"], ["decided", "later"], ["dealt", "with", "later"],
        ["talked", "about", "later"], ["covered", "later"], ["looked", "at", "later"],
    ]
    /// Whether the subject is an idea put forward ("that suggestion", "this proposal") and the need
    /// hands it to the people who decide ("go back to management", "be checked with the client"):
    /// the meeting's way of working, not the product's. "A rejected claim should go back to the
    /// manager" routes a thing of the product, and stays.
    static func refersIdea(subject: [String], after: [String]) -> Bool {
        guard let head = subject.last(where: { !emptyWords.contains($0) }), ideaNouns.contains(head) else {
            return false
        }
        let words = after.prefix(8).filter { !["just", "really", "also", "first", "again", "quickly"].contains($0) }
        guard
            let link = words.firstIndex(where: { ["to", "with", "by"].contains($0) }),
            link > 0,
            ["go", "be", "taken", "checked", "raised", "run", "passed", "back", "referred"].contains(words[0])
        else { return false }
        return words[(link + 1)...].prefix(2).contains { deciders.contains($0) }
    }

    static let ideaNouns: Set<String> = [
        "suggestion", "suggestions", "idea", "ideas", "proposal", "proposals", "question", "questions", "decision",
        "point", "points", "matter", "issue",
    ]
    /// The people a meeting hands its ideas to.
    static let deciders: Set<String> = [
        "management", "board", "client", "clients", "boss", "bosses", "committee", "director", "directors",
        "sponsor", "sponsors", "head", "stakeholders", "customer",
    ]

    /// Whether words name the meeting or its work: "the presentation", "an easier task"; "minutes"
    /// only as "the minutes" ("every few minutes" is a time).
    static func namesMeeting(_ words: [String]) -> Bool {
        // "The next point they asked for is …", "the next item": the order of the meeting.
        if words.indices.dropLast().contains(where: {
            words[$0] == "next" && ["part", "point", "item", "topic", "step", "project"].contains(words[$0 + 1])
        }) {
            return true
        }
        // "We need good communication about this stuff": how the team works together; not
        // "communication between the remote and the set".
        if let process = words.firstIndex(where: teamProcessNouns.contains),
            !words[(process + 1)...].prefix(2).contains(where: ["with", "between", "to", "from", "of"].contains)
        {
            return true
        }
        return words.indices.contains { index in
            meetingNouns.contains(words[index]) && (words[index] != "minutes" || index > 0 && words[index - 1] == "the")
        }
    }

    static let teamProcessNouns: Set<String> = ["communication", "coordination", "teamwork", "collaboration"]

    /// The words of `words` up to the first comma or joining word, lower-cased and bare.
    static func firstClause(of words: [String]) -> [String] {
        var clause: [String] = []
        for word in words {
            let bare = SpeechCleaner.bare(word)
            if SpeechCleaner.coordinators.contains(bare) && !clause.isEmpty { break }
            clause.append(bare)
            if word.hasSuffix(",") || word.hasSuffix(";") { break }
        }
        return clause
    }

    static let marketSubjects: [[String]] = [
        ["target", "market"], ["target", "group"], ["target", "audience"], ["target", "groups"],
    ]
    static let consequenceMarkers: [[String]] = [
        ["that", "means"], ["that", "mean"], ["which", "means"], ["which", "mean"], ["it", "means"],
        // "It's cheap, but then people have to change it every year": the drawback of an option.
        ["but", "then"],
    ]
    /// Words for a share of the people asked.
    static let shareWords: Set<String> = ["percent", "majority", "minority"]
    static let indefinitePeople: Set<String> = ["somebody", "someone", "anybody", "anyone", "everybody", "everyone"]
    static let difficultyNouns: Set<String> = ["problem", "problems", "trouble", "difficulty", "drawback"]

    static let meetingNouns: Set<String> = [
        "requirements", "workshop", "meeting", "agenda", "interview", "refinement", "backlog", "sprint",
        "presentation", "presentations", "minutes", "questionnaire", "homework", "slides", "phase", "phases", "task",
        "tasks",
    ]
    static let fillers: Set<String> = ["to", "just", "really", "also", "first", "quickly"]
    /// Words that carry no content of an action: pronouns, particles, adverbs of time and degree.
    static let emptyWords: Set<String> = [
        "it", "its", "that", "this", "these", "those", "them", "they", "he", "she", "him", "her", "us", "me",
        "you", "we", "i", "something", "anything", "everything", "things", "thing", "stuff", "one", "there",
        "here", "then", "now", "again", "too", "also", "just", "really", "so", "well", "over", "up", "down",
        "out", "off", "on", "in", "with", "for", "to", "of", "at", "by", "about", "the", "a", "an", "be", "not",
        "no", "good", "fine", "ok", "okay", "great", "better", "possible", "all", "more", "less", "much",
        "either", "way", "anyway", "never", "beyond", "around", "back", "yet", "still", "ever", "though", "please",
        "somehow", "any", "some", "quite", "rather", "fairly", "both", "least", "easily", "properly", "anyhow",
    ]
    /// Objects that only point back at something said before.
    /// A past participle, by its ending or from the common irregular ones.
    static func isPastParticiple(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularParticiples.contains(word)
    }
    static let irregularParticiples: Set<String> = [
        "said", "done", "been", "told", "known", "seen", "gone", "had", "made", "thought", "got", "gotten",
        "bought", "taken", "given", "written", "brought", "sent", "kept", "left", "put", "let", "set", "spent",
    ]

    /// Particles of phrasal verbs ("set it up", "switch them off").
    static let particles: Set<String> = ["up", "down", "out", "off", "on", "in", "back", "over", "away"]
    static let pronounObjects: Set<String> = [
        "it", "that", "this", "these", "those", "them", "him", "her", "us", "me", "something", "anything",
        "everything", "stuff", "one", "too", "again", "then", "now", "there", "here",
    ]
    /// Verbs that say nothing without an object: "stop", "go", "happen", "cope".
    static let genericVerbs: Set<String> = [
        "stop", "go", "happen", "work", "cope", "deal", "do", "have", "get", "make", "help", "matter", "wait",
        "breathe", "fall", "come", "change", "handle", "manage", "use", "see", "know", "say", "be", "provide",
        "let", "fix", "try", "continue", "exist", "stay", "keep", "take", "give", "run",
    ]
}
