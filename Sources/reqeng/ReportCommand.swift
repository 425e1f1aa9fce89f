import ArgumentParser
import Foundation
import ReqEngBase
import ReqEngReport
import ReqEngStore

/// `reqeng report DIR`: re-render the HTML reports of an output directory from its run store alone.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render the HTML reports from the run store.",
        discussion: """
            Reads DIR/reqeng.sqlite and writes DIR/reports/runs/<run-id>.html for the newest runs and \
            DIR/reports/index.html. Nothing else is read: the transcripts need not be there any more.
            """
    )

    @Argument(help: "Output directory of earlier runs (it holds reqeng.sqlite).")
    var directory: String

    @Option(
        name: .customLong("templates"),
        help: "Directory of Mustache templates (default: ./templates, else the one installed with reqeng).")
    var templatesOption: String?

    /// `--templates`, or the templates found beside the working directory or the executable.
    var templates: String { TemplateDirectory.resolve(templatesOption) }

    @OptionGroup var reportOptions: ReportOptions

    func run() async throws {
        do {
            let store = try RunStore.existing(inOutputDirectory: directory)
            let outcome = try await ReportWriter(traceURL: try reportOptions.traceURL).writeReports(
                store: store, layout: OutputLayout(root: directory), templates: templates)
            let firing = outcome.latestAlerts.filter(\.firing).count
            print("wrote \(outcome.pages.count) report page(s) to \(directory)/reports; \(firing) alert(s) firing")
            if alertGateTrips(alerts: outcome.latestAlerts, failOn: reportOptions.failOn) {
                throw ExitCode(ExitStatus.alertGate)
            }
        } catch let error as CategorizedError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(ExitStatus.code(for: error.category))
        }
    }
}
