import GRDB

/// A requirement of a project, with a `version` for optimistic (compare-and-swap) updates.
package struct RequirementRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "requirements"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var projectId: Int64
    /// `REQ-001`, `REQ-INF-001`, …
    package var code: String
    package var title: String
    package var statement: String
    package var type: String
    package var category: String?
    package var priority: String
    package var actor: String?
    package var action: String?
    package var condition: String?
    package var acceptanceCriteria: [String]
    package var confidence: Double
    package var inferred: Bool
    package var rationale: String?
    /// Source references as a JSON text the store does not interpret.
    package var sourceRefsJson: String
    /// Bumped by every update; an update names the version it read.
    package var version: Int

    package init(
        id: Int64? = nil, projectId: Int64, code: String, title: String, statement: String, type: String,
        category: String?, priority: String, actor: String? = nil, action: String? = nil, condition: String? = nil,
        acceptanceCriteria: [String] = [], confidence: Double, inferred: Bool, rationale: String? = nil,
        sourceRefsJson: String = "[]", version: Int = 1
    ) {
        self.id = id
        self.projectId = projectId
        self.code = code
        self.title = title
        self.statement = statement
        self.type = type
        self.category = category
        self.priority = priority
        self.actor = actor
        self.action = action
        self.condition = condition
        self.acceptanceCriteria = acceptanceCriteria
        self.confidence = confidence
        self.inferred = inferred
        self.rationale = rationale
        self.sourceRefsJson = sourceRefsJson
        self.version = version
    }
}
