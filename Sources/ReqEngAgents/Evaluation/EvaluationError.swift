/// Why `reqeng eval` could not evaluate a data set or a set of labelled conversations.
package enum EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data set file (or gold directory) does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read as UTF-8 text.
    case unreadable(path: String, reason: String)
    /// Not one row could be used.
    case noUsableRows(path: String, skipped: Int)
    /// A gold directory holds no `*.gold.json` file.
    case noGold(path: String)
    /// No transcript of the conversations directory has a gold file.
    case nothingToScore(conversations: String, gold: String)

    package var description: String {
        switch self {
        case .fileNotFound(let path):
            "dataset not found: \(path). Pass the path of a PROMISE NFR CSV with --dataset."
        case .unreadable(let path, let reason):
            "cannot read dataset \(path): \(reason). Save it as UTF-8 text."
        case .noUsableRows(let path, let skipped):
            "dataset \(path) has no usable row (\(skipped) skipped); expected lines like "
                + "`1,'The system shall ...',F` with a class of F, A, FT, L, LF, MN, O, PE, PO, SC, SE or US."
        case .noGold(let path):
            "no gold file in \(path): expected `<session_id>.gold.json` files as eval/LABELLING.md describes."
        case .nothingToScore(let conversations, let gold):
            "no transcript in \(conversations) has a gold file in \(gold): gold files are matched by session id "
                + "(a JSON transcript's session_id, else the file stem)."
        }
    }
}
