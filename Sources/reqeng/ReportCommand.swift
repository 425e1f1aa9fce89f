import ArgumentParser
import Foundation
import ReqEngPipeline
import ReqEngRender
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
            let outcome = try await ReportWriter().writeReports(
                store: store, outputDirectory: directory, templates: templates)
            let firing = outcome.latestAlerts.filter(\.firing).count
            print("wrote \(outcome.pages.count) report page(s) to \(directory)/reports; \(firing) alert(s) firing")
            let status = alertGateExitCode(alerts: outcome.latestAlerts, failOn: reportOptions.failOn)
            if status != 0 { throw ExitCode(status) }
        } catch let error as StoreError {
            Self.fail(error.description)
            switch error {
            case .missing: throw ExitCode(ExitStatus.noInput)
            case .notAStore: throw ExitCode(ExitStatus.badData)
            case .readOnly: throw ExitCode(ExitStatus.cannotWrite)
            default: throw ExitCode(ExitStatus.internalError)
            }
        } catch let error as RenderError {
            Self.fail(error.description)
            throw ExitCode(78)
        } catch let error as PipelineError {
            Self.fail(error.description)
            if case .cannotWrite = error { throw ExitCode(73) }
            throw ExitCode(70)
        }
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
