import ReqEngBase

extension IngestError: CategorizedError {
    /// Only ``notFound`` stops a command (an input named on the command line does not exist); every
    /// other case is one bad file, recorded as a finding while the batch goes on.
    package var category: ErrorCategory {
        if case .notFound = self { return .noInput }
        return .badData
    }
}
