/// What the run report needs of one run, with requirements, findings and sessions counted by
/// SQLite rather than loaded: its size follows the projects and agent executions of the run, not
/// the hundreds of thousands of requirements and findings a large run records.
package struct RunOverview: Sendable, Hashable {
    /// Per-project counts for the report's project table.
    package struct ProjectCounts: Sendable, Hashable {
        package var sessions = 0
        package var requirements = 0
        package var inferred = 0
        package var findings = 0

        package init(sessions: Int = 0, requirements: Int = 0, inferred: Int = 0, findings: Int = 0) {
            self.sessions = sessions
            self.requirements = requirements
            self.inferred = inferred
            self.findings = findings
        }
    }

    package var run: RunRecord
    package var projects: [ProjectRecord]
    /// Counts by project id; a project without rows has none.
    package var projectCounts: [Int64: ProjectCounts]
    package var sessions: Int
    package var requirements: Int
    package var inferred: Int
    /// Requirement confidences in ten bins of 0.1 (1.0 in the last).
    package var requirementConfidenceBins: [Int]
    package var requirementsByType: [String: Int]
    /// By category; requirements without one count under "none".
    package var requirementsByCategory: [String: Int]
    package var issuesBySeverity: [String: Int]
    package var issuesByType: [String: Int]
    /// The first error and warning findings (errors first, then in recording order).
    package var listedFindings: [IssueRecord]
    /// How many error and warning findings there are in all.
    package var errorAndWarningFindings: Int
    package var invocations: [AgentInvocationRecord]
    package var llmCalls: [LLMCallRecord]
    package var inputErrors: [InputErrorRecord]

    package init(
        run: RunRecord, projects: [ProjectRecord] = [], projectCounts: [Int64: ProjectCounts] = [:],
        sessions: Int = 0, requirements: Int = 0, inferred: Int = 0,
        requirementConfidenceBins: [Int] = Array(repeating: 0, count: 10),
        requirementsByType: [String: Int] = [:], requirementsByCategory: [String: Int] = [:],
        issuesBySeverity: [String: Int] = [:], issuesByType: [String: Int] = [:],
        listedFindings: [IssueRecord] = [], errorAndWarningFindings: Int = 0,
        invocations: [AgentInvocationRecord] = [], llmCalls: [LLMCallRecord] = [],
        inputErrors: [InputErrorRecord] = []
    ) {
        self.run = run
        self.projects = projects
        self.projectCounts = projectCounts
        self.sessions = sessions
        self.requirements = requirements
        self.inferred = inferred
        self.requirementConfidenceBins = requirementConfidenceBins
        self.requirementsByType = requirementsByType
        self.requirementsByCategory = requirementsByCategory
        self.issuesBySeverity = issuesBySeverity
        self.issuesByType = issuesByType
        self.listedFindings = listedFindings
        self.errorAndWarningFindings = errorAndWarningFindings
        self.invocations = invocations
        self.llmCalls = llmCalls
        self.inputErrors = inputErrors
    }

    /// The findings of one severity, from ``issuesBySeverity``.
    package func issues(severity: String) -> Int { issuesBySeverity[severity] ?? 0 }

    /// Every finding of the run.
    package var issues: Int { issuesBySeverity.values.reduce(0, +) }
}
