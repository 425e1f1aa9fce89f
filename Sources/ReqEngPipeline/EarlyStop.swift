/// Why a batch stopped before starting every project. Not an error: the batch returns its result,
/// documents already written are kept, and the run's status becomes partial.
package enum EarlyStop: Sendable, Hashable, CustomStringConvertible {
    /// Too many input files failed (`--max-failures`, `--fail-fast`).
    case tooManyFailures(count: Int, limit: Int)

    package var description: String {
        switch self {
        case .tooManyFailures(let count, let limit):
            "stopped after \(count) failed input file\(count == 1 ? "" : "s") (limit \(limit)); "
                + "documents already written are kept"
        }
    }
}
