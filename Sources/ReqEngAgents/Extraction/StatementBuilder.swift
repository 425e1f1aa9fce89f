/// Turns a detected need into a ``NormalizedStatement``: who (actor), does what (action), when
/// (condition).
///
/// The subject before the need phrase decides the actor: the system ("the app", "it", nothing),
/// a named role ("Receptionists must be able to ..." → "receptionist"), the speaker ("we need to be
/// able to ..." → the speaker's role, else "user"), or a thing in a passive statement ("all exports
/// must be signed", no actor). "need the app to X" and "would be nice if the app could X" are read
/// through to the inner subject and verb.
package struct StatementBuilder: Sendable {
    package init() {}

    /// The statement, or `nil` when no verb phrase follows the need (it was not a requirement).
    package func build(_ match: NeedDetector.Match, speakerRole: String?) -> NormalizedStatement? {
        var words = match.words
        var lower = words.map(SpeechCleaner.bare)
        var cueStart = match.cueStart
        var cueEnd = match.cueEnd
        var negated = match.cue.negated

        var condition: String?
        if let first = lower.first, Self.conditionWords.contains(first),
            let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma < cueStart
        {
            condition = TextCleanup.lowercasedFirst(TextCleanup.trim(words[...comma].joined(separator: " "), " ,"))
            words.removeFirst(comma + 1)
            lower.removeFirst(comma + 1)
            cueStart -= comma + 1
            cueEnd -= comma + 1
        }
        let clauseStart = Self.lastClauseBoundary(Array(words[..<cueStart]))
        var subjectWords = Array(words[clauseStart..<cueStart])
        var subjectLower = Array(lower[clauseStart..<cueStart])
        var rest = Array(words[cueEnd...])
        var restLower = Array(lower[cueEnd...])

        // Read through "we need the app to X", "would be nice if the app could X", "make sure the app X".
        let leadsIntoClause =
            match.cue.words.last == "if" || match.cue.words.last == "that"
            || match.cue.words == ["make", "sure"] || Self.isObjectThenTo(restLower)
        var readThrough = false
        if leadsIntoClause, let inner = NeedDetector.firstCue(in: restLower), inner.1 > 0 {
            subjectWords = Array(rest[..<inner.1])
            subjectLower = Array(restLower[..<inner.1])
            negated = negated || inner.0.negated
            rest = Array(rest[(inner.1 + inner.0.words.count)...])
            restLower = Array(restLower[(inner.1 + inner.0.words.count)...])
            readThrough = true
        } else if let toIndex = restLower.firstIndex(of: "to"), Self.isObjectThenTo(restLower) {
            subjectWords = Array(rest[..<toIndex])
            subjectLower = Array(restLower[..<toIndex])
            rest = Array(rest[(toIndex + 1)...])
            restLower = Array(restLower[(toIndex + 1)...])
            readThrough = true
        }
        // "we can't have the scheduler double-book": the object of "have" is the real subject.
        if match.cue.words.last == "have", let first = restLower.first, Self.determiners.contains(first),
            restLower.count >= 3
        {
            subjectWords = Array(rest[..<2])
            subjectLower = Array(restLower[..<2])
            rest = Array(rest[2...])
            restLower = Array(restLower[2...])
        }
        let verbFollows = readThrough || restLower.first == "to"
        while let first = restLower.first, ["to", "that", "also", "really", "definitely", "always"].contains(first) {
            rest.removeFirst()
            restLower.removeFirst()
        }
        if let (tailCondition, kept) = Self.trailingCondition(rest, restLower) {
            condition = condition ?? tailCondition
            rest = kept
        }
        var action = TextCleanup.trim(rest.joined(separator: " "), " ,.;:!")
        action = Self.droppingTrailingNoise(action)
        if match.cue.priority == .wont && match.cue.words.last == "scope" {
            let deferred = TextCleanup.trim(subjectWords.joined(separator: " "), " ,")
            guard deferred.contains(where: \.isLetter) else { return nil }
            let action = "provide " + TextCleanup.lowercasedFirst(deferred)
            return NormalizedStatement(
                actor: "system", action: action, condition: nil, negated: true, subject: "The system",
                title: Self.title(action))
        }
        guard action.contains(where: \.isLetter) else { return nil }

        let (actor, subject) = resolveActor(subjectWords, subjectLower, speakerRole: speakerRole)
        if ["need", "needs", "want", "wants", "require", "requires", "expect", "prefer"].contains(
            match.cue.words.last ?? ""), !verbFollows, !Self.startsWithVerb(action)
        {
            action = "provide " + action
        }
        if actor != nil && actor != "system" && !action.lowercased().hasPrefix("be able to") && subject != "" {
            if Self.firstPersonSubject(subjectLower) { action = "be able to " + action }
        }
        return NormalizedStatement(
            actor: actor, action: action, condition: condition, negated: negated, subject: subject,
            title: Self.title(action))
    }

    /// Actor and written subject for the words before the need phrase.
    private func resolveActor(_ words: [String], _ lower: [String], speakerRole: String?) -> (String?, String) {
        let content = lower.filter { !$0.isEmpty && !Self.determiners.contains($0) }
        if content.isEmpty || content.allSatisfy({ NeedDetector.systemWords.contains($0) }) {
            return ("system", "The system")
        }
        if content.contains(where: { NeedDetector.systemWords.contains($0) }) && content.count <= 3 {
            return ("system", "The system")
        }
        if Self.firstPersonSubject(lower) {
            let role = speakerRole.map { Self.singular($0.lowercased()) } ?? "user"
            return (role, role == "user" ? "Users" : "The \(role)")
        }
        let phrase = TextCleanup.trim(words.joined(separator: " "), " ,")
        let head = content.last ?? ""
        if Self.componentWords.contains(head) {
            return ("system", TextCleanup.capitalizedFirst(phrase))
        }
        if Self.isPersonNoun(head) {
            return (Self.singular(head), TextCleanup.capitalizedFirst(phrase))
        }
        return (nil, TextCleanup.capitalizedFirst(phrase))
    }

    /// Index of the first word of the last clause before the need phrase ("X can Y, and it must" → "it").
    static func lastClauseBoundary(_ words: [String]) -> Int {
        var start = 0
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let bare = SpeechCleaner.bare(word)
            if word.hasSuffix(",") || word.hasSuffix(";") || ((bare == "and" || bare == "but") && index > 0) {
                let next = SpeechCleaner.bare(words[index + 1])
                start = ["and", "but", "so"].contains(next) ? index + 2 : index + 1
            }
        }
        return min(start, words.count)
    }

    static func firstPersonSubject(_ lower: [String]) -> Bool {
        lower.contains { NeedDetector.firstPersonWords.contains($0) || $0 == "our" || $0 == "my" }
    }

    /// "the app to", "it to", "staff to": an object followed by "to" and a verb.
    static func isObjectThenTo(_ lower: [String]) -> Bool {
        guard let toIndex = lower.firstIndex(of: "to"), toIndex > 0, toIndex <= 4, toIndex + 1 < lower.count else {
            return false
        }
        let object = lower[..<toIndex].filter { !determiners.contains($0) }
        return !object.isEmpty
            && object.allSatisfy { NeedDetector.systemWords.contains($0) || isPersonNoun($0) || $0 == "them" }
    }

    /// A "when/if/after/before/during ..." clause at the end of the action.
    static func trailingCondition(_ words: [String], _ lower: [String]) -> (String, [String])? {
        let isCondition = { (index: Int) -> Bool in
            guard index > 0, conditionWords.contains(lower[index]) else { return false }
            // "24 hours before the visit" is a lead time, not a condition.
            return
                !(index >= 2 && AcceptanceCriteriaExtractor.timeUnit(lower[index - 1]) != nil
                && TextTokens.isNumber(lower[index - 2]))
        }
        guard let index = lower.indices.first(where: isCondition) else {
            return nil
        }
        let clause = TextCleanup.trim(words[index...].joined(separator: " "), " ,.;")
        guard clause.split(separator: " ").count >= 2 else { return nil }
        return (clause, Array(words[..<index]))
    }

    static func droppingTrailingNoise(_ action: String) -> String {
        var text = action
        for tail in [" as well", " too", " please", " or something", " and stuff", " and so on", " etc", " for us"]
        where text.lowercased().hasSuffix(tail) {
            text = String(text.dropLast(tail.count))
        }
        return TextCleanup.trim(text, " ,.;")
    }

    static func startsWithVerb(_ action: String) -> Bool {
        guard let first = action.split(separator: " ").first.map({ SpeechCleaner.bare(String($0)) }) else {
            return false
        }
        if determiners.contains(first) || first.first?.isNumber == true { return false }
        if ["be", "have", "support", "provide", "let", "allow", "show", "keep", "send", "store"].contains(first) {
            return true
        }
        return ClassifierLexicon.functional.contains {
            $0.pattern.count == 1 && TextTokens.elementMatches($0.pattern[0], first)
        }
            && !first.hasSuffix("s")
    }

    static func isPersonNoun(_ word: String) -> Bool {
        let base = singular(word)
        if personNouns.contains(base) { return true }
        return ["er", "or", "ist", "ian", "ant", "ent"].contains { base.hasSuffix($0) } && base.count > 4
            && ![
                "server", "computer", "printer", "scanner", "folder", "order", "number", "content", "document",
                "component", "monitor", "header", "footer", "filter", "parameter", "error", "calendar", "register",
                "browser", "counter", "letter", "center", "reminder", "paper", "event", "account", "amount",
            ].contains(base)
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") { return word }
        if word.hasSuffix("s") && word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// A few words naming the action, for tables: "Send appointment reminders".
    static func title(_ action: String) -> String {
        var words = action.split(separator: " ").map { TextCleanup.trim(String($0), ",.;:()\"'") }
        if words.count > 3 && words[0].lowercased() == "be" && words[1].lowercased() == "able" { words.removeFirst(3) }
        var kept = Array(words.filter { !$0.isEmpty }.prefix(6))
        while kept.count > 1, let last = kept.last, titleTrailers.contains(last.lowercased()) { kept.removeLast() }
        return TextCleanup.capitalizedFirst(kept.joined(separator: " "))
    }

    /// Words a title should not end on.
    static let titleTrailers: Set<String> = [
        "a", "an", "the", "at", "to", "of", "in", "on", "by", "with", "for", "and", "or", "even", "each", "every",
        "from", "into", "their", "its", "our", "your", "as", "than",
    ]
    static let conditionWords: Set<String> = [
        "when", "whenever", "if", "after", "before", "during", "once", "unless", "while", "until",
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
        "clerk", "receptionist", "driver", "operator", "owner", "buyer", "seller", "parent", "citizen",
    ]
}
