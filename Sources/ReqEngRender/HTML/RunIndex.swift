/// What `reports/index.html` shows: the latest run in brief, trends, and every run with a link.
package struct RunIndex: Sendable, Hashable {
    /// One run in the list.
    package struct Row: Sendable, Hashable {
        package var runID: String
        /// Relative link to the run's page, e.g. `runs/<id>.html`.
        package var href: String
        package var startedAt: String
        package var duration: String
        package var status: String
        /// The process exit status, or `—` when none was recorded.
        package var exitCode: String
        /// The run's status at a glance, as on its page.
        package var level: RunReport.Status.Level
        package var projects: Int
        package var requirements: Int
        package var cost: String
        package var p95: String
        package var firingAlerts: Int

        package init(
            runID: String, href: String, startedAt: String, duration: String, status: String, exitCode: String = "—",
            level: RunReport.Status.Level = .unknown, projects: Int, requirements: Int, cost: String, p95: String,
            firingAlerts: Int
        ) {
            self.runID = runID
            self.href = href
            self.startedAt = startedAt
            self.duration = duration
            self.status = status
            self.exitCode = exitCode
            self.level = level
            self.projects = projects
            self.requirements = requirements
            self.cost = cost
            self.p95 = p95
            self.firingAlerts = firingAlerts
        }
    }

    /// The newest run, with the link to its page.
    package var latest: RunReport?
    package var latestHref: String?
    package var runs: [Row]
    package var trends: [Trend]

    package init(latest: RunReport?, latestHref: String?, runs: [Row], trends: [Trend]) {
        self.latest = latest
        self.latestHref = latestHref
        self.runs = runs
        self.trends = trends
    }
}
