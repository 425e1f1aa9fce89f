/// Why the run store could not be opened, read or written; every case says what to do.
package enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No store file at `path` (a command that only reads needs one).
    case missing(path: String)
    /// SQLite could not open the file (permissions, not a database, disk full, …).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a run store reqeng can use: empty, not SQLite, another program's
    /// database, or a store written by a newer reqeng.
    case notAStore(path: String, reason: String)
    /// The directory holding the store cannot be written (read-only file system or permissions).
    case readOnly(path: String, reason: String)
    /// The schema could not be brought up to date.
    case migrationFailed(reason: String)
    /// A read or write failed.
    case queryFailed(operation: String, table: String, reason: String)
    /// A compare-and-swap update kept losing to concurrent writers.
    case conflict(table: String, id: Int64, attempts: Int)
    /// A row that should exist does not.
    case notFound(table: String, key: String)

    package var description: String {
        switch self {
        case .missing(let path):
            "no run store at '\(path)': run 'reqeng run --output DIR' first, or point at the output directory of a run"
        case .cannotOpen(let path, let reason):
            "cannot open the run store '\(path)': \(reason) (check the file's permissions, or move it aside to start anew)"
        case .notAStore(let path, let reason):
            "'\(path)' is not a reqeng run store: \(reason); nothing was changed in it "
                + "(point at the output directory of a 'reqeng run', or move the file aside)"
        case .readOnly(let path, let reason):
            "cannot write in '\(path)': \(reason) (make the directory writable, or copy it somewhere writable)"
        case .migrationFailed(let reason):
            "cannot update the run store schema: \(reason) (the file may come from a newer reqeng; move it aside)"
        case .queryFailed(let operation, let table, let reason):
            "run store \(operation) on '\(table)' failed: \(reason)"
        case .conflict(let table, let id, let attempts):
            "row \(id) of '\(table)' changed under us \(attempts) times in a row; retry the command"
        case .notFound(let table, let key):
            "no row '\(key)' in '\(table)' of the run store"
        }
    }
}
