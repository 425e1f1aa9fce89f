/// What stops a whole batch (as opposed to one bad file, which is recorded and skipped).
package enum PipelineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An input path does not exist, or the inputs hold no transcript at all.
    case noInput(String)
    /// The output directory or a file in it cannot be written.
    case cannotWrite(path: String, reason: String)
    /// Options or templates are unusable.
    case badConfiguration(String)
    /// A defect in reqeng itself.
    case internalFailure(String)

    package var description: String {
        switch self {
        case .noInput(let message): message
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .badConfiguration(let message): message
        case .internalFailure(let message): "internal error: \(message)"
        }
    }
}
