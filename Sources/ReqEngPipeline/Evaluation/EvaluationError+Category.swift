import ReqEngAgents
import ReqEngBase

extension EvaluationError: CategorizedError {
    /// A missing file or directory is missing input; data that cannot be scored is bad data.
    package var category: ErrorCategory {
        switch self {
        case .fileNotFound: .noInput
        case .unreadable, .noUsableRows, .noGold, .nothingToScore: .badData
        }
    }
}
