import ReqEngBase

/// What stops the report step before it reads the store: an unusable option.
package enum ReportError: CategorizedError, Hashable {
    /// `--trace-url` is not a usable trace link template.
    case invalidTraceURL(template: String, reason: String)

    package var description: String {
        switch self {
        case .invalidTraceURL(let template, let reason):
            "--trace-url '\(template)' cannot be used: \(reason) (e.g. https://traces.example.com/trace/{trace_id})"
        }
    }

    package var category: ErrorCategory {
        switch self {
        case .invalidTraceURL: .usage
        }
    }
}
