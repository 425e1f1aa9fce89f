import ReqEngModel

/// INCOSE R2: passive voice that hides who performs the action ("data must be encrypted").
///
/// A form of "be" followed (perhaps after one adverb) by a past participle is passive; it is
/// fine when a "by <agent>" phrase follows, because the actor is then named.
package struct PassiveVoiceRule: QualityRule {
    package let id = "INCOSE R2"

    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "get", "gets"]
    static let irregular: Set<String> = [
        "sent", "shown", "given", "taken", "made", "done", "kept", "written", "known", "seen", "held", "built",
        "paid", "sold", "told", "found", "read", "set", "put", "hidden", "chosen", "run", "sent", "bought",
        "brought", "drawn", "driven", "forgotten", "frozen", "shut", "spent", "thrown", "understood", "won",
        "withdrawn", "upheld", "met", "led", "lost", "left", "split", "shared",
    ]
    /// Participles that read as adjectives or permissions, not hidden actions.
    static let adjectival: Set<String> = [
        "based", "supposed", "interested", "concerned", "located", "called", "named", "related", "allowed",
        "required", "expected", "permitted", "entitled", "used", "logged", "signed", "registered", "qualified",
        "authorised", "authorized", "authenticated", "connected", "limited", "restricted", "involved",
        // How a thing is made, which is a property of it, not an action anyone performs at run time:
        // "the hand-held bit should be ergonomically designed" ("made of rubber" is read below).
        "designed", "shaped", "coloured", "colored", "sized", "styled", "curved", "rounded", "padded",
        "coated", "covered", "equipped", "labelled", "labeled", "powered", "moulded", "molded",
    ]

    /// Words that open a clause of its own before the verb.
    static let subordinators: Set<String> = [
        "before", "after", "when", "once", "until", "if", "unless", "while", "whether", "because", "since", "that",
        "which", "who", "where", "think", "thinks", "saying", "says", "telling", "tells", "stating", "explaining",
    ]

    package var judgesWording: Bool { true }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        let tokens = analysis.text.tokens
        var found: [String] = []
        for index in tokens.indices where Self.beForms.contains(tokens[index]) {
            var next = index + 1
            if next < tokens.count, tokens[next].hasSuffix("ly") || ["not", "also", "then"].contains(tokens[next]) {
                next += 1
            }
            guard next < tokens.count, isParticiple(tokens[next]) else { continue }
            // "be made of rubber": what a thing is made of, not who makes it.
            if tokens[next] == "made", next + 1 < tokens.count, ["of", "from", "out"].contains(tokens[next + 1]) {
                continue
            }
            if tokens[(next + 1)...].contains("by") { continue }
            // "… before the payment is confirmed", "… think a card is frozen", "an email saying it was
            // cancelled": a state in a clause of its own, not the action the requirement asks for.
            if tokens[max(0, index - 4)..<index].contains(where: Self.subordinators.contains) { continue }
            // "be done in under 10 seconds", "be answered within a day": how fast, and the system is
            // the one measured.
            let after = tokens[(next + 1)...].prefix(3)
            if after.first == "within" || after.starts(with: ["in", "under"]) || after.starts(with: ["in", "less"]) {
                continue
            }
            // "be done on the TV set", "be shown on the phone": the statement is about which part
            // does it, and that part is its actor.
            if after.starts(with: ["on", "the"]) || after.starts(with: ["on", "a"])
                || after.starts(with: ["on", "its"])
            {
                continue
            }
            found.append(tokens[index...next].joined(separator: " "))
        }
        guard let first = found.first else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "passive_voice", rule: id,
                message: "Passive voice \(TermFormatting.quoted(found)) without an actor: it does not say who does it.",
                suggestion: "Name the responsible actor as the subject in active voice, e.g. \"The system shall "
                    + "\(baseForm(of: first)) …\" instead of \"… \(first) …\".",
                terms: found)
        ]
    }

    private func isParticiple(_ word: String) -> Bool {
        if Self.adjectival.contains(word) { return false }
        if Self.irregular.contains(word) { return true }
        return word.count > 4 && word.hasSuffix("ed") && !["need", "feed", "speed", "seed", "bed"].contains(word)
    }

    /// A base-form guess for the participle of a passive phrase ("be stored" → "store").
    func baseForm(of phrase: String) -> String {
        let word = phrase.split(separator: " ").last.map(String.init) ?? phrase
        let irregular = [
            "sent": "send", "shown": "show", "given": "give", "taken": "take", "made": "make", "done": "do",
            "kept": "keep", "written": "write", "held": "hold", "built": "build", "paid": "pay", "found": "find",
            "chosen": "choose", "hidden": "hide", "shared": "share", "bought": "buy", "brought": "bring",
        ]
        if let base = irregular[word] { return base }
        guard word.hasSuffix("ed") else { return word }
        if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        let stem = String(word.dropLast(2))
        if word.hasSuffix("ssed") { return stem }
        // "cancelled", "labelled", "controlled": a final "l" doubled after a weak last syllable;
        // not in "spelled" or "scrolled", whose verbs end in "ll".
        let weakEll =
            stem.count >= 6 && stem.hasSuffix("ell")
            && !["well", "spell", "smell", "shell", "quell"].contains(where: stem.hasSuffix)
        if weakEll || stem.count >= 7 && stem.hasSuffix("oll") {
            return String(stem.dropLast())
        }
        if let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) {
            return String(stem.dropLast())
        }
        let withE = stem + "e"
        let eEndings = [
            "ve", "re", "se", "ze", "ce", "ge", "ue", "ate", "ite", "ute", "ote", "ide", "ode", "ete", "ure",
        ]
        return eEndings.contains { withE.hasSuffix($0) } ? withE : stem
    }
}
