import ReqEngBase
import ReqEngModel

/// ISO/IEC/IEEE 29148 consistent: one need given two priorities in so many words ("the highest
/// priority" in one turn, "nice to have" in another).
///
/// Only what people said counts (``PriorityWords``), not the modal verbs. A later turn that
/// corrects itself ("actually, that's only nice to have") is a change of mind that the final
/// form already carries, so it raises nothing; two positions left standing are an error with both
/// quotes, because the document cannot be signed with either priority.
package struct PriorityDisagreementRule: QualityRule {
    package let id = "ISO/IEC/IEEE 29148 consistent"
    /// The finding's kind, distinct from a conflict between two requirements.
    package static let issueType = "priority_conflict"

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let requirement = context.current.requirement
        guard !requirement.inferred, requirement.sourceRefs.count > 1 else { return [] }
        let said = requirement.sourceRefs.compactMap { ref in
            PriorityWords.priority(in: ref.quote).map { (ref: ref, priority: $0) }
        }
        .sorted { ($0.ref.sessionID, $0.ref.turn) < ($1.ref.sessionID, $1.ref.turn) }
        guard let first = said.first,
            let second = said.first(where: { $0.priority != first.priority && $0.ref.turn != first.ref.turn })
        else { return [] }
        if second.ref.sessionID == first.ref.sessionID, Self.correctsItself(second.ref.quote) { return [] }
        let one = "\(first.ref.quote)"
        let other = "\(second.ref.quote)"
        return [
            Finding(
                severity: .error, issueType: Self.issueType, rule: id,
                message: "\(requirement.id) is given two priorities: \(Self.who(first.ref)) said \"\(one)\" "
                    + "(\(first.priority.displayName)) and \(Self.who(second.ref)) said \"\(other)\" "
                    + "(\(second.priority.displayName)).",
                suggestion: "Agree one priority with both speakers and record it on the requirement.",
                terms: [one, other])
        ]
    }

    /// "Dana (intake turn 4)".
    static func who(_ ref: SourceRef) -> String { "\(ref.speaker) (\(ref.sessionID) turn \(ref.turn))" }

    /// Whether the words take back what was said before ("actually", "on second thought").
    static func correctsItself(_ quote: String) -> Bool {
        let lower = " " + TextTokens(quote).words.joined(separator: " ") + " "
        return correctionMarkers.contains { ByteSearch.contains(lower, " " + $0 + " ") }
    }

    static let correctionMarkers = [
        "actually", "on second thought", "on second thoughts", "correction", "i take that back", "scratch that",
        "changed my mind", "change my mind", "thinking about it", "come to think of it", "no wait", "i was wrong",
        "let me correct", "to correct",
    ]
}
