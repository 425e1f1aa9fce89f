import Foundation
import GRDB

extension RunStore {
    /// Saves the graph state after one node; a checkpoint of the same project, inputs, configuration
    /// and step replaces the old one.
    package func save(checkpoint: CheckpointRecord) throws(StoreError) {
        try save(checkpoint: checkpoint, transcripts: nil)
    }

    /// Saves the graph state after one node and, when given, the project's transcripts (encoded)
    /// for the same inputs and configuration, in one transaction: a checkpoint whose state was
    /// saved without its transcripts never exists without them.
    package func save(checkpoint: CheckpointRecord, transcripts: Data?) throws(StoreError) {
        var record = checkpoint
        record.id = nil
        _ = try writeUnsynced(CheckpointRecord.databaseTableName) { db in
            if let transcripts {
                try instruments.timed(.insert, Self.transcriptsTable) {
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO checkpoint_transcripts (project, input_hash, config_hash, transcripts)
                            VALUES (?, ?, ?, ?)
                            """,
                        arguments: [record.project, record.inputHash, record.configHash, transcripts])
                }
            }
            try insert(record, db)
        }
    }

    /// The transcripts saved with the checkpoints of `project` for these inputs and configuration.
    package func checkpointTranscripts(
        project: String, inputHash: String, configHash: String
    ) throws(StoreError) -> Data? {
        try read(Self.transcriptsTable) { db in
            try instruments.timed(.select, Self.transcriptsTable) {
                try Data.fetchOne(
                    db,
                    sql: """
                        SELECT transcripts FROM checkpoint_transcripts
                        WHERE project = ? AND input_hash = ? AND config_hash = ?
                        """,
                    arguments: [project, inputHash, configHash])
            }
        }
    }

    private static let transcriptsTable = "checkpoint_transcripts"

    /// The most advanced checkpoint of `project` for exactly these inputs and this configuration.
    package func latestCheckpoint(
        project: String, inputHash: String, configHash: String
    ) throws(StoreError)
        -> CheckpointRecord?
    {
        try read(CheckpointRecord.databaseTableName) { db in
            try instruments.timed(.select, CheckpointRecord.databaseTableName) {
                try CheckpointRecord
                    .filter(
                        Column("project") == project && Column("input_hash") == inputHash
                            && Column("config_hash") == configHash
                    )
                    .order(Column("step").desc)
                    .fetchOne(db)
            }
        }
    }

    /// The node, step and writing run of the most advanced checkpoint of `project` for these inputs
    /// and configuration, without reading its state: what deciding to skip an unchanged project needs.
    package func latestCheckpointHead(
        project: String, inputHash: String, configHash: String
    ) throws(StoreError) -> (node: String, step: Int, runId: String?)? {
        try read(CheckpointRecord.databaseTableName) { db in
            try instruments.timed(.select, CheckpointRecord.databaseTableName) {
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT node, step, run_id FROM checkpoints
                        WHERE project = ? AND input_hash = ? AND config_hash = ? ORDER BY step DESC LIMIT 1
                        """,
                    arguments: [project, inputHash, configHash]
                ).map { row in (node: row["node"], step: row["step"], runId: row["run_id"]) }
            }
        }
    }

    /// Keeps only the most advanced checkpoint of `project` for these inputs and configuration (the
    /// done-marker of a finished project) and deletes every other one of the project, in one
    /// transaction, without reading or rewriting the state itself.
    ///
    /// The commit does not wait for the disk (``writeUnsynced(_:_:)``): a power cut that loses it
    /// leaves the older checkpoints besides the latest, which outranks them, and the project's
    /// record, committed synchronously right after, makes it durable anyway.
    package func keepOnlyLatestCheckpoint(
        project: String, inputHash: String, configHash: String
    ) throws(StoreError) {
        try writeUnsynced(CheckpointRecord.databaseTableName) { db in
            try instruments.timed(.delete, CheckpointRecord.databaseTableName) {
                try db.execute(
                    sql: """
                        DELETE FROM checkpoints WHERE project = ?1 AND id IS NOT (
                            SELECT id FROM checkpoints
                            WHERE project = ?1 AND input_hash = ?2 AND config_hash = ?3
                            ORDER BY step DESC LIMIT 1)
                        """,
                    arguments: [project, inputHash, configHash])
                try db.execute(
                    sql: """
                        DELETE FROM checkpoint_transcripts
                        WHERE project = ?1 AND NOT (input_hash = ?2 AND config_hash = ?3)
                        """,
                    arguments: [project, inputHash, configHash])
            }
        }
    }
}
