/// Everything the HTML page of one run shows, already computed: the renderer only lays it out.
///
/// Numbers that need a format arrive as display strings, so the page and its tests agree exactly.
package struct RunReport: Sendable, Hashable {
    /// The run's identity and settings, for the page header.
    package struct Header: Sendable, Hashable {
        package var runID: String
        package var toolVersion: String
        package var startedAt: String
        package var endedAt: String
        package var duration: String
        package var engine: String
        package var model: String
        package var inputs: [String]
        package var configHash: String
        package var status: String

        package init(
            runID: String, toolVersion: String, startedAt: String, endedAt: String, duration: String, engine: String,
            model: String, inputs: [String], configHash: String, status: String
        ) {
            self.runID = runID
            self.toolVersion = toolVersion
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.duration = duration
            self.engine = engine
            self.model = model
            self.inputs = inputs
            self.configHash = configHash
            self.status = status
        }
    }

    /// How the run ended, first on the page: exit status, outcome in words and the first reasons.
    package struct Status: Sendable, Hashable {
        /// Whether the page may call the run clean.
        package enum Level: String, Sendable, Hashable, Codable {
            /// Exit status 0: every input used, no gate tripped.
            case ok
            /// Any other exit status, or a run that never finished: the banner is red.
            case failed
            /// Still marked running (or no exit status recorded): nothing to claim either way.
            case unknown
        }

        /// The process exit status as recorded, or `—` when none was.
        package var exitCode: String
        /// E.g. `finished with input errors`, `failed: no input`.
        package var outcome: String
        /// The first reasons: failed files with what was wrong, or the error that stopped the run.
        package var reasons: [String]
        package var level: Level

        package init(exitCode: String, outcome: String, reasons: [String], level: Level) {
            self.exitCode = exitCode
            self.outcome = outcome
            self.reasons = reasons
            self.level = level
        }
    }

    /// Language-model use of one agent: calls, tokens and cost.
    package struct LLMUsage: Sendable, Hashable {
        package var agent: String
        package var calls: Int
        package var failed: Int
        package var inputTokens: Int
        package var outputTokens: Int
        package var cost: String

        package init(agent: String, calls: Int, failed: Int, inputTokens: Int, outputTokens: Int, cost: String) {
            self.agent = agent
            self.calls = calls
            self.failed = failed
            self.inputTokens = inputTokens
            self.outputTokens = outputTokens
            self.cost = cost
        }
    }

    /// Latency of one model's calls: p50, p95 and max, formatted.
    package struct LLMLatency: Sendable, Hashable {
        package var model: String
        package var calls: Int
        package var p50: String
        package var p95: String
        package var max: String

        package init(model: String, calls: Int, p50: String, p95: String, max: String) {
            self.model = model
            self.calls = calls
            self.p50 = p50
            self.p95 = p95
            self.max = max
        }
    }

    /// A headline number.
    package struct Tile: Sendable, Hashable {
        package var label: String
        package var value: String
        package var detail: String?

        package init(label: String, value: String, detail: String? = nil) {
            self.label = label
            self.value = value
            self.detail = detail
        }
    }

    /// One row of the per-agent table.
    package struct AgentRow: Sendable, Hashable {
        package var agent: String
        package var invocations: Int
        package var errors: Int
        package var errorRate: String
        /// p50, p90, p95, p99 and max latency, in that order.
        package var latencies: [String]
        package var meanConfidence: String

        package init(
            agent: String, invocations: Int, errors: Int, errorRate: String, latencies: [String],
            meanConfidence: String
        ) {
            self.agent = agent
            self.invocations = invocations
            self.errors = errors
            self.errorRate = errorRate
            self.latencies = latencies
            self.meanConfidence = meanConfidence
        }
    }

    /// An alert rule evaluated on this run.
    package struct Alert: Sendable, Hashable {
        package var name: String
        package var severity: String
        package var firing: Bool
        package var condition: String
        package var value: String
        package var subject: String?

        package init(name: String, severity: String, firing: Bool, condition: String, value: String, subject: String?) {
            self.name = name
            self.severity = severity
            self.firing = firing
            self.condition = condition
            self.value = value
            self.subject = subject
        }
    }

    /// One project of the run, with relative links to its RD files.
    package struct Project: Sendable, Hashable {
        package var name: String
        package var title: String
        package var sessions: Int
        package var requirements: Int
        package var inferred: Int
        package var findings: Int
        package var error: String?
        /// `(label, href)` pairs, e.g. `("md", "../../rd/clinic.md")`.
        package var links: [Link]
        /// The project was unchanged since its last run and was not recomputed.
        package var skipped: Bool
        /// The trace of the project's spans (hex), when one was recorded.
        package var traceID: String?
        /// The trace in a viewer (`--trace-url`), when a template was given.
        package var traceHref: String?

        package init(
            name: String, title: String, sessions: Int, requirements: Int, inferred: Int, findings: Int,
            error: String?, links: [Link], skipped: Bool = false, traceID: String? = nil, traceHref: String? = nil
        ) {
            self.name = name
            self.title = title
            self.sessions = sessions
            self.requirements = requirements
            self.inferred = inferred
            self.findings = findings
            self.error = error
            self.links = links
            self.skipped = skipped
            self.traceID = traceID
            self.traceHref = traceHref
        }
    }

    /// A relative link.
    package struct Link: Sendable, Hashable {
        package var label: String
        package var href: String

        package init(label: String, href: String) {
            self.label = label
            self.href = href
        }
    }

    /// An input file the run could not use.
    package struct InputError: Sendable, Hashable {
        package var project: String
        package var path: String
        package var kind: String
        package var reason: String

        package init(project: String, path: String, kind: String, reason: String) {
            self.project = project
            self.path = path
            self.kind = kind
            self.reason = reason
        }
    }

    /// A quality finding, as the run's documents record it.
    package struct Finding: Sendable, Hashable {
        package var project: String
        package var id: String
        package var requirement: String
        package var severity: String
        package var issueType: String
        package var message: String

        package init(
            project: String, id: String, requirement: String, severity: String, issueType: String, message: String
        ) {
            self.project = project
            self.id = id
            self.requirement = requirement
            self.severity = severity
            self.issueType = issueType
            self.message = message
        }
    }

    package var header: Header
    package var status: Status
    package var tiles: [Tile]
    package var agents: [AgentRow]
    /// Tokens and cost per agent, from the run's recorded LLM calls.
    package var llmUsage: [LLMUsage]
    /// LLM call latency per model.
    package var llmLatency: [LLMLatency]
    /// Why there is no LLM table, in words (the built-in engine makes no calls), when there is none.
    package var llmNote: String?
    /// How the latency percentiles were computed, in words.
    package var percentileMethod: String
    /// One latency histogram per agent.
    package var latencyCharts: [Chart]
    package var confidenceChart: Chart
    /// Requirements by type and by category, findings by severity and type, tokens and cost by model.
    package var breakdownCharts: [Chart]
    package var waterfall: Waterfall?
    package var alerts: [Alert]
    package var trends: [Trend]
    package var projects: [Project]
    package var inputErrors: [InputError]
    /// Error and warning findings, errors first, at most a page's worth.
    package var findings: [Finding]
    /// Findings left out of ``findings`` for length.
    package var findingsOmitted: Int

    package init(
        header: Header, status: Status, tiles: [Tile], agents: [AgentRow], llmUsage: [LLMUsage] = [],
        llmLatency: [LLMLatency] = [], llmNote: String? = nil, percentileMethod: String, latencyCharts: [Chart],
        confidenceChart: Chart, breakdownCharts: [Chart], waterfall: Waterfall?, alerts: [Alert], trends: [Trend],
        projects: [Project], inputErrors: [InputError], findings: [Finding] = [], findingsOmitted: Int = 0
    ) {
        self.header = header
        self.status = status
        self.tiles = tiles
        self.agents = agents
        self.llmUsage = llmUsage
        self.llmLatency = llmLatency
        self.llmNote = llmNote
        self.percentileMethod = percentileMethod
        self.latencyCharts = latencyCharts
        self.confidenceChart = confidenceChart
        self.breakdownCharts = breakdownCharts
        self.waterfall = waterfall
        self.alerts = alerts
        self.trends = trends
        self.projects = projects
        self.inputErrors = inputErrors
        self.findings = findings
        self.findingsOmitted = findingsOmitted
    }
}
