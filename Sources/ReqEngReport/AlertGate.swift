/// The `--fail-on` level: which firing alerts make the run exit non-zero.
package enum FailOnLevel: String, Sendable, Hashable, CaseIterable {
    case never
    case warning
    case critical

    /// The lowest severity that trips the gate, or `nil` for `never`.
    var threshold: AlertSeverity? {
        switch self {
        case .never: nil
        case .warning: .warning
        case .critical: .critical
        }
    }
}

/// Whether an alert of the `failOn` severity or worse fires. Judge it after everything is written;
/// the executable turns a tripped gate into its exit status, and a run whose inputs failed or that
/// broke keeps its more specific status.
package func alertGateTrips(alerts: [AlertOutcome], failOn: FailOnLevel) -> Bool {
    guard let threshold = failOn.threshold else { return false }
    return alerts.contains { $0.firing && $0.rule.severity >= threshold }
}
