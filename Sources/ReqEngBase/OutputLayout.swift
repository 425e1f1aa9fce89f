import Foundation

/// What a run writes under its output directory (DESIGN.md §5), and the only place that knows the
/// names: built once from `--output` and passed down to whatever writes or reads there.
///
/// ```
/// rd/<project>.<ext>              reports/index.html   reports/runs/<run-id>.html
/// metrics/metrics.prom            metrics/metrics.json
/// traces/<run-id>.otlp.jsonl      logs/<run-id>.jsonl
/// reqeng.sqlite                   .reqeng.lock
/// ```
///
/// Relative paths (`documentPath`, `reportIndex`, …) are for messages, reports and links; the
/// absolute ones (`path(_:)`, `store`, …) are for opening files.
package struct OutputLayout: Sendable, Hashable {
    /// The output directory as given.
    package let root: String

    package init(root: String) {
        self.root = root
    }

    // MARK: - Names relative to the output directory

    /// Requirements Documents, one file per project and format.
    package static let documentsDirectory = "rd"
    package static let reportsDirectory = "reports"
    package static let runPagesDirectory = "reports/runs"
    package static let reportIndex = "reports/index.html"
    /// What each kept run page was rendered from (``ReportWriter`` keeps a page while it matches).
    package static let runPagesManifest = "reports/runs/manifest.json"
    package static let logsDirectory = "logs"
    package static let tracesDirectory = "traces"
    package static let metricsDirectory = "metrics"
    package static let metricsText = "metrics/metrics.prom"
    package static let metricsJSON = "metrics/metrics.json"
    /// The run store (SQLite).
    package static let storeFileName = "reqeng.sqlite"
    /// The advisory lock that keeps one writer per output directory.
    package static let lockFileName = ".reqeng.lock"

    /// `rd/<project>.<ext>`, with the project's name made safe (``fileName(forProject:)``).
    package static func documentPath(project: String, fileExtension: String) -> String {
        "\(documentsDirectory)/\(fileName(forProject: project)).\(fileExtension)"
    }

    /// `reports/runs/<run>.html`.
    package static func runPage(runID: String) -> String {
        "\(runPagesDirectory)/\(runPageName(runID: runID))"
    }

    /// `<run>.html`, safe whatever the id holds.
    package static func runPageName(runID: String) -> String {
        fileName(forProject: runID) + ".html"
    }

    /// `logs/<run>.jsonl`.
    package static func log(runID: String) -> String { "\(logsDirectory)/\(runID).jsonl" }

    /// `traces/<run>.otlp.jsonl`.
    package static func traces(runID: String) -> String { "\(tracesDirectory)/\(runID).otlp.jsonl" }

    // MARK: - Paths under this output directory

    /// `relative` under the output directory, joined as the file system sees it.
    package func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    package var store: String { path(Self.storeFileName) }
    package var lockFile: String { path(Self.lockFileName) }
    package var metricsTextPath: String { path(Self.metricsText) }
    package var metricsJSONPath: String { path(Self.metricsJSON) }
    package var documentsPath: String { path(Self.documentsDirectory) }
    package func logPath(runID: String) -> String { path(Self.log(runID: runID)) }
    package func tracesPath(runID: String) -> String { path(Self.traces(runID: runID)) }

    // MARK: - Safe names

    /// Longest file stem written (before the format's extension).
    static let maxStemLength = 120

    /// A file name for a project: letters, digits, `.`, `-` and `_` kept; anything else (path
    /// separators, `..`, control characters) becomes `_`, so nothing is written outside `rd/`.
    ///
    /// The mapping is one-to-one: a name that had to be changed (or shortened) gets `-` and the first
    /// ten hex digits of the SHA-256 of the original name appended, so `sp ace`, `sp?ace` and `sp_ace`
    /// are three files. The suffix depends on the name alone, never on which other projects exist or
    /// in what order they were found, so a project keeps its file names from run to run.
    package static func fileName(forProject project: String) -> String {
        var name = String(
            project.unicodeScalars.map { scalar -> Character in
                let allowed =
                    (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                        || scalar == ".") && scalar.value > 0x1F
                return allowed ? Character(scalar) : "_"
            })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "_" }
        guard name != project || name.count > maxStemLength else { return name }
        let suffix = "-" + ContentDigest.sha256Hex(project).prefix(10)
        return String(name.prefix(maxStemLength - suffix.count)) + suffix
    }
}
