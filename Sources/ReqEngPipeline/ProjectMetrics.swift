import Metrics
import ReqEngAgents
import ReqEngBase
import ReqEngModel
import Synchronization

/// Records the per-project metrics of the observability contract from a finished graph state:
/// sessions read, requirements by type, findings by severity and type, input errors by kind.
package struct ProjectMetrics: Sendable {
    package static let requirementsExtracted = MetricFamilyDescriptor(
        name: "requirements_extracted_total", help: "Requirements found, by type and whether inferred.",
        type: .counter, labelNames: ["type", "inferred"])
    package static let validationIssues = MetricFamilyDescriptor(
        name: "requirements_validation_issues_total", help: "Quality issues found by validation.",
        type: .counter, labelNames: ["severity", "issue_type"])
    package static let sessionsActive = MetricFamilyDescriptor(
        name: "sessions_active", help: "Transcript sessions being processed now.", type: .gauge)
    package static let sessionsCreated = MetricFamilyDescriptor(
        name: "sessions_created_total", help: "Transcript sessions read.", type: .counter)
    package static let inputErrors = MetricFamilyDescriptor(
        name: "reqeng_input_errors_total", help: "Input files that could not be used, by kind.",
        type: .counter, labelNames: ["kind"])
    /// Every family recorded per project.
    package static let metricFamilies = [
        requirementsExtracted, validationIssues, sessionsActive, sessionsCreated, inputErrors,
    ]

    let factory: any MetricsFactory

    func record(_ state: GraphState) {
        // Every type × inferred series exists from the first run on, at 0 when none was found: a
        // series that first appears at a later run is not counted by rate()/increase() for that run.
        for type in RequirementType.allCases {
            for inferred in [false, true] {
                _ = Counter(
                    label: Self.requirementsExtracted.name,
                    dimensions: [("type", type.rawValue), ("inferred", String(inferred))], factory: factory)
            }
        }
        Counter(label: Self.sessionsCreated.name, factory: factory).increment(by: state.transcripts.count)
        for requirement in state.allRequirements {
            Counter(
                label: Self.requirementsExtracted.name,
                dimensions: [("type", requirement.type.rawValue), ("inferred", String(requirement.inferred))],
                factory: factory
            ).increment()
        }
        for issue in state.issues {
            Counter(
                label: Self.validationIssues.name,
                dimensions: [("severity", issue.severity.rawValue), ("issue_type", issue.issueType)],
                factory: factory
            ).increment()
        }
        for failure in state.failures {
            recordInputError(kind: failure.kind)
        }
    }

    func recordInputError(kind: String) {
        Counter(label: Self.inputErrors.name, dimensions: [("kind", kind)], factory: factory).increment()
    }

    /// `sessions_active`: sessions of the projects in flight.
    func setActiveSessions(_ count: Int) {
        Gauge(label: Self.sessionsActive.name, factory: factory).record(count)
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
