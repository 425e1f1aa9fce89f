import ArgumentParser
import Foundation
import ReqEngBase
import ReqEngPipeline

/// The `reqeng` command: requirements-elicitation transcripts in, Requirements Documents out.
@main
struct ReqEng: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reqeng",
        abstract: "Turn requirements-elicitation transcripts into Requirements Documents.",
        discussion: """
            reqeng reads directories of interview, workshop and chat transcripts (.txt, .md, .json, \
            .vtt, .srt), runs a graph of agents over them (extraction, inference, validation, \
            clarification, synthesis) and writes one Requirements Document per project.
            """,
        version: ToolVersion.current,
        subcommands: [RunCommand.self, ReportCommand.self, EvalCommand.self, MergeCommand.self, SchemaCommand.self],
        defaultSubcommand: nil
    )

    /// Usage errors read like every other error: `reqeng: error: …`.
    static var _errorPrefix: String { Terminal.errorPrefix }

    /// Parses and runs the subcommand. A module's error is said once, as `reqeng: error: …`, and
    /// exits with its category's code; the argument parser's own (usage, help, version) exit as it
    /// decides, with the same prefix.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any CategorizedError {
            Terminal.error(error.description)
            Foundation.exit(ExitStatus.code(for: error))
        } catch {
            // The parser's own errors (help and version requests included, which its help command
            // throws from run()) are its to print; their types are partly internal to it.
            let fromParser = String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
            guard fromParser || error is ExitCode || error is ValidationError || error is CleanExit else {
                // Nothing should get here: every module's errors are categorized.
                Terminal.error("internal error: \(error.localizedDescription)")
                Foundation.exit(ExitStatus.internalError)
            }
            exit(withError: error)
        }
    }
}
