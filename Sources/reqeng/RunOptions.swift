import ArgumentParser
import Foundation
import Logging
import ReqEngIngest
import ReqEngPipeline

/// The options of `reqeng run`, and the batch configuration they describe.
struct RunOptions: ParsableArguments {
    @Argument(help: "Input directories or transcript files.")
    var inputs: [String] = ["inputs"]

    @Option(name: .shortAndLong, help: "Output directory (created if missing).")
    var output: String = "outputs"

    @Option(
        help: ArgumentHelp(
            "Comma-separated RD formats to write: pdf, markdown, json (default: all three).", valueName: "formats"),
        transform: RunOptions.parseFormats)
    var format: Set<OutputFormat> = Set(OutputFormat.allCases)

    @Option(
        help: "Engine that runs the agents: builtin (offline, deterministic) or openai (an OpenAI-compatible endpoint)."
    )
    var engine: String = "builtin"

    @OptionGroup var templates: TemplateOption

    @Option(help: "Largest transcript file read, in bytes.")
    var maxFileBytes: Int = InputLimits().maxFileBytes

    @Option(help: "Deepest JSON nesting accepted in a transcript.")
    var maxJsonDepth: Int = InputLimits().maxJSONDepth

    @Option(help: "Most turns read from one transcript.")
    var maxTurns: Int = InputLimits().maxTurns

    @Option(help: "Most words read from one transcript.")
    var maxWords: Int = InputLimits().maxWords

    @Option(help: "Most transcript files read in one run; the rest are reported, not read.")
    var maxFiles: Int = InputLimits().maxFiles

    @Option(help: "Projects processed in parallel; output does not depend on it. (default: the number of cores)")
    var jobs: Int?

    @Option(help: "Stop starting new projects once this many input files have failed.")
    var maxFailures: Int?

    @Flag(help: "Stop at the first failed input file (same as --max-failures 1).")
    var failFast = false

    @Option(
        help: ArgumentHelp(
            "Process only slice I of N (0-based), chosen by hashing each project's path; default from "
                + "JOB_COMPLETION_INDEX (with --shards) or SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT.",
            valueName: "I/N"))
    var shard: String?

    @Option(help: "Number of shards when the index comes from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID.")
    var shards: Int?

    @Flag(help: "Also mask e-mail addresses and phone numbers in transcripts (secrets are always masked).")
    var redactPii = false

    @Flag(help: "Recompute every project, even those whose inputs and configuration are unchanged.")
    var force = false

    @Option(help: "Most validation → extraction refinement passes per project.")
    var maxRefinements: Int = 2

    @OptionGroup(title: "LLM engine (--engine openai)")
    var llm: LLMOptions

    @OptionGroup(title: "Telemetry")
    var telemetry: TelemetryOptions

    @OptionGroup(title: "Quality gate")
    var report: ReportOptions

    func validate() throws {
        guard engine == "builtin" || engine == "openai" else {
            throw ValidationError("unknown engine '\(engine)'; available: builtin, openai")
        }
        guard maxFileBytes > 0, maxJsonDepth > 0, maxTurns > 0, maxWords > 0, maxFiles > 0 else {
            throw ValidationError(
                "--max-file-bytes, --max-json-depth, --max-turns, --max-words and --max-files must be positive")
        }
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be between 1 and 256")
        }
        _ = try resolvedShard()
        if let maxFailures, maxFailures < 1 {
            throw ValidationError("--max-failures must be at least 1")
        }
        guard (0...10).contains(maxRefinements) else {
            throw ValidationError("--max-refinements must be between 0 and 10")
        }
    }

    /// `--shard`, else the scheduler's variables, else the whole batch.
    func resolvedShard() throws -> Shard? {
        do {
            if let shard { return try Shard(parsing: shard) }
            return try Shard.fromEnvironment(ProcessInfo.processInfo.environment, shards: shards)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The batch as the options and the environment describe it, with the templates (and, for the
    /// openai engine, the price table) read: an unusable `--templates` or `--prices` fails here,
    /// before anything is written.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BatchConfiguration
    {
        BatchConfiguration(
            inputs: inputs, output: output, formats: format, templates: try templates.load(),
            prices: engine == "openai" ? try llm.priceTable() : nil, engine: engine,
            limits: InputLimits(
                maxFileBytes: maxFileBytes, maxJSONDepth: maxJsonDepth, maxTurns: maxTurns, maxWords: maxWords,
                maxFiles: maxFiles),
            sourceDateEpoch: DocumentDate.sourceDateEpoch(from: environment),
            maxRefinements: maxRefinements, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            maxFailures: failFast ? 1 : maxFailures,
            force: force,
            redactor: SecretRedactor(redactPII: redactPii, knownSecrets: SecretRedactor.secrets(in: environment)),
            shard: try resolvedShard(),
            model: engine == "openai" ? llm.model : nil)
    }

    static func parseFormats(_ text: String) throws -> Set<OutputFormat> {
        var formats: Set<OutputFormat> = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            let alias = name == "md" ? "markdown" : name
            guard let format = OutputFormat(rawValue: alias) else {
                throw ValidationError("unknown format '\(name)'; choose from pdf, markdown, json")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of pdf, markdown, json") }
        return formats
    }
}
