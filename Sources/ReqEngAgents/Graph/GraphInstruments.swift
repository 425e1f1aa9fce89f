import Logging
import Metrics
import ReqEngModel
import ReqEngTelemetry
import Tracing

#if canImport(Glibc)
    import Glibc
#endif

/// Wraps every node execution in an `agent.<name>` span, `agent_start`/`agent_complete`/`agent_error`
/// log events and the agent metrics of the observability contract.
///
/// The backends are injected (a `Tracer`, a `MetricsFactory`), so a test can hand in the libraries'
/// in-memory backends and a run hands in the OTLP tracer and the Prometheus registry.
package struct GraphInstruments: Sendable {
    package var tracer: any Tracer
    package var metrics: any MetricsFactory
    /// Receives one record per node execution (e.g. for the run store and the HTML report).
    package var onExecution: @Sendable (AgentExecution) -> Void

    package init(
        tracer: any Tracer, metrics: any MetricsFactory,
        onExecution: @escaping @Sendable (AgentExecution) -> Void = { _ in }
    ) {
        self.tracer = tracer
        self.metrics = metrics
        self.onExecution = onExecution
    }

    /// Instruments that record nothing, for callers that do not observe.
    package static var none: GraphInstruments {
        GraphInstruments(tracer: NoOpTracer(), metrics: NOOPMetricsHandler.instance)
    }

    /// Runs one node under its span, logs and metrics; rethrows the agent's error after recording it.
    func execute(_ agent: any Agent, state: inout GraphState, context: AgentContext) async throws {
        let name = agent.name
        // The agent name, and the session when the project has one, reach every log line inside the
        // node through the task-local context.
        let scope = TelemetryContext.current.with(agent: name).with(sessionID: Self.session(in: state))
        try await TelemetryContext.$current.withValue(scope) {
            try await executeInContext(agent, state: &state, context: context)
        }
    }

    /// The one session a node works on: the project's session when it has exactly one. A project of
    /// several sessions is read as a whole by every agent (requirements merge across sessions), so no
    /// single session is in scope there.
    static func session(in state: GraphState) -> String? {
        state.transcripts.count == 1 ? state.transcripts.first?.id : nil
    }

    /// Runs `body` with the session bound when the node made one known (ingest parses the files, so
    /// its own completion line is the first that can name the session).
    private static func inSession(of state: GraphState, span: any Span, _ body: () -> Void) {
        guard TelemetryContext.current.sessionID == nil, let session = session(in: state) else {
            return body()
        }
        span.attributes[SemanticAttributes.sessionID] = session
        TelemetryContext.$current.withValue(TelemetryContext.current.with(sessionID: session), operation: body)
    }

    /// Everything happens inside the span, so the start and end log lines carry its trace and span ids.
    private func executeInContext(_ agent: any Agent, state: inout GraphState, context: AgentContext) async throws {
        let name = agent.name
        let logger = context.logger
        let clock = ContinuousClock()
        let start = clock.now
        let startedAt = Self.unixNanoseconds()
        try await tracer.withSpan("agent.\(name)") { span in
            span.attributes["agent.name"] = name
            span.attributes[SemanticAttributes.GenAI.operationName] = "invoke_agent"
            span.attributes[SemanticAttributes.GenAI.agentName] = name
            span.attributes[SemanticAttributes.GenAI.conversationID] = state.project.name
            if let session = TelemetryContext.current.sessionID {
                span.attributes[SemanticAttributes.sessionID] = session
            }
            span.attributes["reqeng.sessions.count"] = state.transcripts.count
            if let model = context.engine.model {
                span.attributes[SemanticAttributes.GenAI.requestModel] = model
            }
            logger.info(
                "agent started",
                metadata: ["event_type": "agent_start", "requirements_count": .number(state.allRequirements.count)])
            let report: AgentReport
            do {
                report = try await agent.run(&state, context: context)
            } catch {
                let elapsed = clock.now - start
                span.attributes[SemanticAttributes.errorType] = "\(type(of: error))"
                span.attributes["duration_ms"] = Self.milliseconds(elapsed)
                record(agent: name, status: "error", elapsed: elapsed, confidence: nil)
                onExecution(
                    AgentExecution(
                        project: state.project.name, agent: name, status: .error, startedAtUnixNano: startedAt,
                        durationNanoseconds: Self.nanoseconds(elapsed), confidence: nil, requirementsAdded: 0,
                        errorMessage: String(describing: error)))
                Self.inSession(of: state, span: span) {
                    logger.error(
                        "agent failed",
                        metadata: [
                            "event_type": "agent_error",
                            "duration_ms": .milliseconds(elapsed),
                            "error_type": "\(type(of: error))",
                            "error_message": "\(error)",
                        ])
                }
                throw error
            }
            let elapsed = clock.now - start
            span.attributes["requirements.count"] = state.allRequirements.count
            span.attributes["requirements.added"] = report.requirementsAdded
            if let confidence = report.confidence {
                span.attributes["confidence"] = confidence
            }
            span.attributes["duration_ms"] = Self.milliseconds(elapsed)
            record(agent: name, status: "success", elapsed: elapsed, confidence: report.confidence)
            onExecution(
                AgentExecution(
                    project: state.project.name, agent: name, status: .success, startedAtUnixNano: startedAt,
                    durationNanoseconds: Self.nanoseconds(elapsed), confidence: report.confidence,
                    requirementsAdded: report.requirementsAdded, errorMessage: nil))
            var metadata: Logger.Metadata = [
                "event_type": "agent_complete",
                "duration_ms": .milliseconds(elapsed),
                "requirements_count": .number(state.allRequirements.count),
                "requirements_added": .number(report.requirementsAdded),
            ]
            if let confidence = report.confidence {
                metadata["confidence"] = .number(confidence)
            }
            for (key, value) in report.details {
                metadata[key] = .number(value)
            }
            Self.inSession(of: state, span: span) {
                logger.info("agent completed", metadata: metadata)
            }
        }
    }

    private func record(agent: String, status: String, elapsed: Duration, confidence: Double?) {
        Counter(
            label: Self.invocations.name, dimensions: [("agent_name", agent), ("status", status)],
            factory: metrics
        ).increment()
        Metrics.Timer(label: Self.duration.name, dimensions: [("agent_name", agent)], factory: metrics)
            .recordNanoseconds(Self.nanoseconds(elapsed))
        if let confidence {
            Recorder(label: Self.confidence.name, dimensions: [("agent_name", agent)], factory: metrics)
                .record(confidence)
        }
    }

    static func unixNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }
}
