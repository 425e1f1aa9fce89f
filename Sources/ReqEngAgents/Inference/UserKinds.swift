import ReqEngModel

/// Kinds of users with different rights, as stakeholders describe them: "Only staff.", "other
/// students shouldn't be able to see it", "a colleague approves it", "residents report it on the
/// website". Two kinds of users given rights, one of them a right another kind lacks (an "only", a
/// denial, an approval by someone else), imply a role model, whichever words name the kinds.
enum UserKinds {
    /// One kind of user given a right in a sentence.
    struct Clause: Equatable {
        /// The kind, in the singular ("student").
        var kind: String
        /// The words that give the right, as they read in the tokens ("only staff", "students see").
        var phrase: String
        /// Whether the right is one others lack: "only staff", "students can't", "approved by an editor".
        var exclusive: Bool
    }

    /// The sentences that describe two or more kinds of users with different rights, at most
    /// `limit`, those with a right others lack first; `nil` when the conversation describes fewer.
    static func evidence(in sentences: [InferenceCorpus.Sentence], limit: Int) -> InferenceCorpus.Evidence? {
        var found: [(sentence: InferenceCorpus.Sentence, clause: Clause)] = []
        for sentence in sentences where !sentence.ref.quote.hasSuffix("?") {
            for clause in clauses(in: sentence.text.tokens) where !found.contains(where: { $0.clause == clause }) {
                found.append((sentence, clause))
            }
        }
        let kinds = Set(found.map(\.clause.kind))
        guard kinds.count >= 2, found.contains(where: \.clause.exclusive) else { return nil }
        // One sentence per kind, the rights others lack first.
        var refs: [SourceRef] = []
        var phrases: [String] = []
        var cited = Set<String>()
        for (sentence, clause) in found.filter(\.clause.exclusive) + found.filter({ !$0.clause.exclusive })
        where refs.count < limit && cited.insert(clause.kind).inserted {
            if !refs.contains(where: { $0.sessionID == sentence.ref.sessionID && $0.turn == sentence.ref.turn }) {
                refs.append(sentence.ref)
            }
            if !phrases.contains(clause.phrase) { phrases.append(clause.phrase) }
        }
        return InferenceCorpus.Evidence(refs: refs, phrases: phrases)
    }

    /// The kinds of users `tokens` give a right.
    static func clauses(in tokens: [String]) -> [Clause] {
        var clauses: [Clause] = []
        for index in tokens.indices {
            guard let kind = kind(tokens, at: index) else { continue }
            let before = tokens[..<index].suffix(3)
            // "Only staff.", "only the teachers": the kind alone has the right.
            // "Only the doctor and the assistants", "group leader and coordinator only": each kind
            // named with the first.
            var named = [(kind, index)]
            while let last = named.last?.1, last + 2 < tokens.count, ["and", "or"].contains(tokens[last + 1]) {
                let next = determiners.contains(tokens[last + 2]) ? last + 3 : last + 2
                guard next < tokens.count, let other = self.kind(tokens, at: next) else { break }
                named.append((other, next))
            }
            let end = named.last?.1 ?? index
            let onlyBefore =
                before.last == "only" || before.dropLast().last == "only" && determiners.contains(before.last ?? "")
            // A kind named after "and" was read with the one before it.
            let coordinated =
                index >= 2 && ["and", "or"].contains(tokens[index - 1])
                || index >= 3 && ["and", "or"].contains(tokens[index - 2]) && determiners.contains(tokens[index - 1])
            if onlyBefore || !coordinated && end + 1 < tokens.count && tokens[end + 1] == "only" {
                let start = onlyBefore ? (before.last == "only" ? index - 1 : index - 2) : index
                let phrase = tokens[start...(onlyBefore ? end : end + 1)].joined(separator: " ")
                clauses += named.map { Clause(kind: $0.0, phrase: phrase, exclusive: true) }
                continue
            }
            // "approved by a second editor": another kind's right to approve.
            let approval = tokens[..<index].suffix(4)
            if approval.contains("by"), approval.contains(where: { $0.hasPrefix("approv") }) {
                clauses.append(Clause(kind: kind, phrase: "approved by " + tokens[index], exclusive: true))
                continue
            }
            guard let (verb, exclusive) = right(after: tokens[(index + 1)...], plural: tokens[index] != kind) else {
                continue
            }
            clauses.append(Clause(kind: kind, phrase: tokens[index] + " " + verb, exclusive: exclusive))
        }
        return clauses
    }

    /// The kind of user `tokens[index]` names, in the singular; `nil` for any other word.
    static func kind(_ tokens: [String], at index: Int) -> String? {
        let word = tokens[index]
        let singular = kinds.contains(word) ? word : word.hasSuffix("s") ? String(word.dropLast()) : word
        guard kinds.contains(singular) else { return nil }
        // "team lead", "shift lead": a lead is a person only after what they lead.
        if singular == "lead" { return index > 0 && ["team", "shift"].contains(tokens[index - 1]) ? "lead" : nil }
        // "group leader", "team leader": not "market leader".
        if singular == "leader" { return index > 0 && tokens[index - 1] != "market" ? "leader" : nil }
        return singular
    }

