import ArgumentParser
import Foundation
import ReqEngPipeline

/// `reqeng run`: process transcript directories into Requirements Documents.
///
/// The whole run is ``RunPipeline``; this command parses the options, hands them over and turns the
/// outcome into an exit code.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process transcripts into Requirements Documents.",
        discussion: """
            Each immediate sub-directory of an input directory is a project: all its transcripts \
            form one Requirements Document. A transcript file directly inside an input directory is \
            a project of its own, named after the file's stem.

            Formats: .txt, .md (front matter allowed), .json (turns, OpenAI-style messages or a bare \
            array), .vtt (WebVTT) and .srt (SubRip). A file that cannot be used is reported with its \
            name and the reason, and the rest of the batch goes on.

            Writes rd/<project>.pdf, .md and .json under --output. With the same inputs the \
            files are byte-identical; set SOURCE_DATE_EPOCH to fix the generated date, which \
            otherwise is the newest modification time of the project's files.

            Exit codes: 0 all good; 1 an alert of the --fail-on severity fired; 2 finished, but some inputs failed; 64 usage; 65 no usable \
            transcript; 66 no input; 70 internal error; 73 cannot write output; 78 bad configuration.
            """
    )

    @OptionGroup var options: RunOptions

    func run() async throws {
        var openAI: (@Sendable () throws(PipelineError) -> OpenAIEngineSettings)?
        if options.engine == "openai" {
            let llm = options.llm
            let templates = options.templates
            openAI = { () throws(PipelineError) -> OpenAIEngineSettings in
                try llm.settings(environment: ProcessInfo.processInfo.environment, templates: templates)
            }
        }
        var pipeline = RunPipeline(
            configuration: try options.configuration(), userID: options.telemetry.resolvedUser,
            logLevel: options.telemetry.logLevel, pushgateway: options.telemetry.pushgatewayURL,
            failOn: options.report.failOn, openAI: openAI, exitCode: ExitStatus.code(for:))
        pipeline.traceURL = try options.report.traceURL
        pipeline.say = Terminal.error
        pipeline.interruption = InterruptSignals()
        let status = ExitStatus.code(for: await pipeline.run().status)
        if status != ExitStatus.ok { throw ExitCode(status) }
    }
}
