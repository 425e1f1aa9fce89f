import Foundation
import GRDB

/// The graph state of a project after one node, so a killed run can resume.
///
/// A checkpoint is reusable only when both hashes match: the same inputs under the same engine and
/// configuration.
package struct CheckpointRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "checkpoints"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    /// The run that wrote it; `nil` once that run is deleted.
    package var runId: String?
    package var project: String
    package var node: String
    /// Position of the node execution in the project's graph walk, from 1.
    package var step: Int
    /// The encoded graph state (JSON).
    package var state: Data
    package var inputHash: String
    package var configHash: String
    package var createdAt: Date

    package init(
        id: Int64? = nil, runId: String?, project: String, node: String, step: Int, state: Data, inputHash: String,
        configHash: String, createdAt: Date
    ) {
        self.id = id
        self.runId = runId
        self.project = project
        self.node = node
        self.step = step
        self.state = state
        self.inputHash = inputHash
        self.configHash = configHash
        self.createdAt = createdAt
    }
}
