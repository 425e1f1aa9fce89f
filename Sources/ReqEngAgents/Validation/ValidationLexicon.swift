/// Word lists the quality rules share. Lists that belong to one rule live in that rule's file.
package enum ValidationLexicon {
    /// A modal phrase that separates the subject from the predicate of a requirement.
    package struct Modal: Sendable {
        package var words: [String]
        package var negative: Bool

        init(_ phrase: String, negative: Bool = false) {
            words = TokenizedText.tokenize(phrase)
            self.negative = negative
        }
    }

    /// Modal phrases, longest first so "is required to" wins over shorter readings.
    package static let modals: [Modal] = [
        Modal("would like to"), Modal("is required to"), Modal("are required to"), Modal("need to"),
        Modal("needs to"), Modal("has to"), Modal("have to"), Modal("want to"), Modal("wants to"),
        Modal("shall"), Modal("must"), Modal("should"), Modal("will"), Modal("can"), Modal("could"),
        Modal("may"), Modal("might"), Modal("cannot", negative: true), Modal("can't", negative: true),
        Modal("mustn't", negative: true), Modal("shouldn't", negative: true), Modal("won't", negative: true),
        Modal("shan't", negative: true), Modal("mayn't", negative: true),
    ]

    /// Words ignored when comparing statements: articles, prepositions, modals, pronouns, fillers.
    package static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "into",
        "onto", "per", "via", "than", "that", "this", "these", "those", "it", "its", "they", "them", "their",
        "we", "our", "us", "you", "your", "i", "my", "he", "she", "his", "her", "be", "is", "are", "was", "were",
        "been", "being", "shall", "must", "should", "will", "would", "can", "could", "may", "might", "need",
        "needs", "want", "wants", "like", "have", "has", "had", "do", "does", "able", "also", "so", "then",
        "system", "application", "app", "not", "never", "no", "cannot", "cant", "mustnt", "shouldnt",
        "wont", "dont", "doesnt", "which", "who", "whom", "when", "where", "if", "all", "any", "each", "every", "some",
        "only",
        "just", "please", "get", "gets", "allow", "allows", "let", "lets", "required", "possible", "least",
        "most", "up", "within", "under", "over", "more", "less", "maximum", "minimum",
    ]

    /// Subject words that do not name an actor on their own.
    package static let nonActorWords: Set<String> = [
        "a", "an", "the", "it", "this", "that", "there", "here", "and", "or", "also", "then", "so", "which",
        "what", "when", "if", "please",
    ]

    /// Base forms of verbs common in requirements; used to spot a second action after "and"/"or".
    package static let verbs: Set<String> = [
        "accept", "access", "add", "alert", "allow", "approve", "archive", "assign", "attach", "authenticate",
        "authorise", "authorize", "block", "book", "calculate", "cancel", "change", "charge", "check", "close",
        "collect", "compare", "confirm", "connect", "convert", "copy", "create", "deactivate", "delete",
        "deliver", "deny", "display", "download", "edit", "enable", "disable", "encrypt", "enter",
        "export", "filter", "flag", "forward", "generate", "grant", "hide", "import", "inform", "integrate",
        "invite", "keep", "list", "load", "lock", "log", "manage", "mark", "merge", "monitor", "move",
        "notify", "open", "pay", "print", "process", "produce", "provide", "publish", "purge",
        "read", "receive", "record", "redirect", "refund", "register", "reject", "remind", "remove",
        "rename", "reopen", "report", "request", "reschedule", "reset", "restore", "retain", "retrieve",
        "return", "review", "save", "scan", "schedule", "search", "select", "send", "set", "share", "show",
        "sign", "sort", "start", "stop", "store", "submit", "support", "suspend", "sync", "synchronise",
        "synchronize", "track", "transfer", "translate", "unlock", "update", "upload", "validate", "verify",
        "view", "warn", "write",
    ]

    /// Verbs of choosing a technology; two different choices after them can conflict.
    package static let choiceVerbs: [String] = [
        "use", "uses", "using", "run on", "runs on", "host", "hosted", "hosting", "deploy", "deployed",
        "built on", "built with", "based on", "stored in", "store in", "written in", "developed in",
    ]

    /// Groups of mutually exclusive choices (each inner list is one option with its spellings).
    package static let exclusiveChoices: [[[String]]] = [
        [["aws", "amazon web services"], ["azure", "microsoft azure"], ["google cloud", "gcp"]],
        [["on premises", "on premise", "on prem", "own servers", "our own servers"], ["cloud", "saas"]],
        [["postgresql", "postgres"], ["mysql"], ["mariadb"], ["oracle"], ["sql server"], ["mongodb"]],
        [
            ["ios only", "only ios", "only on ios", "iphone only"],
            ["android only", "only android", "only on android"],
        ],
    ]
}
