import Foundation
import Logging
import Metrics
import ReqEngBase
import Synchronization
import Tracing

/// Accounts every model request: the `llm_*` metrics, an `llm.call` span with GenAI attributes, an
/// `llm_call` log event, and a report handed to `onCall` (the run store row).
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
    /// `llm_latency_seconds{model}`.
    package static let latency = MetricFamilyDescriptor(
        name: "llm_latency_seconds", help: "Latency of one language model request.",
        type: .histogram, labelNames: ["model"], buckets: [0.5, 1, 2, 5, 10, 20, 30])
    /// A running cost in US dollars; typed gauge because it is not a `_total` counter (DESIGN.md §6).
    package static let cost = MetricFamilyDescriptor(
        name: "llm_cost_usd", help: "Estimated language model cost of the run, in US dollars.",
        type: .gauge, labelNames: ["model"])
    /// Every family these instruments record.
    package static let metricFamilies = [tokens, requests, latency, cost]

    /// Instruments that record nothing.
    package static var none: LLMInstruments {
        LLMInstruments(
            tracer: NoOpTracer(), metrics: NOOPMetricsHandler.instance, logger: Logger(label: "reqeng.llm.none"))
    }

    /// Records one finished request into the metrics, the span and the log, then `onCall`.
    func record(_ report: LLMCallReport, span: any Span) {
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

        span.attributes["gen_ai.operation.name"] = "chat"
        span.attributes["gen_ai.system"] = "openai"
        span.attributes["gen_ai.request.model"] = model
        span.attributes["gen_ai.usage.input_tokens"] = report.inputTokens
        span.attributes["gen_ai.usage.output_tokens"] = report.outputTokens
        span.attributes["llm.attempt"] = report.attempt
        span.attributes["llm.cost_usd"] = report.costUSD
        if let agent = report.agent { span.attributes["gen_ai.agent.name"] = agent }
        if let project = report.project { span.attributes["gen_ai.conversation.id"] = project }
        if let httpStatus = report.httpStatus { span.attributes["http.response.status_code"] = httpStatus }
        if report.status != "success" {
            span.attributes["error.type"] = report.status
            span.setStatus(SpanStatus(code: .error, message: report.status))
        }

        var metadata: Logger.Metadata = [
            "event_type": "llm_call", "model": "\(model)", "status": "\(report.status)",
            "input_tokens": "\(report.inputTokens)", "output_tokens": "\(report.outputTokens)",
            "cost_usd": "\(report.costUSD)", "latency_ms": "\(Int(report.latencySeconds * 1000))",
            "attempt": "\(report.attempt)",
        ]
        if let httpStatus = report.httpStatus { metadata["http_status"] = "\(httpStatus)" }
        if let agent = report.agent { metadata["llm_agent"] = "\(agent)" }
        if report.status == "success" {
            logger.info("llm call", metadata: metadata)
        } else {
            logger.warning("llm call failed", metadata: metadata)
        }
        onCall(report)
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
