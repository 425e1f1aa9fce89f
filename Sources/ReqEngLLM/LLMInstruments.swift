import Foundation
import Logging
import Metrics
import ReqEngBase
import ReqEngTelemetry
import Synchronization
import Tracing

/// Accounts every model request: the `llm_*` metrics and the GenAI client histograms, a
/// `chat {model}` span with GenAI attributes, an `llm_call` log event, and a report handed to
/// `onCall` (the run store row).
///
/// Token counts come only from the response's `usage`, so the metrics equal what the endpoint billed.
package struct LLMInstruments: Sendable {
    package var tracer: any Tracer
    package var metrics: any MetricsFactory
    package var logger: Logger
    package var onCall: @Sendable (LLMCallReport) -> Void
    private let costs = CostTotals()

    package init(
        tracer: any Tracer, metrics: any MetricsFactory, logger: Logger,
        onCall: @escaping @Sendable (LLMCallReport) -> Void = { _ in }
    ) {
        self.tracer = tracer
        self.metrics = metrics
        self.logger = logger
        self.onCall = onCall
    }

    /// `llm_tokens_total{model,token_type}`: tokens the endpoint billed, prompt and completion.
    package static let tokens = MetricFamilyDescriptor(
        name: "llm_tokens_total", help: "Tokens sent to and received from language models.",
        type: .counter, labelNames: ["model", "token_type"])
    /// `llm_requests_total{model,status}`.
    package static let requests = MetricFamilyDescriptor(
        name: "llm_requests_total", help: "Language model requests by outcome.",
        type: .counter, labelNames: ["model", "status"])
    /// `llm_latency_seconds{model}`: the design's bounds (0.5 … 30 s) with finer ones below them
    /// down to 1 ms (a cached or local model answers in milliseconds).
    package static let latency = MetricFamilyDescriptor(
        name: "llm_latency_seconds", help: "Latency of one language model request.",
        type: .histogram, labelNames: ["model"],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30])
    /// A running cost in US dollars; typed gauge because it is not a `_total` counter (DESIGN.md §6).
    package static let cost = MetricFamilyDescriptor(
        name: "llm_cost_usd", help: "Estimated language model cost of the run, in US dollars.",
        type: .gauge, labelNames: ["model"])
    /// Labels of the GenAI client histograms, as Prometheus spells the convention's attributes.
    static let genAILabels = [
        "gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model", "gen_ai_response_model",
        "server_address", "server_port",
    ]
    /// `gen_ai.client.token.usage` (OpenTelemetry GenAI conventions), with the convention's bucket bounds.
    package static let tokenUsage = MetricFamilyDescriptor(
        name: "gen_ai_client_token_usage", help: "Tokens of one GenAI request, by token type (input, output).",
        type: .histogram, labelNames: genAILabels + ["gen_ai_token_type"],
        buckets: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1_048_576, 4_194_304, 16_777_216, 67_108_864])
    /// `gen_ai.client.operation.duration` in seconds (OpenTelemetry GenAI conventions), with its bucket bounds.
    package static let operationDuration = MetricFamilyDescriptor(
        name: "gen_ai_client_operation_duration_seconds", help: "Duration of one GenAI request.",
        type: .histogram, labelNames: genAILabels + ["error_type"],
        buckets: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92])
    /// Every family these instruments record.
    package static let metricFamilies = [tokens, requests, latency, cost, tokenUsage, operationDuration]

    /// Instruments that record nothing.
    package static var none: LLMInstruments {
        LLMInstruments(
            tracer: NoOpTracer(), metrics: NOOPMetricsHandler.instance, logger: Logger(label: "reqeng.llm.none"))
    }

    /// `gen_ai.operation.name` of every request: chat completions.
    package static let operation = "chat"

    /// Records one finished request into the metrics, the span and the log, then `onCall`.
    func record(_ report: LLMCallReport, endpoint: LLMEndpoint, span: any Span) {
        let model = report.model
        Counter(
            label: Self.requests.name, dimensions: [("model", model), ("status", report.metricStatus)],
            factory: metrics
        ).increment()
        if report.inputTokens > 0 {
            Counter(
                label: Self.tokens.name, dimensions: [("model", model), ("token_type", "prompt")], factory: metrics
            )
            .increment(by: report.inputTokens)
        }
        if report.outputTokens > 0 {
            Counter(
                label: Self.tokens.name, dimensions: [("model", model), ("token_type", "completion")],
                factory: metrics
            ).increment(by: report.outputTokens)
        }
        Metrics.Timer(label: Self.latency.name, dimensions: [("model", model)], factory: metrics)
            .recordNanoseconds(Int64(report.latencySeconds * 1_000_000_000))
        let total = costs.add(report.costUSD, model: model)
        Gauge(label: Self.cost.name, dimensions: [("model", model)], factory: metrics).record(total)
        recordGenAIMetrics(report, endpoint: endpoint)
        describe(span, report: report, endpoint: endpoint)

        var metadata: Logger.Metadata = [
            "event_type": "llm_call", "model": "\(model)", "status": "\(report.status)",
            "input_tokens": .stringConvertible(report.inputTokens),
            "output_tokens": .stringConvertible(report.outputTokens),
            "cost_usd": .stringConvertible(report.costUSD),
            "latency_ms": .stringConvertible((report.latencySeconds * 1_000_000).rounded() / 1000),
            "attempt": .stringConvertible(report.attempt),
        ]
        if let httpStatus = report.httpStatus { metadata["http_status"] = .stringConvertible(httpStatus) }
        if let agent = report.agent { metadata["llm_agent"] = "\(agent)" }
        if let responseModel = report.responseModel { metadata["response_model"] = "\(responseModel)" }
        if report.status == "success" {
            logger.info("llm call", metadata: metadata)
        } else {
            logger.warning("llm call failed", metadata: metadata)
        }
        onCall(report)
    }

    /// The GenAI client span attributes (OpenTelemetry semantic conventions), beside reqeng's own.
    private func describe(_ span: any Span, report: LLMCallReport, endpoint: LLMEndpoint) {
        typealias GenAI = SemanticAttributes.GenAI
        span.attributes[GenAI.operationName] = Self.operation
        span.attributes[GenAI.providerName] = endpoint.providerName
        span.attributes[GenAI.requestModel] = report.model
        if let responseModel = report.responseModel { span.attributes[GenAI.responseModel] = responseModel }
        if !report.finishReasons.isEmpty {
            span.attributes[GenAI.responseFinishReasons] = SpanAttribute.stringArray(report.finishReasons)
        }
        span.attributes[GenAI.inputTokens] = report.inputTokens
        span.attributes[GenAI.outputTokens] = report.outputTokens
        if let address = endpoint.serverAddress { span.attributes[SemanticAttributes.serverAddress] = address }
        if let port = endpoint.serverPort { span.attributes[SemanticAttributes.serverPort] = port }
        span.attributes["llm.attempt"] = report.attempt
        span.attributes["llm.cost_usd"] = report.costUSD
        if let agent = report.agent { span.attributes[GenAI.agentName] = agent }
        if let project = report.project { span.attributes[GenAI.conversationID] = project }
        if let httpStatus = report.httpStatus { span.attributes["http.response.status_code"] = httpStatus }
        if report.status != "success" {
            span.attributes[SemanticAttributes.errorType] = report.status
            span.setStatus(SpanStatus(code: .error, message: report.status))
        }
    }

    /// `gen_ai.client.operation.duration` for every request and `gen_ai.client.token.usage` for the
    /// tokens an answer reported, labelled as the GenAI conventions say (dots become underscores).
    private func recordGenAIMetrics(_ report: LLMCallReport, endpoint: LLMEndpoint) {
        typealias GenAI = SemanticAttributes.GenAI
        var dimensions = [
            (GenAI.operationName, Self.operation), (GenAI.providerName, endpoint.providerName),
            (GenAI.requestModel, report.model),
        ]
        if let responseModel = report.responseModel { dimensions.append((GenAI.responseModel, responseModel)) }
        if let address = endpoint.serverAddress { dimensions.append((SemanticAttributes.serverAddress, address)) }
        if let port = endpoint.serverPort { dimensions.append((SemanticAttributes.serverPort, String(port))) }
        var durationDimensions = dimensions
        if report.status != "success" { durationDimensions.append((SemanticAttributes.errorType, report.status)) }
        Recorder(label: Self.operationDuration.name, dimensions: durationDimensions, factory: metrics)
            .record(report.latencySeconds)
        guard report.responseModel != nil || report.inputTokens > 0 || report.outputTokens > 0 else { return }
        for (type, count) in [("input", report.inputTokens), ("output", report.outputTokens)] {
            Recorder(label: Self.tokenUsage.name, dimensions: dimensions + [(GenAI.tokenType, type)], factory: metrics)
                .record(count)
        }
    }
}

/// Running cost per model, so `llm_cost_usd` is the run's total so far.
private final class CostTotals: Sendable {
    private let totals = Mutex<[String: Double]>([:])

    func add(_ cost: Double, model: String) -> Double {
        totals.withLock { values in
            values[model, default: 0] += cost
            return values[model, default: 0]
        }
    }
}
