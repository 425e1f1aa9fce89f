import GRDB

extension RunStore {
    /// Saves the graph state after one node; a checkpoint of the same project, inputs, configuration
    /// and step replaces the old one.
    package func save(checkpoint: CheckpointRecord) throws(StoreError) {
        var record = checkpoint
        record.id = nil
        _ = try writeUnsynced(CheckpointRecord.databaseTableName) { db in try insert(record, db) }
    }

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

    /// Keeps only the most advanced checkpoint of `project` for these inputs and configuration (the
    /// done-marker of a finished project) and deletes every other one of the project, in one
    /// transaction, without reading or rewriting the state itself.
    package func keepOnlyLatestCheckpoint(
        project: String, inputHash: String, configHash: String
    ) throws(StoreError) {
        try write(CheckpointRecord.databaseTableName) { db in
            try instruments.timed(.delete, CheckpointRecord.databaseTableName) {
                try db.execute(
                    sql: """
                        DELETE FROM checkpoints WHERE project = ?1 AND id IS NOT (
                            SELECT id FROM checkpoints
                            WHERE project = ?1 AND input_hash = ?2 AND config_hash = ?3
                            ORDER BY step DESC LIMIT 1)
                        """,
                    arguments: [project, inputHash, configHash])
            }
        }
    }
}
