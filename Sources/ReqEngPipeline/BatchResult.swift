import ReqEngModel

/// What a batch run did: per-project outcomes and every input problem, for the summary line,
/// the exit code and the report.
package struct BatchResult: Sendable, Hashable {
    package var projects: [ProjectOutcome] = []
    /// Files that could not be used, across all projects, in discovery order.
    package var failures: [InputFailure] = []
    package var notices: [InputNotice] = []
    /// Set when the batch stopped early (`--max-failures`): why, and the projects not started.
    package var stoppedEarly: EarlyStop?
    package var projectsNotStarted: [String] = []

    package init() {}

    /// Projects that have their documents: written by this run, or unchanged and kept from an earlier one.
    package var documentsWritten: Int { projects.filter { !$0.files.isEmpty }.count }

    /// Projects whose documents this run computed and wrote.
    package var projectsWritten: Int { projects.filter { !$0.files.isEmpty && !$0.skipped }.count }

    /// Projects unchanged since their last run: not recomputed, their documents left as they were.
    package var projectsSkipped: Int { projects.filter(\.skipped).count }

    /// One line for the end of a run, e.g. `3 projects: 2 written, 1 unchanged and skipped; 8 sessions, …`.
    package var summary: String {
        let sessions = projects.reduce(0) { $0 + $1.sessions }
        let requirements = projects.reduce(0) { $0 + $1.requirements }
        let inferred = projects.reduce(0) { $0 + $1.inferred }
        let findings = projects.reduce(0) { $0 + $1.findings }
        let questions = projects.reduce(0) { $0 + $1.questions }
        var counts = ["\(projectsWritten) written"]
        if projectsSkipped > 0 { counts.append("\(projectsSkipped) unchanged and skipped") }
        let withoutDocument = projects.count - documentsWritten
        if withoutDocument > 0 { counts.append("\(withoutDocument) without a document") }
        var line =
            "\(projects.count) project\(projects.count == 1 ? "" : "s"): \(counts.joined(separator: ", ")); "
            + "\(sessions) sessions, \(requirements) requirements (\(inferred) inferred), \(findings) findings, "
            + "\(questions) questions"
        if !failures.isEmpty {
            line += "; \(failures.count) input file\(failures.count == 1 ? "" : "s") failed"
        }
        if let stoppedEarly {
            line += "; \(stoppedEarly.description), \(projectsNotStarted.count) project(s) not started"
        } else if !projectsNotStarted.isEmpty {
            line += "; \(projectsNotStarted.count) project(s) not started"
        }
        return line
    }
}

/// The result of one project.
package struct ProjectOutcome: Sendable, Hashable {
    package var name: String
    package var sessions: Int
    package var requirements: Int
    package var inferred: Int
    package var findings: Int
    package var questions: Int
    /// Paths of the RD files written, relative to the output directory.
    package var files: [String]
    /// Why no document was written, when none was.
    package var error: String?
    /// Unchanged since the last run: not recomputed, files not rewritten.
    package var skipped = false

    package init(
        name: String, sessions: Int = 0, requirements: Int = 0, inferred: Int = 0, findings: Int = 0,
        questions: Int = 0, files: [String] = [], error: String? = nil
    ) {
        self.name = name
        self.sessions = sessions
        self.requirements = requirements
        self.inferred = inferred
        self.findings = findings
        self.questions = questions
        self.files = files
        self.error = error
    }
}
