import Foundation
import GRDB
import Metrics
import ReqEngBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite run store (`outputs/reqeng.sqlite`): runs, projects, sessions and turns, requirements,
/// issues, questions, agent invocations, LLM calls, input errors and graph checkpoints.
///
/// Backed by a GRDB `DatabasePool`: WAL journal (readers never block the writer, so a report can be
/// rendered while projects are still being recorded from parallel jobs), `synchronous=FULL` (a
/// finished run survives a power cut), a busy timeout (several reqeng processes may share one output
/// directory) and foreign keys on. Every query is timed into `db_query_duration_seconds`.
///
/// The store knows nothing of requirements as domain values: it speaks only its own record types.
package struct RunStore: Sendable {
    /// The store's file name inside an output directory.
    package static let fileName = OutputLayout.storeFileName
    /// Readers the pool may open besides its one writer.
    package static let maximumReaderCount = 4

    let pool: DatabasePool
    let instruments: StoreInstruments
    /// Path of the database file.
    package let path: String

    /// Opens (creating if needed) the store at `path` and migrates it to the current schema.
    ///
    /// An existing file is first inspected read-only (``StoreIdentity``): another program's database
    /// or a store from a newer reqeng is refused before anything is written to it.
    package init(
        path: String, metrics: any MetricsFactory = NOOPMetricsHandler.instance, busyTimeout: TimeInterval = 10
    ) throws(StoreError) {
        try StoreIdentity.check(path: path, allowEmpty: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.maximumReaderCount = Self.maximumReaderCount
        configuration.label = "reqeng.store"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            let directory = (path as NSString).deletingLastPathComponent
            if access(directory.isEmpty ? "." : directory, W_OK) != 0 {
                throw .readOnly(path: directory, reason: String(cString: strerror(errno)))
            }
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
        do {
            // GRDB switches the writer to synchronous=NORMAL when it turns WAL on, after
            // `prepareDatabase`; the writer is the connection whose commits must reach the disk.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
        self.path = path
        instruments = StoreInstruments(factory: metrics)
        instruments.poolSize(Self.maximumReaderCount + 1)
        do {
            try instruments.timed(.migrate, "grdb_migrations") {
                try StoreSchema.migrator.migrate(pool)
            }
        } catch {
            throw .migrationFailed(reason: Self.reason(error))
        }
    }

    /// Opens the store of output directory `directory`, which must already hold one.
    package static func existing(
        inOutputDirectory directory: String, metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) throws(StoreError) -> RunStore {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        // A command that reads a store must not turn an empty file into one.
        try StoreIdentity.check(path: path, allowEmpty: false)
        return try RunStore(path: path, metrics: metrics)
    }

    /// Runs `body` in a write transaction, mapping failures to ``StoreError``.
    func write<T>(_ table: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors("write", table) { try pool.write(body) }
    }

    /// Runs `body` in a write transaction whose commit does not wait for the disk: for checkpoints,
    /// which only save work to redo. A killed process loses nothing (the WAL is in the OS cache); a
    /// power cut loses at most the checkpoints since the last synchronous commit, because that
    /// commit's sync of the WAL file covers every frame written before it, this one included.
    /// Saves the disk sync of every checkpoint commit, which parallel jobs otherwise queue behind.
    func writeUnsynced<T>(_ table: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors("write", table) {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .commit
                }
                guard let result else {
                    throw StoreError.queryFailed(operation: "write", table: table, reason: "transaction rolled back")
                }
                return result
            }
        }
    }

    /// Runs `body` on a reader connection, mapping failures to ``StoreError``.
    func read<T>(_ table: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors("read", table) { try pool.read(body) }
    }

    /// `body`'s result; a ``StoreError`` passes through, any other failure becomes
    /// ``StoreError/queryFailed(operation:table:reason:)``.
    private func mappingErrors<T>(
        _ operation: String, _ table: String, _ body: () throws -> T
    ) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .queryFailed(operation: operation, table: table, reason: Self.reason(error))
        }
    }

    /// Inserts `record`, timed; returns the new row id.
    @discardableResult
    func insert<R: PersistableRecord>(_ record: R, _ db: Database) throws -> Int64 {
        try instruments.timed(.insert, R.databaseTableName) {
            try record.insert(db)
            return db.lastInsertedRowID
        }
    }

    /// Fetches all rows of `request`, timed under its table.
    func fetchAll<R: FetchableRecord & TableRecord>(_ request: QueryInterfaceRequest<R>, _ db: Database) throws -> [R] {
        try instruments.timed(.select, R.databaseTableName) { try request.fetchAll(db) }
    }

    /// SQLite's own verdict on the file: `["ok"]` when the database is sound.
    package func integrityCheck() throws(StoreError) -> [String] {
        try read("*") { db in
            try instruments.timed(.select, "*") { try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        }
    }

    /// The value of a `PRAGMA` on a reader connection (`journal_mode`, `synchronous`, `foreign_keys`, …).
    package func pragma(_ name: String) throws(StoreError) -> String? {
        guard name.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
        return try read("*") { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return String(describing: error)
    }
}
