import Logging
import ReqEngAgents
import ReqEngBase
import ReqEngIngest
import ReqEngModel
import ReqEngRender
import ReqEngStore
import ReqEngTelemetry
import Synchronization
import Tracing

extension BatchRunner {
    /// Runs the graph over one project, unless an incremental run finds it unchanged.
    ///
    /// With a run store, the state is checkpointed after every node under the project's input
    /// fingerprint and configuration hash. A project whose last checkpoint is the finished `render`
    /// node, with its documents on disk, is skipped (nothing rewritten); one whose last checkpoint
    /// is an earlier node resumes after it (a killed run). `--force` ignores checkpoints.
    func run(
        _ project: ProjectInput, agents: EngineAgents, markdown: MarkdownDocumentRenderer, writer: OutputWriter,
        metrics: ProjectMetrics
    ) async throws(PipelineError) -> ProjectRun {
        var projectLogger = logger
        projectLogger[metadataKey: "project"] = "\(project.name)"
        let written = Mutex<[String]>([])
        let render = RenderAgent(
            formats: configuration.formats, markdown: markdown, writer: writer, metrics: instruments.metrics,
            onWritten: { paths in written.withLock { $0.append(contentsOf: paths) } })
        let graph = agents.graph(render: render, maxRefinements: configuration.maxRefinements)
        let generatedAt = UTCDate.iso8601(
            epochSeconds: configuration.sourceDateEpoch ?? DocumentDate.newestModification(of: project.files))
        let context = AgentContext(
            engine: EngineSettings(
                name: configuration.engine, model: configuration.model, maxRefinements: configuration.maxRefinements),
            logger: projectLogger, generatedAt: generatedAt, toolVersion: ToolVersion.current)
        let checkpointer = recording.map { recording in
            StoreCheckpointer(
                store: recording.recorder.store, runID: recording.runID, project: project.name,
                inputHash: ProjectFingerprint.of(project, generatedAt: generatedAt),
                configHash: ConfigurationHash.of(configuration))
        }
        if !configuration.force, let head = checkpointer?.latestHead(), head.node == render.name,
            documentsExist(for: project.name, writer: writer),
            let run = try await reused(project, fromRun: head.runID, logger: projectLogger)
        {
            return run
        }
        let saved = configuration.force ? nil : checkpointer?.latest()
        if let saved, saved.node == render.name, documentsExist(for: project.name, writer: writer) {
            return try await skipped(project, state: saved.state, logger: projectLogger)
        }
        let resume = saved.flatMap { $0.node == render.name ? nil : (node: $0.node, step: $0.step) }
        if let resume {
            projectLogger.info(
                "resuming from checkpoint", metadata: ["event_type": "resume", "after_node": "\(resume.node)"])
        }
        let state: GraphState
        // The trace the project's spans go to, recorded with the project so the report can link it.
        let traceID = Mutex<String?>(nil)
        do {
            state = try await instruments.tracer.withSpan("project") { span in
                traceID.withLock { $0 = span.context.otlpSpanContext?.traceID }
                span.attributes["project.name"] = project.name
                span.attributes["project.files"] = project.files.count
                if let resume { span.attributes["resumed_after"] = resume.node }
                return try await graph.run(
                    saved?.state ?? GraphState(project: project), context: context, instruments: instruments,
                    checkpoint: checkpointer, resumingAfter: resume)
            }
        } catch let error as GraphError {
            // A write failure stops the batch (category `cannotWrite`) rather than failing one project.
            if case .agentFailed(_, let underlying) = error {
                if let cause = underlying as? PipelineError { throw cause }
                if let cause = underlying as? WriteError { throw PipelineError(cause) }
            }
            let outcome = ProjectOutcome(name: project.name, error: error.description)
            try await record(
                project: project.name, state: nil, error: error.description, traceID: traceID.withLock { $0 })
            return ProjectRun(outcome: outcome, failures: [], notices: [])
        } catch {
            throw .internalFailure(String(describing: error))
        }
        try? await checkpointer?.compact()
        metrics.record(state)
        try await record(
            project: project.name, state: state, error: state.document == nil ? "no usable transcript" : nil,
            traceID: traceID.withLock { $0 })
        var outcome = ProjectOutcome(state: state, name: project.name)
        outcome.files = written.withLock { $0 }
        return ProjectRun(outcome: outcome, failures: state.failures, notices: state.notices)
    }

    /// An unchanged project recorded by reference to the results of the run that computed it: no
    /// checkpoint decoded, no result rows copied, no file rewritten. `nil` when that run's results are
    /// gone from the store (the run was deleted), so the caller falls back to the checkpoint.
    private func reused(
        _ project: ProjectInput, fromRun sourceRun: String?, logger: Logger
    ) async throws(PipelineError) -> ProjectRun? {
        guard let recording, let sourceRun else { return nil }
        let reused: ReusedProject?
        let store = recording.recorder.store
        let name = project.name
        let runID = recording.runID
        do {
            reused = try await store.onWriter { () throws(StoreError) -> ReusedProject? in
                try store.recordReused(project: name, fromRun: sourceRun, inRun: runID)
            }
        } catch {
            throw .cannotWrite(path: recording.recorder.store.path, reason: error.description)
        }
        guard let reused else { return nil }
        logger.info(
            "project unchanged, skipped",
            metadata: ["event_type": "project_skipped", "reused_from_run": "\(sourceRun)"])
        var outcome = ProjectOutcome(
            name: project.name, sessions: reused.sessions, requirements: reused.requirements,
            inferred: reused.inferred, findings: reused.findings, questions: reused.questions,
            error: reused.error == nil ? nil : "no usable transcript in the project")
        outcome.skipped = true
        outcome.files = documentPaths(for: project.name)
        let failures = reused.inputErrors.map { error in
            InputFailure(path: error.path, project: error.project, kind: error.kind, reason: error.reason)
        }
        return ProjectRun(outcome: outcome, failures: failures, notices: [])
    }

    /// An unchanged project: recorded (as skipped) from its final checkpoint, no file rewritten.
    private func skipped(
        _ project: ProjectInput, state: GraphState, logger: Logger
    ) async throws(PipelineError) -> ProjectRun {
        logger.info("project unchanged, skipped", metadata: ["event_type": "project_skipped"])
        try await record(project: project.name, state: state, error: nil, skipped: true)
        var outcome = ProjectOutcome(state: state, name: project.name)
        outcome.skipped = true
        outcome.files = documentPaths(for: project.name)
        return ProjectRun(outcome: outcome, failures: state.failures, notices: state.notices)
    }

    private func documentPaths(for project: String) -> [String] {
        OutputFormat.allCases.filter { configuration.formats.contains($0) }.map { format in
            OutputLayout.documentPath(project: project, fileExtension: format.fileExtension)
        }
    }

    private func documentsExist(for project: String, writer: OutputWriter) -> Bool {
        documentPaths(for: project).allSatisfy { writer.exists($0) }
    }
}

extension ProjectOutcome {
    /// The counts of a finished graph state.
    init(state: GraphState, name: String) {
        let document = state.document
        self.init(
            name: name,
            sessions: state.transcripts.count,
            requirements: document?.requirements.count ?? 0,
            inferred: document?.requirements.filter(\.inferred).count ?? 0,
            findings: document?.issues.count ?? 0,
            questions: document?.questions.count ?? 0,
            error: document == nil ? "no usable transcript in the project" : nil)
    }
}
