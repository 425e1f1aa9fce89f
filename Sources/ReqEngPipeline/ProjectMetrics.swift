import Metrics
import ReqEngAgents
import ReqEngModel
import Synchronization

/// Records the per-project metrics of the observability contract from a finished graph state:
/// sessions read, requirements by type, findings by severity and type, input errors by kind.
struct ProjectMetrics: Sendable {
    let factory: any MetricsFactory

    func record(_ state: GraphState) {
        Counter(label: MetricCatalog.sessionsCreated.name, factory: factory).increment(by: state.transcripts.count)
        for requirement in state.allRequirements {
            Counter(
                label: MetricCatalog.requirementsExtracted.name,
                dimensions: [("type", requirement.type.rawValue), ("inferred", String(requirement.inferred))],
                factory: factory
            ).increment()
        }
        for issue in state.issues {
            Counter(
                label: MetricCatalog.validationIssues.name,
                dimensions: [("severity", issue.severity.rawValue), ("issue_type", issue.issueType)],
                factory: factory
            ).increment()
        }
        for failure in state.failures {
            recordInputError(kind: failure.kind)
        }
    }

    func recordInputError(kind: String) {
        Counter(label: MetricCatalog.inputErrors.name, dimensions: [("kind", kind)], factory: factory).increment()
    }

    /// `sessions_active`: sessions of the projects in flight.
    func setActiveSessions(_ count: Int) {
        Gauge(label: MetricCatalog.sessionsActive.name, factory: factory).record(count)
    }
}

/// The `sessions_active` gauge across concurrently running projects.
final class ActiveSessions: Sendable {
    private let count = Mutex(0)
    private let metrics: ProjectMetrics

    init(metrics: ProjectMetrics) {
        self.metrics = metrics
    }

    func add(_ delta: Int) {
        let now = count.withLock { value in
            value += delta
            return value
        }
        metrics.setActiveSessions(now)
    }
}
