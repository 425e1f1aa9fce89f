import ReqEngModel

/// INCOSE R8: escape clauses that let the supplier decide whether the requirement applies.
///
/// "Ideally" is no escape clause: it says how much the speaker wants something, and extraction
/// reads it as the priority (Could), which a question about conditions would not fit.
package struct EscapeClauseRule: QualityRule {
    package let id = "INCOSE R8"

    static let phrases = TriggerPhrase.list([
        "so far as is possible", "as far as possible", "as little as possible", "as much as possible",
        "where possible", "wherever possible", "if possible", "when possible", "if it should prove necessary",
        "if necessary", "when necessary", "where necessary", "to the extent necessary", "as appropriate",
        "where appropriate", "as required", "to the extent practical", "if practicable", "where practicable",
        "if feasible", "where feasible", "as needed", "if needed", "when needed", "if applicable",
        "as soon as possible", "if time permits",
    ])

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        let found = TermFormatting.found(Self.phrases, in: analysis.text)
        guard !found.isEmpty else { return [] }
        var rewritten = analysis.requirement.statement
        for phrase in found {
            rewritten = TermFormatting.replacing(phrase, with: "when <condition>", in: rewritten)
        }
        return [
            Finding(
                severity: .warning, issueType: "escape_clause", rule: id,
                message: "Escape clause \(TermFormatting.quoted(found)) leaves open whether the requirement applies.",
                suggestion: "State the exact condition instead, or drop the clause: \"\(rewritten)\"",
                terms: found)
        ]
    }
}
