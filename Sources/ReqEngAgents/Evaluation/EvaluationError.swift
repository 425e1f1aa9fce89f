/// Why `reqeng eval` could not evaluate a data set.
package enum EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data set file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read as UTF-8 text.
    case unreadable(path: String, reason: String)
    /// Not one row could be used.
    case noUsableRows(path: String, skipped: Int)

    package var description: String {
        switch self {
        case .fileNotFound(let path):
            "dataset not found: \(path). Pass the path of a PROMISE NFR CSV with --dataset."
        case .unreadable(let path, let reason):
            "cannot read dataset \(path): \(reason). Save it as UTF-8 text."
        case .noUsableRows(let path, let skipped):
            "dataset \(path) has no usable row (\(skipped) skipped); expected lines like "
                + "`1,'The system shall ...',F` with a class of F, A, FT, L, LF, MN, O, PE, PO, SC, SE or US."
        }
    }
}
