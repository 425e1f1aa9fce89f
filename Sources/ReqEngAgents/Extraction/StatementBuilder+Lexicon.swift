/// The word lists ``StatementBuilder`` reads subjects and conditions with.
extension StatementBuilder {
    /// Verbs that report what someone else said; the need is in the clause after them.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "mentioned", "mentions", "reckons", "insists", "insisted", "claims", "claimed",
    ]
    static let conditionWords: Set<String> = [
        "when", "whenever", "if", "after", "before", "during", "once", "unless", "while", "until",
    ]
    /// Whether `action` opens with a thing sent to people ("an email when they order").
    static func namesMessage(_ action: String) -> Bool {
        action.split(separator: " ").prefix(3).map { SpeechCleaner.bare(String($0)) }
            .first { !determiners.contains($0) }.map {
                messageWords.contains($0) || messageWords.contains(String($0.dropLast()))
            }
            == true
    }

    /// Things sent to people, which they receive rather than have.
    static let messageWords: Set<String> = [
        "email", "e-mail", "text", "sms", "message", "notification", "confirmation", "reminder", "receipt", "alert",
        "invoice", "letter",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "all", "every", "each",
        "any", "some", "new", "whole", "entire",
    ]
    /// Parts of a system named as the subject ("the scheduler must ..."): the actor is the system.
    static let componentWords: Set<String> = [
        "scheduler", "page", "screen", "form", "engine", "module", "component", "feature", "kiosk", "widget",
        "calendar", "search", "editor", "viewer", "uploader", "importer", "exporter", "notifier", "checkout",
    ]
    static let personNouns: Set<String> = [
        "user", "staff", "patient", "customer", "client", "admin", "administrator", "manager", "doctor", "nurse",
        "team", "everyone", "people", "student", "teacher", "employee", "guest", "visitor", "member", "agent",
        "clerk", "receptionist", "driver", "operator", "owner", "buyer", "seller", "parent", "citizen", "mechanic",
    ]

    /// The speaker a cue opens with when a doing follows it ("i'd" of "I'd like to pay by card"),
    /// `nil` when it opens with none or a thing follows ("I'd like English too" asks the product
    /// for a thing, as a cue without a subject does).
    static func speakerInCue(_ match: NeedDetector.Match) -> String? {
        guard match.words.dropFirst(match.cueEnd).first.map(SpeechCleaner.bare) == "to" else { return nil }
        return match.cue.words.first.flatMap { NeedDetector.firstPersonWords.contains($0) ? $0 : nil }
    }

    static let negators: Set<String> = ["don't", "dont", "never", "doesn't", "doesnt", "do not", "not", "didn't"]
    /// Words that may stand between a negator and the wish it negates ("don't really want").
    static let negationFillers: Set<String> = ["really", "actually", "necessarily", "even", "particularly", "so"]
    /// Words after which a closing "so" leads nowhere.
    static let soEndings: Set<String> = ["or", "do", "does", "did", "say", "says", "said", "think", "hope", "not"]

    /// Words that end as names of people do ("-er", "-ent") but name things ("printer", "document")
    /// or are verbs ("enter", "deliver"), which a question's subject is never cut after.
    static let notPersonNouns: Set<String> = [
        "server", "computer", "printer", "scanner", "folder", "order", "number", "content", "document",
        "component", "monitor", "header", "footer", "filter", "parameter", "error", "calendar", "register",
        "browser", "counter", "letter", "center", "reminder", "paper", "event", "account", "amount", "enter",
        "deliver", "offer", "answer", "consider", "gather", "cover", "recover", "transfer", "remember", "prefer",
        "render", "alter", "lower", "trigger", "present", "prevent", "invent", "print", "implement",
    ]

    static func isPersonNoun(_ word: String) -> Bool {
        let base = singular(word)
        if personNouns.contains(base) { return true }
        if base.hasSuffix("ment") || base.hasSuffix("tion") { return false }
        return ["er", "or", "ist", "ian", "ant", "ent"].contains { base.hasSuffix($0) } && base.count > 4
            && !notPersonNouns.contains(base)
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") { return word }
        if word.hasSuffix("s") && word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
