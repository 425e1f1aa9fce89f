import Foundation
import Logging
import Metrics
import ReqEngAgents
import ReqEngBase
import ReqEngIngest
import ReqEngLLM
import Tracing

/// The `openai` engine: the built-in agents with extraction, inference, validation and
/// clarification on an OpenAI-compatible endpoint (each falling back to its built-in agent per node).
///
/// Build it once per run, hand ``agents`` to the batch, and call ``shutdown()`` when the batch is
/// over (it closes the HTTP connections).
package struct OpenAIEngine: Sendable {
    package var agents: EngineAgents
    package var client: ChatClient
    package var prices: PriceTable

    /// Builds the engine: loads prompts and prices, opens the HTTP client.
    ///
    /// - Parameters:
    ///   - cache: where validated answers are kept (the run store); `nil` caches nothing.
    ///   - onCall: receives every HTTP request's accounting (e.g. the run store's `llm_calls` rows).
    ///   - transport, sleeper, random: seams for tests; the defaults are the real ones.
    package static func make(
        settings: OpenAIEngineSettings, limits: InputLimits = InputLimits(), logger: Logger, tracer: any Tracer,
        metrics: any MetricsFactory, cache: (any ResponseCache)?, priceDate: String = OpenAIEngine.today(),
        onCall: @escaping @Sendable (LLMCallReport) -> Void = { _ in },
        transport: (any ChatTransport)? = nil, sleeper: any Sleeper = TaskSleeper(),
        random: any RandomSource = SystemRandomSource()
    ) throws(PipelineError) -> OpenAIEngine {
        let builtin = try EngineAgents.builtin(limits: limits)
        let prompts: PromptLibrary
        do {
            prompts = try PromptLibrary.load(templates: settings.templates)
        } catch {
            throw .badConfiguration(error.description)
        }
        let prices = try loadPrices(settings: settings, logger: logger)
        if prices.entry(for: settings.endpoint.model, on: priceDate) == nil {
            logger.warning(
                "model has no price; its cost is counted as 0",
                metadata: [
                    "event_type": "llm_price_unknown", "model": "\(settings.endpoint.model)",
                    "prices_version": "\(prices.version)",
                ])
        }
        let client = ChatClient(
            endpoint: settings.endpoint,
            transport: transport ?? HTTPClientTransport(connectTimeout: settings.endpoint.connectTimeout),
            retry: RetryPolicy(maxRetries: settings.retries, retryAfterCap: settings.retryAfterCap),
            breaker: CircuitBreaker(threshold: settings.breakerThreshold),
            budget: RunBudget(maxTokens: settings.maxTokens, maxCostUSD: settings.maxCostUSD),
            gate: ConcurrencyGate(limit: settings.maxConcurrency), prices: prices, priceDate: priceDate,
            instruments: LLMInstruments(tracer: tracer, metrics: metrics, logger: logger, onCall: onCall),
            sleeper: sleeper, random: random)
        let model = StructuredChat(client: client, cache: cache, logger: logger)
        let agents = EngineAgents(
            ingest: builtin.ingest,
            extraction: StopMappingAgent(
                wrapped: ModelExtractionAgent(client: model, prompts: prompts, fallback: builtin.extraction)),
            inference: StopMappingAgent(
                wrapped: ModelInferenceAgent(client: model, prompts: prompts, fallback: builtin.inference)),
            validation: StopMappingAgent(
                wrapped: ModelValidationAgent(client: model, prompts: prompts, fallback: builtin.validation)),
            clarification: StopMappingAgent(
                wrapped: ModelClarificationAgent(client: model, prompts: prompts, fallback: builtin.clarification)),
            synthesis: builtin.synthesis)
        return OpenAIEngine(agents: agents, client: client, prices: prices)
    }

    /// Closes the HTTP client's connections.
    package func shutdown() async {
        await client.transport.shutdown()
    }

    /// Tokens and dollars spent so far in this run.
    package var spent: (tokens: Int, costUSD: Double) {
        (client.budget.tokensSpent, client.budget.costSpentUSD)
    }

    private static func loadPrices(settings: OpenAIEngineSettings, logger: Logger) throws(PipelineError) -> PriceTable {
        guard let file = settings.prices else {
            logger.warning("no price table; every model costs 0", metadata: ["event_type": "llm_price_unknown"])
            return .empty
        }
        do {
            return try PriceTable.decode(file.data, source: file.origin)
        } catch {
            throw .badConfiguration(error.description)
        }
    }

    /// Today's UTC date, `YYYY-MM-DD`, for price lookup.
    package static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
