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

    /// Projects for which documents were written.
    package var documentsWritten: Int { projects.filter { !$0.files.isEmpty }.count }

    /// One line for the end of a run, e.g. `3 projects, 8 sessions, 97 requirements (21 inferred)…`.
    package var summary: String {
        let sessions = projects.reduce(0) { $0 + $1.sessions }
        let requirements = projects.reduce(0) { $0 + $1.requirements }
        let inferred = projects.reduce(0) { $0 + $1.inferred }
        let findings = projects.reduce(0) { $0 + $1.findings }
        let questions = projects.reduce(0) { $0 + $1.questions }
        var line =
            "\(documentsWritten) of \(projects.count) projects written: \(sessions) sessions, "
            + "\(requirements) requirements (\(inferred) inferred), \(findings) findings, \(questions) questions"
        if !failures.isEmpty {
            line += "; \(failures.count) input file\(failures.count == 1 ? "" : "s") failed"
        }
        let skipped = projects.filter(\.skipped).count
        if skipped > 0 {
            line += "; \(skipped) unchanged project\(skipped == 1 ? "" : "s") skipped"
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
