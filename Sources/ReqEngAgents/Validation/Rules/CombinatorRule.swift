import ReqEngModel

/// INCOSE R18/R19 (ISO/IEC/IEEE 29148 singular): one requirement that joins several actions.
///
/// "and", "or", "but" and the like only count when a second action or clause follows (a verb, a
/// modal, or a new subject with its own modal or verb), so noun lists such as "name and email
/// address" and qualifiers such as "free text, but short" pass.
package struct CombinatorRule: QualityRule {
    package let id = "INCOSE R18/R19; ISO/IEC/IEEE 29148 singular"

    static let clauseJoiners: Set<String> = ["but", "however", "whereas", "otherwise", "unless", "meanwhile"]
    static let fillers: Set<String> = ["also", "then", "additionally", "further"]

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        let tokens = analysis.text.tokens
        let start = analysis.modalRange?.upperBound ?? 0
        var found: [String] = []
        for index in tokens.indices where index >= start {
            let token = tokens[index]
            if token == "and", index + 1 < tokens.count, tokens[index + 1] == "or" {
                found.append("and/or")
            } else if token == "but", index + 1 < tokens.count, tokens[index + 1] == "not" {
                // "including but not limited to" is an open-ended list (INCOSE R9), not a second clause.
                continue
            } else if Self.clauseJoiners.contains(token) {
                // "Free text, but short": a qualifier of the same need, not a second one; "but a
                // confirmation screen" and "but patients online must not" name a second one.
                if startsSecondAction(tokens, after: index) || startsSecondThing(tokens, after: index) {
                    found.append(token)
                }
            } else if token == "and" || token == "or" {
                if startsSecondAction(tokens, after: index) { found.append(token) }
            } else if analysis.text.hasSequence(["as", "well", "as"], at: index),
                startsSecondAction(tokens, after: index + 2)
            {
                found.append("as well as")
            }
        }
        let sentences = SentenceSplitter().split(analysis.requirement.statement)
        let sentencesWithModal = sentences.filter { StatementAnalysis.hasModal(TokenizedText($0)) }
        if sentencesWithModal.count > 1 {
            found.append("\(sentencesWithModal.count) sentences")
        }
        var unique: [String] = []
        for term in found where !unique.contains(term) { unique.append(term) }
        guard !unique.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "compound_requirement", rule: id,
                message:
                    "Compound statement joined by \(TermFormatting.quoted(unique)): it states more than one requirement.",
                suggestion: "Split it into one requirement per action, each with its own actor and modal "
                    + "(e.g. \"The system shall send X.\" and \"The system shall display Y.\").",
                terms: unique)
        ]
    }

    /// Whether the words after "but" (or the like) name a second thing: a determiner, or a modal
    /// within a few words ("but patients online must not …").
    private func startsSecondThing(_ tokens: [String], after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        if ["a", "an", "the", "some", "no", "every", "each"].contains(tokens[index + 1]) { return true }
        return tokens[(index + 1)..<min(tokens.count, index + 5)].contains { token in
            ValidationLexicon.modals.contains { $0.words == [token] }
        }
    }

    /// Whether the words after a combinator begin a second action or clause.
    private func startsSecondAction(_ tokens: [String], after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, Self.fillers.contains(tokens[next]) { next += 1 }
        guard next < tokens.count else { return false }
        let word = tokens[next]
        if ValidationLexicon.verbs.contains(word) { return true }
        if ValidationLexicon.modals.contains(where: { $0.words.first == word }) { return true }
        // A new subject with its own modal within a few words: "and the receptionist must …".
        let window = tokens[next..<min(tokens.count, next + 5)]
        // After a pronoun, its own verb will do ("but it hides the fees"); after "the" a noun may
        // look like a verb ("and the address"), so only a modal counts there.
        let pronoun = ["it", "they", "we", "users"].contains(word)
        return (pronoun || ["the", "a", "an", "each"].contains(word))
            && window.dropFirst().contains { token in
                ValidationLexicon.modals.contains { $0.words == [token] }
                    || (pronoun && ValidationLexicon.verbs.contains(token))
            }
    }
}
