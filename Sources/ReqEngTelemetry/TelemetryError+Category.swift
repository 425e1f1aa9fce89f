import ReqEngBase

extension TelemetryError: CategorizedError {
    package var category: ErrorCategory {
        switch self {
        case .cannotWrite: .cannotWrite
        case .invalidEndpoint: .badConfiguration
        }
    }
}
