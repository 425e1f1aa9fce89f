/// The first reasons behind a run's status, as the store keeps them and the report's banner shows
/// them: why the batch stopped early, the first failed input files (file and what was wrong) and
/// projects without a document, or the error that stopped the run.
package enum RunReasons {
    /// How many reasons are kept; the report lists every failed file in its own table.
    package static let limit = 5

    /// The reasons of a batch that ran to its end (none for a clean one).
    package static func of(_ result: BatchResult) -> [String] {
        var reasons: [String] = result.stoppedEarly.map { [$0.description] } ?? []
        reasons += result.failures.map { "\($0.path): \($0.reason)" }
        reasons += result.projects.compactMap { project in project.error.map { "project \(project.name): \($0)" } }
        return capped(reasons)
    }

    /// The reason of a run that an error stopped.
    package static func of(_ error: PipelineError) -> [String] { [error.description] }

    /// At most ``limit`` reasons; the last one says how many more there were.
    static func capped(_ reasons: [String]) -> [String] {
        guard reasons.count > limit else { return reasons }
        return Array(reasons.prefix(limit - 1)) + ["… and \(reasons.count - limit + 1) more"]
    }
}
