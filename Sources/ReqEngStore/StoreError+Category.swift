import ReqEngBase

extension StoreError: CategorizedError {
    /// A missing store is missing input; a file that is not a store is bad data; a store that cannot
    /// be written is an output problem; anything else is a defect.
    package var category: ErrorCategory {
        switch self {
        case .missing: .noInput
        case .notAStore: .badData
        case .readOnly: .cannotWrite
        case .cannotOpen, .migrationFailed, .queryFailed, .conflict, .notFound: .internalFailure
        }
    }
}
