import ReqEngRender
import ReqEngStore

extension ReportBuilder {
    /// How the run ended, from what the store recorded: the exit status, the outcome in words and
    /// its first reasons. Runs recorded before the store kept an outcome get one from their coarse
    /// status, and reasons from their failed files and projects.
    func status(_ contents: RunOverview) -> RunReport.Status {
        let run = contents.run
        let level: RunReport.Status.Level
        switch (run.exitCode, run.status) {
        case (0, _): level = .ok
        case (.some, _), (nil, "failed"), (nil, "interrupted"), (nil, "partial"): level = .failed
        default: level = .unknown
        }
        var reasons = run.reasons ?? []
        if reasons.isEmpty, level == .failed {
            reasons =
                contents.inputErrors.map { "\($0.path): \($0.reason)" }
                + contents.projects.compactMap { project in project.error.map { "project \(project.name): \($0)" } }
            if reasons.count > Self.reasonLimit {
                reasons =
                    Array(reasons.prefix(Self.reasonLimit - 1)) + ["… and \(reasons.count - Self.reasonLimit + 1) more"]
            }
        }
        let outcome =
            run.outcome ?? (run.status == "running" ? "still running, or stopped without a trace" : run.status)
        return RunReport.Status(
            exitCode: run.exitCode.map(String.init) ?? "—", outcome: outcome, reasons: reasons, level: level)
    }

    /// Reasons shown for a run that did not record its own.
    static let reasonLimit = 5
}
