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

            Exit codes: 0 written; 1 an alert of the --fail-on severity fired on the newest run; \
            64 usage; 66 DIR holds no run store; 70 internal error; 73 cannot write the reports; \
            78 bad templates.
            """
    )

    @Argument(help: "Output directory of earlier runs (it holds reqeng.sqlite).")
    var directory: String

    @OptionGroup var templates: TemplateOption

    @OptionGroup var reportOptions: ReportOptions

    func run() async throws {
        let templates = try templates.load()
        let store = try RunStore.existing(inOutputDirectory: directory)
        let outcome = try await ReportWriter(traceURL: try reportOptions.traceURL).writeReports(
            store: store, layout: OutputLayout(root: directory), templates: templates, keepingPages: false)
        let firing = outcome.latestAlerts.filter(\.firing).count
        print("wrote \(outcome.pages.count) report page(s) to \(directory)/reports; \(firing) alert(s) firing")
        if alertGateTrips(alerts: outcome.latestAlerts, failOn: reportOptions.failOn) {
            throw ExitCode(ExitStatus.alertGate)
        }
    }
}
