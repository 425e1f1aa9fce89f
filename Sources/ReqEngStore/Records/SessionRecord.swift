import GRDB

/// One elicitation session (a transcript file) of a project.
package struct SessionRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "sessions"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var projectId: Int64
    /// The session's own id (JSON `session_id` or the file stem).
    package var name: String
    package var title: String?
    package var date: String?
    package var sourcePath: String
    package var format: String
    package var turnCount: Int

    package init(
        id: Int64? = nil, projectId: Int64, name: String, title: String?, date: String?, sourcePath: String,
        format: String, turnCount: Int
    ) {
        self.id = id
        self.projectId = projectId
        self.name = name
        self.title = title
        self.date = date
        self.sourcePath = sourcePath
        self.format = format
        self.turnCount = turnCount
    }
}
