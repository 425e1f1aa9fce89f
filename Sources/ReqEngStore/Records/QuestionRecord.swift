import GRDB

/// A follow-up question of a project.
package struct QuestionRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "questions"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var projectId: Int64
    /// `Q-001`, …
    package var code: String
    package var addressee: String
    package var text: String
    package var requirementCode: String?
    package var issueCode: String?

    package init(
        id: Int64? = nil, projectId: Int64, code: String, addressee: String, text: String,
        requirementCode: String? = nil, issueCode: String? = nil
    ) {
        self.id = id
        self.projectId = projectId
        self.code = code
        self.addressee = addressee
        self.text = text
        self.requirementCode = requirementCode
        self.issueCode = issueCode
    }
}