    /// The right the words after a kind give it: a verb of use after a modal ("can see", "should
    /// only book", "shouldn't be able to see"), in the present ("approves", "sees") or after "to"
    /// ("residents to report"), or as the verb itself after a `plural` kind ("residents report");
    /// whether it is one others lack ("can only", a denial).
    static func right(after rest: ArraySlice<String>, plural: Bool) -> (verb: String, exclusive: Bool)? {
        var words = rest.prefix(7).drop { adverbs.contains($0) }
        var exclusive = false
        // "are allowed to", "is able to": the permission said without a modal.
        if let first = words.first, ["are", "is"].contains(first) {
            let denied = words.dropFirst().first == "not"
            let rest = words.dropFirst(denied ? 2 : 1)
            guard rest.starts(with: ["allowed", "to"]) || rest.starts(with: ["able", "to"]),
                let verb = rest.dropFirst(2).first, verbs.contains(verb), !denied || accessVerbs.contains(verb)
            else { return nil }
            return (verb, denied || verb == "approve")
        }
        if let first = words.first, modals.contains(first) || deniedModals.contains(first) || first == "to" {
            exclusive = deniedModals.contains(first)
            words = words.dropFirst()
            if words.first == "not" {
                exclusive = true
                words = words.dropFirst()
            }
            if words.first == "only" { exclusive = true }
            words = words.drop { adverbs.contains($0) || $0 == "only" }
            if words.starts(with: ["be", "able", "to"]) || words.starts(with: ["be", "allowed", "to"]) {
                words = words.dropFirst(3)
            } else if words.starts(with: ["allowed", "to"]) {
                words = words.dropFirst(2)
            }
            guard let verb = words.first, verbs.contains(verb) else { return nil }
            // "Parents can't pay it at once": what people cannot do is a limit of theirs; only a
            // denied access ("students shouldn't see it") is a right withheld.
            if exclusive && !accessVerbs.contains(verb) { return nil }
            return (verb, exclusive || verb == "approve")
        }
        // "A colleague approves it": approving is a right the author lacks.
        // "Residents report it": after a plural, the present is the verb itself.
        guard let verb = words.first, let base = plural && verbs.contains(verb) ? verb : presentTense(verb),
            verbs.contains(base)
        else { return nil }
        return (verb, base == "approve")
    }

    /// The base form of a verb in the third person ("approves" → "approve", "publishes" → "publish").
    static func presentTense(_ word: String) -> String? {
        if word.hasSuffix("es"), verbs.contains(String(word.dropLast(2))) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), verbs.contains(String(word.dropLast())) { return String(word.dropLast()) }
        return nil
    }

    static let kinds: Set<String> = [
        "staff", "admin", "administrator", "manager", "editor", "colleague", "teacher", "student", "pupil", "parent",
        "volunteer", "driver", "customer", "client", "member", "guest", "visitor", "resident", "citizen", "patient",
        "doctor", "nurse", "assistant", "receptionist", "employee", "supervisor", "lead", "leader", "planner",
        "coordinator", "instructor",
        "trainer", "office", "moderator", "mechanic", "technician", "cashier", "clerk", "accountant", "auditor",
        "approver", "reviewer", "dispatcher", "secretary", "tenant", "courier",
    ]

    /// Verbs of using a system: what a right lets someone do.
    static let verbs: Set<String> = [
        "see", "view", "edit", "change", "approve", "publish", "delete", "remove", "add", "create", "manage", "book",
        "cancel", "assign", "override", "read", "update", "export", "download", "upload", "report", "submit", "enter",
        "access", "configure", "schedule", "review", "reset", "print", "pay", "order", "register", "invite",
        "moderate", "block", "scan", "correct", "log", "sign", "open", "close", "set",
    ]

    /// Verbs of access to what others enter: denied, they withhold a right.
    static let accessVerbs: Set<String> = [
        "see", "view", "edit", "change", "approve", "publish", "delete", "remove", "access", "read", "override",
        "configure", "reset", "update", "assign", "moderate", "block", "export", "download", "manage", "correct",
    ]

    static let modals: Set<String> = ["can", "may", "should", "shall", "must", "will", "could", "get", "gets"]
    /// Denials of a right; "don't" is left out, since "our patients don't read email" says what
    /// people do, not what they may.
    static let deniedModals: Set<String> = ["cant", "cannot", "shouldnt", "mustnt", "wont", "couldnt", "arent", "isnt"]
    static let adverbs: Set<String> = ["also", "just", "then", "always", "all", "themselves", "still", "really"]
    static let determiners: Set<String> = ["the", "a", "an", "our", "their", "your"]
}
