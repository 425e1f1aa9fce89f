import GRDB

/// An input file a run could not use, and why.
package struct InputErrorRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "input_errors"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var runId: String
    package var project: String
    package var path: String
    package var kind: String
    package var reason: String

    package init(id: Int64? = nil, runId: String, project: String, path: String, kind: String, reason: String) {
        self.id = id
        self.runId = runId
        self.project = project
        self.path = path
        self.kind = kind
        self.reason = reason
    }
}
