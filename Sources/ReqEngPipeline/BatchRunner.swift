import Foundation
import Logging
import Metrics
import ReqEngAgents
import ReqEngBase
import ReqEngIngest
import ReqEngModel
import ReqEngRender
import ReqEngStore
import ReqEngTelemetry
import Synchronization
import Tracing

/// Runs a batch: discover the inputs, run the agent graph over each project, write its documents.
///
/// Stages, in order:
/// 1. discovery of projects and files (``InputDiscovery``), recording unusable paths;
/// 2. per project, the agent graph (ingest → extraction → inference → validation ⟲ → clarification
///    → synthesis → render), each node instrumented;
/// 3. the result: outcomes per project and every input failure, for the summary and exit code.
///
/// Collaborators with side effects (progress output, telemetry backends, the engine's agents) are
/// injected with defaults, so tests run it exactly.
package struct BatchRunner: Sendable {
    package var configuration: BatchConfiguration
    package var logger: Logger
    package var instruments: GraphInstruments
    package var progress: any ProgressReporter
    /// The engine's agents; `nil` means the built-in engine, built when the run starts.
    package var agents: EngineAgents?
    /// Where the run records itself (the SQLite run store); `nil` records nothing.
    package var recording: RunRecording?

    package init(
        configuration: BatchConfiguration,
        logger: Logger,
        instruments: GraphInstruments = .none,
        progress: any ProgressReporter = StandardErrorProgress(),
        agents: EngineAgents? = nil,
        recording: RunRecording? = nil
    ) {
        self.configuration = configuration
        self.logger = logger
        self.instruments = instruments
        self.progress = progress
        self.agents = agents
        self.recording = recording
    }

    /// Runs the batch under the run's root span, with `run_start` / `run_complete` log events.
    package func run() async throws(PipelineError) -> BatchResult {
        let outcome: Result<BatchResult, PipelineError> = await instruments.tracer.withSpan("reqeng.run") { span in
            span.attributes["service.name"] = "reqeng"
            span.attributes["gen_ai.operation.name"] = "invoke_workflow"
            logger.info(
                "run started",
                metadata: [
                    "event_type": "run_start", "inputs": "\(configuration.inputs.joined(separator: ","))",
                    "engine": "\(configuration.engine)",
                ])
            do {
                let result = try await runBatch()
                span.attributes["projects.count"] = result.projects.count
                span.attributes["requirements.count"] = result.projects.reduce(0) { $0 + $1.requirements }
                span.attributes["input_errors.count"] = result.failures.count
                logger.info(
                    "run completed",
                    metadata: [
                        "event_type": "run_complete", "projects": .number(result.projects.count),
                        "documents": .number(result.documentsWritten), "input_errors": .number(result.failures.count),
                        "requirements_count": .number(result.projects.reduce(0) { $0 + $1.requirements }),
                    ])
                return .success(result)
            } catch let error as PipelineError {
                span.recordError(error)
                logger.error("run failed", metadata: ["event_type": "run_error", "error_message": "\(error)"])
                return .failure(error)
            } catch {
                return .failure(.internalFailure(String(describing: error)))
            }
        }
        return try outcome.get()
    }

    private func runBatch() async throws(PipelineError) -> BatchResult {
        let metrics = ProjectMetrics(factory: instruments.metrics)
        var discovered: DiscoveredInputs
        do {
            discovered = try InputDiscovery(limits: configuration.limits, outputDirectory: configuration.output)
                .discover(configuration.inputs)
        } catch {
            throw .noInput(error.description)
        }
        if let shard = configuration.shard {
            discovered.projects = discovered.projects.filter { shard.contains(project: $0.name) }
            discovered.failures = discovered.failures.filter { shard.contains(project: $0.project) }
            discovered.notices = []
        }
        var result = BatchResult()
        result.failures = discovered.failures
        result.notices = discovered.notices
        for notice in discovered.notices { progress.notice(notice) }
        for failure in discovered.failures {
            progress.failed(failure)
            metrics.recordInputError(kind: failure.kind)
            logger.warning(
                "input file failed",
                metadata: [
                    "event_type": "input_error", "file": "\(failure.path)", "error_type": "\(failure.kind)",
                    "error_message": "\(failure.reason)",
                ])
        }
        if let recording, !discovered.failures.isEmpty {
            do {
                try recording.recorder.record(run: recording.runID, failures: discovered.failures)
            } catch {
                throw .cannotWrite(path: recording.recorder.store.path, reason: error.description)
            }
        }
        guard !discovered.projects.isEmpty else {
            if discovered.failures.isEmpty, configuration.shard == nil {
                throw .noInput("no transcripts found in \(configuration.inputs.joined(separator: ", "))")
            }
            return result
        }
        let markdown: MarkdownDocumentRenderer
        do {
            markdown = try MarkdownDocumentRenderer(templates: configuration.templates)
        } catch {
            throw .badConfiguration(error.description)
        }
        let agents: EngineAgents
        if let injected = self.agents {
            agents = injected
        } else {
            agents = try EngineAgents.builtin(limits: configuration.limits, redactor: configuration.redactor)
        }
        let writer = OutputWriter(root: configuration.output)
        do {
            try writer.ensureDirectory(OutputLayout.documentsDirectory)
        } catch {
            throw PipelineError(error)
        }
        let budget = FailureBudget(limit: configuration.maxFailures, alreadyFailed: discovered.failures.count)
        let outcomes = try await runProjects(
            discovered.projects, agents: agents, markdown: markdown, writer: writer, metrics: metrics, budget: budget)
        if let limit = configuration.maxFailures, budget.exhausted {
            result.stoppedEarly = .tooManyFailures(count: budget.failed, limit: limit)
        }
        if result.stoppedEarly != nil || Task.isCancelled {
            let started = Set(outcomes.map(\.outcome.name))
            result.projectsNotStarted = discovered.projects.map(\.name).filter { !started.contains($0) }
        }
        // Outcomes are merged in discovery order, whatever order the projects finished in.
        for outcome in outcomes {
            result.failures.append(contentsOf: outcome.failures)
            result.notices.append(contentsOf: outcome.notices)
            result.projects.append(outcome.outcome)
        }
        return result
    }

    /// Runs up to `configuration.jobs` projects at once; returns their runs in input order.
    private func runProjects(
        _ projects: [ProjectInput], agents: EngineAgents, markdown: MarkdownDocumentRenderer, writer: OutputWriter,
        metrics: ProjectMetrics, budget: FailureBudget
    ) async throws(PipelineError) -> [ProjectRun] {
        let active = ActiveSessions(metrics: metrics)
        let results = await withTaskGroup(of: (Int, Result<ProjectRun, PipelineError>).self) { group in
            var next = 0
            var collected: [Int: Result<ProjectRun, PipelineError>] = [:]
            func startNext() {
                // A cancelled run (SIGINT, SIGTERM) finishes the projects in flight and starts no more.
                guard next < projects.count, !budget.exhausted, !Task.isCancelled else { return }
                let index = next
                let project = projects[index]
                next += 1
                progress.projectStarted(project, index: index + 1, of: projects.count)
                group.addTask {
                    active.add(project.files.count)
                    defer { active.add(-project.files.count) }
                    do throws(PipelineError) {
                        let run = try await run(
                            project, agents: agents, markdown: markdown, writer: writer, metrics: metrics)
                        for failure in run.failures { progress.failed(failure) }
                        for notice in run.notices { progress.notice(notice) }
                        return (index, .success(run))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            for _ in 0..<max(1, configuration.jobs) { startNext() }
            while let (index, result) = await group.next() {
                collected[index] = result
                if case .success(let run) = result { budget.add(run.failures.count) }
                // One OTLP batch per finished project, so a long run's traces are on disk as it goes.
                instruments.tracer.forceFlush()
                if case .failure = result {
                    group.cancelAll()
                    break
                }
                startNext()
            }
            return collected
        }
        var runs: [ProjectRun] = []
        for index in projects.indices {
            switch results[index] {
            case .success(let run): runs.append(run)
            case .failure(let error): throw error
            case nil: continue
            }
        }
        return runs
    }

    struct ProjectRun {
        var outcome: ProjectOutcome
        var failures: [InputFailure]
        var notices: [InputNotice]
    }

    /// Records a finished project in the run store, when the batch records at all, on the store's
    /// writer queue (``RunStore/onWriter(_:)``) so that waiting for the writer holds no pool thread.
    func record(
        project: String, state: GraphState?, error: String?, skipped: Bool = false, traceID: String? = nil
    ) async throws(PipelineError) {
        guard let recording else { return }
        let executions = recording.executions.take(project: project)
        do {
            try await recording.recorder.store.onWriter { () throws(StoreError) in
                try recording.recorder.record(
                    run: recording.runID, project: project, document: state?.document,
                    transcripts: state?.transcripts ?? [], executions: executions, failures: state?.failures ?? [],
                    error: error, skipped: skipped, traceID: traceID)
            }
        } catch {
            throw .cannotWrite(path: recording.recorder.store.path, reason: error.description)
        }
    }
}
