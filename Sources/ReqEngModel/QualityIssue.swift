/// A quality finding about a requirement (or a pair of them), with a rule it comes from.
public struct QualityIssue: Sendable, Codable, Hashable, Identifiable {
    /// `ISS-nnn`, numbered in document order.
    public var id: String
    /// The requirement the finding is about; for cross-requirement findings, the first of them.
    public var requirementID: String?
    public var severity: Severity
    /// Machine-readable kind, e.g. `vague_term`, `conflict`, `duplicate`.
    public var issueType: String
    /// The rule's citation, e.g. `INCOSE R7`, `ISO 29148 §5.2.5 verifiable`.
    public var rule: String
    public var message: String
    /// A concrete rewrite or action that resolves the finding.
    public var suggestion: String
    /// Other requirements involved (duplicates, conflicts).
    public var relatedRequirementIDs: [String]

    public init(
        id: String,
        requirementID: String?,
        severity: Severity,
        issueType: String,
        rule: String,
        message: String,
        suggestion: String,
        relatedRequirementIDs: [String] = []
    ) {
        self.id = id
        self.requirementID = requirementID
        self.severity = severity
        self.issueType = issueType
        self.rule = rule
        self.message = message
        self.suggestion = suggestion
        self.relatedRequirementIDs = relatedRequirementIDs
    }

    enum CodingKeys: String, CodingKey {
        case id
        case requirementID = "requirement_id"
        case severity
        case issueType = "issue_type"
        case rule, message, suggestion
        case relatedRequirementIDs = "related_requirement_ids"
    }
}

/// Severity of a quality finding; `error` findings drive the refinement loop.
public enum Severity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case error
    case warning
    case info

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
