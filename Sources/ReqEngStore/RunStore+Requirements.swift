import Foundation
import GRDB

extension RunStore {
    /// How often ``modifyRequirement(id:maxAttempts:_:)`` re-reads and retries after losing a race.
    package static let defaultUpdateAttempts = 5

    /// Updates one requirement with compare-and-swap: `UPDATE … WHERE id = ? AND version = ?`.
    ///
    /// `record.version` is the version the caller read. Returns `false` (and writes nothing) when the
    /// row has moved on since; the caller re-reads and retries.
    package func update(_ record: RequirementRecord) throws(StoreError) -> Bool {
        try write(RequirementRecord.databaseTableName) { db in try compareAndSwap(record, db) }
    }

    /// Reads a requirement, applies `change` and writes it back with compare-and-swap, re-reading and
    /// retrying when another writer got there first. Each lost race increments
    /// `db_optimistic_lock_conflicts_total{table="requirements"}`. Returns the record as stored.
    @discardableResult
    package func modifyRequirement(
        id: Int64, maxAttempts: Int = RunStore.defaultUpdateAttempts,
        _ change: (inout RequirementRecord) throws -> Void
    ) throws -> RequirementRecord {
        for _ in 0..<max(1, maxAttempts) {
            guard let current = try requirement(id: id) else {
                throw StoreError.notFound(table: RequirementRecord.databaseTableName, key: String(id))
            }
            var changed = current
            try change(&changed)
            changed.id = id
            changed.version = current.version
            if try update(changed) {
                changed.version = current.version + 1
                return changed
            }
            instruments.conflict(table: RequirementRecord.databaseTableName)
        }
        throw StoreError.conflict(table: RequirementRecord.databaseTableName, id: id, attempts: max(1, maxAttempts))
    }

    /// The requirement with row id `id`, if any.
    package func requirement(id: Int64) throws(StoreError) -> RequirementRecord? {
        try read(RequirementRecord.databaseTableName) { db in
            try instruments.timed(.select, RequirementRecord.databaseTableName) {
                try RequirementRecord.fetchOne(db, key: id)
            }
        }
    }

    /// The compare-and-swap statement itself; `true` when the row was at `record.version`.
    func compareAndSwap(_ record: RequirementRecord, _ db: Database) throws -> Bool {
        try instruments.timed(.update, RequirementRecord.databaseTableName) {
            try db.execute(
                sql: """
                    UPDATE requirements SET code = ?, title = ?, statement = ?, type = ?, category = ?, priority = ?,
                    actor = ?, action = ?, condition = ?, acceptance_criteria = ?, confidence = ?, inferred = ?,
                    rationale = ?, source_refs_json = ?, version = version + 1
                    WHERE id = ? AND version = ?
                    """,
                arguments: [
                    record.code, record.title, record.statement, record.type, record.category, record.priority,
                    record.actor, record.action, record.condition, Self.jsonArray(record.acceptanceCriteria),
                    record.confidence, record.inferred, record.rationale, record.sourceRefsJson, record.id,
                    record.version,
                ])
            return db.changesCount == 1
        }
    }

    /// The same JSON text GRDB writes for a `[String]` column of a Codable record.
    static func jsonArray(_ values: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(values) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
