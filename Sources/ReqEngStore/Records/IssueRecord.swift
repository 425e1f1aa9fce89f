import GRDB

/// A quality finding of a project.
package struct IssueRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "issues"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var projectId: Int64
    /// `ISS-001`, …
    package var code: String
    package var requirementCode: String?
    /// `error`, `warning` or `info`.
    package var severity: String
    package var issueType: String
    package var rule: String
    package var message: String
    package var suggestion: String

    package init(
        id: Int64? = nil, projectId: Int64, code: String, requirementCode: String?, severity: String,
        issueType: String, rule: String, message: String, suggestion: String
    ) {
        self.id = id
        self.projectId = projectId
        self.code = code
        self.requirementCode = requirementCode
        self.severity = severity
        self.issueType = issueType
        self.rule = rule
        self.message = message
        self.suggestion = suggestion
    }
}
