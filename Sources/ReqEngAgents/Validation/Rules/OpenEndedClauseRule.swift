import ReqEngModel

/// INCOSE R9: open-ended clauses ("etc.", "including but not limited to") that hide the real list.
package struct OpenEndedClauseRule: QualityRule {
    package let id = "INCOSE R9"

    static let phrases = TriggerPhrase.list([
        "including but not limited to", "including without limitation", "etc", "and so on", "and so forth",
        "among others", "and others", "or similar", "and similar", "and more",
        "such as",
    ])

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        let found = TermFormatting.found(Self.phrases, in: analysis.text)
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "open_ended", rule: id,
                message: "Open-ended list \(TermFormatting.quoted(found)): the full set of items is not stated.",
                suggestion: "Enumerate every item the system must handle (e.g. \"PDF, CSV and XLSX\"), "
                    + "or move examples into a note and keep the requirement closed.",
                terms: found)
        ]
    }
}
