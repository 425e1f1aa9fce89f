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

/// Exit status when the alert gate trips: 1, the conventional "checks failed" status of linters and
/// test runners. It is distinct from every status of the DESIGN contract (2 = some inputs failed,
/// 64–78 = sysexits errors), so CI can tell "the run worked but breached a threshold" from both.
package let alertGateFailureExitCode: Int32 = 1

/// `1` when an alert of the `failOn` severity or worse fires, else `0`. Call it after everything is
/// written; combine as `runStatus != 0 ? runStatus : alertGateExitCode(...)`, so a run whose inputs
/// failed (2) or that broke (64–78) keeps its more specific status.
package func alertGateExitCode(alerts: [AlertOutcome], failOn: FailOnLevel) -> Int32 {
    guard let threshold = failOn.threshold else { return 0 }
    return alerts.contains { $0.firing && $0.rule.severity >= threshold } ? alertGateFailureExitCode : 0
}
