import Foundation
import Logging
import ReqEngAgents
import ReqEngBase
import ReqEngLLM
import ReqEngReport
import ReqEngTelemetry

/// One `reqeng run`, described in one place: from the lock on the output directory to the metrics
/// files, returning how the run ended.
///
/// Steps, in order (the file that does each):
/// 0. **inputs**: every input path must exist before anything is created under the output directory;
/// 1. **lock**: one writer per output directory, and the temporary files of a killed run removed
///    (`OutputLock.swift`, `ReqEngBase/OutputWriter.swift`);
/// 2. **telemetry**: the run's logs, traces and metrics under the output directory (`RunTelemetry.swift`);
/// 3. **store**: open the run store, record the run's start, and continue the metric totals the
///    previous run kept there (`Recording/RunRecorder.swift`, `RunTelemetry.swift`);
/// 4. **engine**: the built-in agents, or the OpenAI-compatible engine (`EngineAgents.swift`,
///    `LLM/OpenAIEngine.swift`);
/// 5. **batch**: discovery and the agent graph over every project (`BatchRunner.swift`);
/// 6. **alerts**: the run's alerts judged and the `--fail-on` gate applied, so the status recorded
///    is the one the process returns (`ReqEngReport/AlertGate.swift`);
/// 7. **record**: the run marked ended with its status, outcome and first reasons (`RunReasons.swift`,
///    `Recording/RunRecorder.swift`);
/// 8. **reports**: the HTML reports re-rendered from the store (`ReqEngReport/ReportWriter.swift`);
/// 9. **metrics**: the last-run gauges, the totals kept for the next run, `metrics.prom` and
///    `metrics.json` (`RunTelemetry.swift`, `RunTelemetry+Gauges.swift`).
///
/// Side effects are injected with defaults (clock, run id, the model endpoint's transport, progress
/// and messages, interruption), so tests run it exactly; the output directory is the one file system
/// root it writes under. Exit numbers are not known here: ``exitCode`` is the executable's mapping,
/// asked only so the store can record the code the process returns.
package struct RunPipeline: Sendable {
    package var configuration: BatchConfiguration
    package var userID: String
    package var logLevel: Logger.Level
    package var pushgateway: URL?
    package var failOn: FailOnLevel
    /// Links each project's trace in the report (`--trace-url`), when given.
    package var traceURL: TraceURLTemplate?
    /// The alert rules judged on the run (for the `--fail-on` gate and the report).
    package var alertEvaluator = AlertEvaluator()
    /// The `openai` engine's settings, resolved when the engine is built; `nil` runs the built-in engine.
    package var openAI: (@Sendable () throws(PipelineError) -> OpenAIEngineSettings)?
    /// The exit code the process returns for a status, recorded with the run.
    package var exitCode: @Sendable (RunStatus) -> Int32

    /// Wall-clock time, for the run's start and end in the store.
    package var now: @Sendable () -> Date = { Date() }
    /// Starts a stopwatch for the run's duration; the returned closure reads it.
    package var stopwatch: @Sendable () -> @Sendable () -> Duration = {
        let clock = ContinuousClock()
        let start = clock.now
        return { clock.now - start }
    }
    /// A new run id for a start time.
    package var makeRunID: @Sendable (Date) -> String = { RunTelemetry.makeRunID(now: $0) }
    /// The model endpoint's transport; `nil` is HTTP.
    package var modelTransport: (any ChatTransport)?
    package var progress: any ProgressReporter = StandardErrorProgress()
    /// Where console log lines go.
    package var console: any LineSink = StandardErrorSink()
    /// Messages for a person (summary, interruption, firing alerts, failures).
    package var say: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    /// Cancels the batch when the process is asked to stop.
    package var interruption: any RunInterruption = Uninterrupted()

    package init(
        configuration: BatchConfiguration, userID: String, logLevel: Logger.Level = .info, pushgateway: URL? = nil,
        failOn: FailOnLevel = .never,
        openAI: (@Sendable () throws(PipelineError) -> OpenAIEngineSettings)? = nil,
        exitCode: @escaping @Sendable (RunStatus) -> Int32
    ) {
        self.configuration = configuration
        self.userID = userID
        self.logLevel = logLevel
        self.pushgateway = pushgateway
        self.failOn = failOn
        self.openAI = openAI
        self.exitCode = exitCode
    }

    /// Runs every step. A step before the store is open that fails says why (through ``say``) and
    /// ends the run there; from the engine on, a failure is said, recorded with its reason, and the
    /// reports and metrics are still written.
    package func run() async -> RunOutcome {
        let layout = OutputLayout(root: configuration.output)
        // 0. inputs: a mistyped path must not leave an output directory with a store, logs and metrics.
        if let missing = configuration.inputs.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            return failed(.noInput("\(missing): no such file or directory"))
        }
        // 1. lock
        let lock: OutputLock
        do {
            lock = try OutputLock(outputDirectory: layout.root)
        } catch {
            return failed(error)
        }
        defer { withExtendedLifetime(lock) {} }
        OutputWriter(layout).removeStaleTemporaryFiles()
        // 2. telemetry
        let telemetry: RunTelemetry
        do {
            telemetry = try RunTelemetry(
                outputDirectory: layout.root, runID: makeRunID(now()), userID: userID, logLevel: logLevel,
                pushgateway: pushgateway, consoleSink: console)
        } catch {
            // Whatever stops telemetry, the run cannot write its files.
            say("reqeng: error: \(error.description)")
            return RunOutcome(status: .failed(.cannotWrite))
        }
        // 3. store
        let recording: RunRecording
        do {
            recording = try openRecording(layout: layout, runID: telemetry.runID, telemetry: telemetry)
        } catch {
            return failed(error)
        }
        telemetry.restoreTotals(from: recording.recorder.store)
        // 4. engine, 5. batch: a failure from here on is recorded with its reason and reported.
        let elapsed = stopwatch()
        var status: RunStatus
        var reasons: [String]
        var batchResult: BatchResult?
        do throws(PipelineError) {
            let openai = try makeOpenAIEngine(telemetry: telemetry, recording: recording)
            let batch = await runBatch(telemetry: telemetry, recording: recording, agents: openai?.agents)
            await openai?.shutdown()
            let result = try batch.get()
            batchResult = result
            status = RunStatus(result)
            reasons = RunReasons.of(result)
            say("reqeng: \(result.summary) → \(layout.root) (run \(telemetry.runID))")
        } catch {
            status = .failed(error.category)
            reasons = RunReasons.of(error)
            say("reqeng: error: \(error.description)")
        }
        if let signal = interruption.signal {
            status = .interrupted(signal: signal)
            say(
                "reqeng: interrupted by \(interruption.signalName ?? "a signal"): finished projects are kept; "
                    + "run the same command again to resume")
        }
        // 6. alerts (the gate decides the status before it is recorded), 7. record, 8. reports
        var firing: [AlertOutcome] = []
        let reportWriter = ReportWriter(evaluator: alertEvaluator, traceURL: traceURL)
        do {
            let alerts = try reportWriter.alerts(ofRun: recording.runID, store: recording.recorder.store) ?? []
            firing = alerts.filter(\.firing)
            if !firing.isEmpty {
                say(
                    "reqeng: alerts firing: "
                        + firing.map { "\($0.rule.name) (\($0.rule.severity))" }.joined(separator: ", "))
            }
            if status == .succeeded, alertGateTrips(alerts: alerts, failOn: failOn) {
                status = .alertsFired
                reasons = firing.map { "alert \($0.rule.name) (\($0.rule.severity)) fires" }
            }
        } catch {
            say("reqeng: error: could not judge the run's alerts: \(Self.describe(error))")
        }
        do {
            try recording.recorder.finish(
                run: recording.runID, endedAt: now(), status: status, exitCode: exitCode(status), reasons: reasons)
            _ = try await reportWriter.writeReports(
                store: recording.recorder.store, layout: layout, templates: configuration.templates)
        } catch {
            say("reqeng: error: could not write the run report: \(Self.describe(error))")
            if status == .succeeded {
                status = .failed(.cannotWrite)
                // Best effort: the store keeps the status the process returns.
                try? recording.recorder.finish(
                    run: recording.runID, endedAt: now(), status: status, exitCode: exitCode(status),
                    reasons: ["could not write the run report: \(Self.describe(error))"])
            }
        }
        // 9. metrics
        do {
            let statistics = try? recording.recorder.store.overview(ofRun: telemetry.runID, findingLimit: 0)
                .map(RunStatistics.init)
            try await telemetry.finish(
                RunEnd(status: status, exitCode: exitCode(status), duration: elapsed(), statistics: statistics),
                totals: recording.recorder.store)
        } catch {
            say("reqeng: error: \(error.description)")
            status = .failed(.cannotWrite)
            // The store keeps the status the process returns, even if the page written above cannot.
            try? recording.recorder.finish(
                run: recording.runID, endedAt: now(), status: status, exitCode: exitCode(status),
                reasons: [error.description])
        }
        return RunOutcome(runID: telemetry.runID, batch: batchResult, firingAlerts: firing, status: status)
    }

    /// Opens the run store under the output directory and records the run's start.
    func openRecording(
        layout: OutputLayout, runID: String, telemetry: RunTelemetry
    ) throws(PipelineError) -> RunRecording {
        do {
            let recorder = try RunRecorder.open(outputDirectory: layout.root, metrics: telemetry.metrics)
            try recorder.begin(
                run: RunStart(
                    id: runID, startedAt: now(), engine: configuration.engine, model: configuration.model,
                    inputs: configuration.inputs, configHash: ConfigurationHash.of(configuration),
                    shard: (configuration.shard ?? Shard.whole).description,
                    sourceDateEpoch: configuration.sourceDateEpoch))
            return RunRecording(recorder: recorder, runID: runID, executions: ExecutionCollector())
        } catch {
            throw .cannotWrite(path: layout.store, reason: String(describing: error))
        }
    }

    /// The `openai` engine with its response cache and `llm_calls` rows in the run store, or `nil`
    /// for the built-in engine (which the batch builds itself).
    func makeOpenAIEngine(
        telemetry: RunTelemetry, recording: RunRecording
    ) throws(PipelineError) -> OpenAIEngine? {
        guard let openAI else { return nil }
        let settings = try openAI()
        let sink = LLMCallSink(recording: recording, logger: telemetry.logger)
        return try OpenAIEngine.make(
            settings: settings, limits: configuration.limits, logger: telemetry.logger, tracer: telemetry.tracer,
            metrics: telemetry.metrics,
            cache: StoreResponseCache(store: recording.recorder.store, logger: telemetry.logger),
            onCall: sink.record, transport: modelTransport)
    }

    /// The batch, instrumented and recorded, under the run's telemetry context; cancelled by ``interruption``.
    func runBatch(
        telemetry: RunTelemetry, recording: RunRecording, agents: EngineAgents?
    ) async -> Result<BatchResult, PipelineError> {
        let runner = BatchRunner(
            configuration: configuration, logger: telemetry.logger,
            instruments: GraphInstruments(
                tracer: telemetry.tracer, metrics: telemetry.metrics, onExecution: recording.executions.record),
            progress: progress, agents: agents, recording: recording)
        let context = telemetry.context
        return await interruption.run {
            await TelemetryContext.$current.withValue(context) {
                do throws(PipelineError) { return .success(try await runner.run()) } catch { return .failure(error) }
            }
        }
    }

    private func failed(_ error: PipelineError) -> RunOutcome {
        say("reqeng: error: \(error.description)")
        return RunOutcome(status: .failed(error.category))
    }

    /// A module's own message (the report step throws only categorized errors).
    static func describe(_ error: any Error) -> String {
        (error as? any CategorizedError)?.description ?? error.localizedDescription
    }
}

/// What can stop a run from outside (SIGINT, SIGTERM): it runs the batch so that a stop cancels it,
/// and says afterwards whether one came.
package protocol RunInterruption: Sendable {
    /// Runs `body`, cancelling it when the process is asked to stop.
    func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) async -> T
    /// The signal that interrupted the run, if one did.
    var signal: Int32? { get }
    /// The signal's name, for the message.
    var signalName: String? { get }
}

/// No interruption: the batch runs as it is (tests, embedding).
package struct Uninterrupted: RunInterruption {
    package init() {}
    package func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) async -> T { await body() }
    package var signal: Int32? { nil }
    package var signalName: String? { nil }
}
