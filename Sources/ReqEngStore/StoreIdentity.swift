import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells a reqeng run store from anything else at the store's path, reading it without changing it.
///
/// Opening a file with the pool turns on WAL and migrating creates tables: done to another
/// program's database, or to a store of a newer reqeng, that would damage it. So the file is
/// opened read-only first, and only a store whose applied migrations reqeng knows is accepted.
enum StoreIdentity {
    /// Throws ``StoreError/notAStore(path:reason:)`` unless `path` is missing, a reqeng store of a
    /// known schema version, or (with `allowEmpty`) an empty file or database a new store may fill.
    static func check(path: String, allowEmpty: Bool) throws(StoreError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        if (attributes[.type] as? FileAttributeType) != .typeRegular {
            throw .notAStore(path: path, reason: "it is not a regular file")
        }
        if (attributes[.size] as? NSNumber)?.intValue ?? 0 == 0 {
            if allowEmpty { return }
            throw .notAStore(path: path, reason: "the file is empty")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "reqeng.store.identity"
        let tables: Set<String>
        let applied: Set<String>
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            (tables, applied) = try queue.read { db in
                let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                guard tables.contains("grdb_migrations") else { return (tables, []) }
                return (tables, try StoreSchema.migrator.appliedIdentifiers(db))
            }
            try queue.close()
        } catch {
            // A store in WAL mode cannot be opened, even to read, where SQLite may not create its
            // side files: that is a read-only directory, not a foreign file.
            let directory = (path as NSString).deletingLastPathComponent
            if access(directory.isEmpty ? "." : directory, W_OK) != 0 {
                throw .readOnly(path: directory.isEmpty ? "." : directory, reason: String(cString: strerror(errno)))
            }
            if let error = error as? DatabaseError, error.resultCode != .SQLITE_NOTADB {
                throw .cannotOpen(path: path, reason: RunStore.reason(error))
            }
            throw .notAStore(path: path, reason: "SQLite cannot read it (\(RunStore.reason(error)))")
        }
        let known = StoreSchema.migrator.migrations
        if tables.isEmpty {
            if allowEmpty { return }
            throw .notAStore(path: path, reason: "the database holds no tables")
        }
        guard let first = known.first, applied.contains(first) else {
            let sample = tables.sorted().prefix(5).joined(separator: ", ")
            throw .notAStore(path: path, reason: "it is another program's database (tables: \(sample))")
        }
        let unknown = applied.subtracting(known)
        guard unknown.isEmpty else {
            throw .notAStore(
                path: path,
                reason: "its schema (\(unknown.sorted().joined(separator: ", "))) is newer than this reqeng knows; "
                    + "use the reqeng version that wrote it")
        }
    }
}
