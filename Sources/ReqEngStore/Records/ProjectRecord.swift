import GRDB

/// One project of a run; sessions, requirements, issues and questions hang off it.
package struct ProjectRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "projects"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// Row id; `nil` before insertion.
    package var id: Int64?
    package var runId: String
    package var name: String
    package var title: String?
    /// Why no document was produced, when none was.
    package var error: String?
    /// `processed`, or `skipped` when the project's inputs and configuration were unchanged.
    package var status: String
    /// The trace (32 hex digits) the project's spans were written under; `nil` for a skipped
    /// project and for projects recorded before reqeng stored it.
    package var traceId: String?
    /// For a skipped project, the row id of the project whose results it reuses (never itself a
    /// reference); `nil` when the results hang off this row.
    package var reusedFrom: Int64?

    package init(
        id: Int64? = nil, runId: String, name: String, title: String?, error: String? = nil,
        status: String = "processed", traceId: String? = nil, reusedFrom: Int64? = nil
    ) {
        self.id = id
        self.runId = runId
        self.name = name
        self.title = title
        self.error = error
        self.status = status
        self.traceId = traceId
        self.reusedFrom = reusedFrom
    }

    /// The row the project's sessions, requirements, findings and questions hang off.
    package var contentId: Int64? { reusedFrom ?? id }
}
