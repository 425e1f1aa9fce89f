import ReqEngModel

/// An inference rule that a stated requirement rules out while other turns suggest it: "no
/// logins" said by one stakeholder, "each nurse signs in with her own account" by another.
///
/// The rule does not fire (it would contradict the stakeholder); validation raises the
/// disagreement as a finding, so the stakeholder is asked which holds.
package struct RuleDisagreement: Sendable, Codable, Hashable {
    /// The catalogue rule's id.
    package var ruleID: String
    /// What the rule would have required.
    package var ruleStatement: String
    /// The stated requirement that rules it out.
    package var requirementID: String
    /// The words that rule it out.
    package var said: SourceRef
    /// The turns that suggest it all the same.
    package var suggestedBy: [SourceRef]

    /// The finding raised for it, quoting both sides.
    package static let issueType = "rule_disagreement"

    /// The suggesting turn a finding quotes: the first that says something itself, not a bare
    /// "Yep." confirming what an interviewer put to the stakeholder (that turn is suggested too,
    /// and says what was confirmed).
    var quoted: SourceRef? {
        suggestedBy.first { TextTokens($0.quote).words.count >= 3 } ?? suggestedBy.first
    }

    package var finding: Finding { finding(statement: nil) }

    /// The finding, quoting `statement` (the ruling-out requirement's) for what was said when the
    /// stakeholder's own words are a bare answer ("No." to "So visitors won't have an account?").
    package func finding(statement: String?) -> Finding {
        let suggestion = quoted
        let words = TextTokens(said.quote).words.count >= 3 ? said.quote : statement ?? said.quote
        let other =
            suggestion.map { "\"\(Self.plain($0.quote))\" (\($0.speaker), \($0.sessionID) turn \($0.turn))" } ?? ""
        return Finding(
            severity: .warning, issueType: Self.issueType, rule: "inference rule \(ruleID)",
            message: "\(requirementID) says \"\(Self.plain(words))\" (\(said.speaker), \(said.sessionID) turn "
                + "\(said.turn)), which rules out what \(other) suggests and what is usually required: "
                + "\"\(Self.plain(ruleStatement))\"",
            suggestion: "Confirm with \(said.speaker) that it is left out on purpose, or drop the exclusion.",
            terms: [words] + (suggestion.map { [$0.quote] } ?? []) + [ruleStatement])
    }

    /// The words without double quotes, which delimit quotations in finding messages.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "\u{201D}")
    }
}
