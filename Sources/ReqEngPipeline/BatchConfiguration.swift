import ReqEngBase
import ReqEngIngest
import ReqEngModel

/// Everything a batch run needs to know, as parsed from the command line and environment.
package struct BatchConfiguration: Sendable, Hashable {
    /// Input directories or transcript files.
    package var inputs: [String]
    /// Output directory (`rd/`, `reports/`, `metrics/`, …).
    package var output: String
    /// Formats to write; the RD JSON is always built, but written only when listed.
    package var formats: Set<OutputFormat>
    /// Templates (`rd.md.mustache`, the report pages, the prompts): the built-in set, or `--templates DIR`.
    package var templates: ResourceFiles
    /// The LLM price table (`--engine openai`): the built-in one, or `--prices FILE`; `nil` prices nothing.
    package var prices: ResourceFile?
    package var engine: String
    /// Model of an LLM engine (`--model`); `nil` for the built-in engine.
    package var model: String?
    package var limits: InputLimits
    /// Fixed "now" for generated timestamps (`SOURCE_DATE_EPOCH`), in seconds since 1970.
    package var sourceDateEpoch: Int?
    /// Most validation → extraction refinement passes per project.
    package var maxRefinements: Int
    /// Projects processed at once (`--jobs`); output does not depend on it.
    package var jobs: Int
    /// Stop starting projects once this many input files have failed (`--max-failures`, `--fail-fast` = 1).
    package var maxFailures: Int?
    /// Recompute every project even when its inputs and configuration are unchanged (`--force`).
    package var force: Bool
    /// Masks secrets always, and personal data with `--redact-pii`, in transcript text at ingest.
    package var redactor: SecretRedactor
    /// Process only this deterministic slice of the projects (`--shard I/N`).
    package var shard: Shard?

    package init(
        inputs: [String],
        output: String,
        formats: Set<OutputFormat> = Set(OutputFormat.allCases),
        templates: ResourceFiles = .builtInTemplates,
        prices: ResourceFile? = nil,
        engine: String = "builtin",
        limits: InputLimits = InputLimits(),
        sourceDateEpoch: Int? = nil,
        maxRefinements: Int = 2,
        jobs: Int = 1,
        maxFailures: Int? = nil,
        force: Bool = false,
        redactor: SecretRedactor = SecretRedactor(),
        shard: Shard? = nil,
        model: String? = nil
    ) {
        self.inputs = inputs
        self.output = output
        self.formats = formats
        self.templates = templates
        self.prices = prices
        self.engine = engine
        self.limits = limits
        self.sourceDateEpoch = sourceDateEpoch
        self.maxRefinements = maxRefinements
        self.jobs = jobs
        self.maxFailures = maxFailures
        self.force = force
        self.redactor = redactor
        self.shard = shard
        self.model = model
    }
}

/// RD output formats selectable with `--format`.
package enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case pdf
    case markdown
    case json

    /// File extension of the format's RD file.
    package var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .markdown: "md"
        case .json: "json"
        }
    }
}
