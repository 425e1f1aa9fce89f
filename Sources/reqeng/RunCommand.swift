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

            Writes under --output: rd/<project>.pdf, .md and .json (the formats of --format), \
            reports/index.html and reports/runs/<run-id>.html, metrics/metrics.prom and \
            metrics.json, traces/<run-id>.otlp.jsonl, logs/<run-id>.jsonl and the run store \
            reqeng.sqlite. With the same inputs the RD files are byte-identical; set \
            SOURCE_DATE_EPOCH to fix the generated date, which otherwise is the newest modification \
            time of the project's files. A project whose files, configuration (templates, price \
            table and rule catalogue included) and reqeng version are unchanged since its last run \
            is skipped (--force recomputes it).

            Templates, the price table and the inference rules are built into reqeng; --templates \
            and --prices replace the first two.

            Exit codes: 0 all good; 1 an alert of the --fail-on severity fired; 2 finished, but \
            some inputs failed; 64 usage; 65 no usable transcript; 66 no input (a path does not \
            exist, or holds no transcript); 70 internal error; 73 cannot write output; 75 \
            temporary failure (output directory locked by another run, LLM unavailable, budget \
            exhausted): run again later; 78 bad configuration (templates, prices, options of the \
            openai engine); 130 or 143 interrupted by SIGINT or SIGTERM: run the same command again \
            to resume.
            """
    )

    @OptionGroup var options: RunOptions

    func run() async throws {
        let configuration = try options.configuration()
        var openAI: (@Sendable () throws(PipelineError) -> OpenAIEngineSettings)?
        if options.engine == "openai" {
            let llm = options.llm
            openAI = { () throws(PipelineError) -> OpenAIEngineSettings in
                try llm.settings(
                    environment: ProcessInfo.processInfo.environment, templates: configuration.templates,
                    prices: configuration.prices)
            }
        }
        var pipeline = RunPipeline(
            configuration: configuration, userID: options.telemetry.resolvedUser,
            logLevel: options.telemetry.logLevel, pushgateway: options.telemetry.pushgatewayURL,
            failOn: options.report.failOn, openAI: openAI, exitCode: ExitStatus.code(for:))
        pipeline.traceURL = try options.report.traceURL
        pipeline.say = Terminal.say
        pipeline.interruption = InterruptSignals()
        let status = ExitStatus.code(for: await pipeline.run().status)
        if status != ExitStatus.ok { throw ExitCode(status) }
    }
}
