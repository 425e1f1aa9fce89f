import ReqEngModel

/// NASA ARM "incomplete" indicator: TBD/TBC-style placeholders and undecided values.
package struct TBDRule: QualityRule {
    package let id = "NASA ARM incomplete"

    static let phrases = TriggerPhrase.list([
        "tbd", "tbc", "tbs", "tbe", "tbr", "tba", "to be determined", "to be decided", "to be defined",
        "to be confirmed", "to be agreed", "to be specified", "to be clarified", "not yet defined",
        "not yet decided", "not decided yet", "not yet known", "still open", "xxx",
    ])

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        var found = TermFormatting.found(Self.phrases, in: analysis.text)
        if analysis.requirement.statement.contains("???") { found.append("???") }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .error, issueType: "tbd", rule: id,
                message: "Placeholder \(TermFormatting.quoted(found)): part of the requirement is not decided yet.",
                suggestion: "Replace the placeholder with the agreed value, or record an open question with an "
                    + "owner and a date and keep the requirement out of the baseline until it is answered.",
                terms: found)
        ]
    }
}
