import ReqEngBase

/// What stops a whole batch (as opposed to one bad file, which is recorded and skipped).
package enum PipelineError: CategorizedError, Sendable, Hashable {
    /// An input path does not exist, or the inputs hold no transcript at all.
    case noInput(String)
    /// The output directory or a file in it cannot be written.
    case cannotWrite(path: String, reason: String)
    /// Another run holds the output directory's lock.
    case locked(path: String, holder: String)
    /// Options or templates are unusable.
    case badConfiguration(String)
    /// A temporary condition stopped the run (LLM budget exhausted, LLM endpoint failing); what was
    /// finished is kept and a later run can continue (category `temporary`).
    case temporarilyUnavailable(String)
    /// A defect in reqeng itself.
    case internalFailure(String)

    package var description: String {
        switch self {
        case .noInput(let message): message
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .locked(let path, let holder):
            "the output directory is in use by another run (\(holder)); lock file \(path). "
                + "Wait for it to finish, or choose another --output."
        case .badConfiguration(let message): message
        case .temporarilyUnavailable(let message): message
        case .internalFailure(let message): "internal error: \(message)"
        }
    }

    /// An output file that could not be written stops the batch.
    package init(_ error: WriteError) {
        self = .cannotWrite(path: error.path, reason: error.reason)
    }

    package var category: ErrorCategory {
        switch self {
        case .noInput: .noInput
        case .cannotWrite: .cannotWrite
        case .locked, .temporarilyUnavailable: .temporary
        case .badConfiguration: .badConfiguration
        case .internalFailure: .internalFailure
        }
    }
}
