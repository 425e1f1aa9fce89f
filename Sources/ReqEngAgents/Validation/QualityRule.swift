import ReqEngModel

/// One quality rule: looks at a requirement (and, for set rules, the requirements after it).
///
/// A rule is named after its source in `id` (e.g. `INCOSE R7`), which becomes the issue's `rule`.
/// Rules that compare requirements report a pair once, on its first requirement, so findings come
/// out in requirement order without sorting.
package protocol QualityRule: Sendable {
    /// The citation of the rule's source, e.g. `INCOSE R7`, `NASA ARM incomplete`.
    var id: String { get }
    /// Findings about `context.current`; empty when the requirement passes.
    func check(_ context: ValidationContext) -> [Finding]
    /// Whether the rule judges how a normalised statement is worded (actor, action, voice,
    /// pronouns): such rules skip statements kept in the speaker's words, which
    /// ``SpeakerWordingRule`` flags once instead.
    var judgesWording: Bool { get }
}

extension QualityRule {
    package var judgesWording: Bool { false }
}

/// What a rule sees: the requirement being checked and the whole analysed set.
package struct ValidationContext: Sendable {
    /// Every requirement of the project, stated then inferred, analysed once.
    package let all: [StatementAnalysis]
    /// Position of the requirement being checked in `all`.
    package let position: Int

    package init(all: [StatementAnalysis], position: Int) {
        self.all = all
        self.position = position
    }

    /// The requirement being checked.
    package var current: StatementAnalysis { all[position] }

    /// The requirements after the current one, for pairwise rules.
    package var later: ArraySlice<StatementAnalysis> { all[(position + 1)...] }
}

/// A rule's verdict on one requirement, before it is numbered as a ``QualityIssue``.
package struct Finding: Sendable, Hashable {
    package var severity: Severity
    /// Machine-readable kind (`vague_term`, `conflict`, …); the refinement loop reads some of these.
    package var issueType: String
    /// Source citation; defaults to the rule's id.
    package var rule: String
    /// What is wrong, quoting the offending words in double quotes (clarification quotes them back).
    package var message: String
    /// A concrete rewrite or action.
    package var suggestion: String
    /// The offending words.
    package var terms: [String]
    /// Other requirements involved (duplicates, conflicts).
    package var relatedRequirementIDs: [String]

    package init(
        severity: Severity, issueType: String, rule: String, message: String, suggestion: String,
        terms: [String] = [], relatedRequirementIDs: [String] = []
    ) {
        self.severity = severity
        self.issueType = issueType
        self.rule = rule
        self.message = message
        self.suggestion = suggestion
        self.terms = terms
        self.relatedRequirementIDs = relatedRequirementIDs
    }
}
