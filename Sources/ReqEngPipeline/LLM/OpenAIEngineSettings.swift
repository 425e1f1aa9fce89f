import ReqEngBase
import ReqEngLLM

/// Everything `--engine openai` is configured with (the `LLMOptions` group of `reqeng run`).
package struct OpenAIEngineSettings: Sendable {
    package var endpoint: LLMEndpoint
    /// Retries after a transient failure (`--retries`).
    package var retries: Int
    /// Requests in flight at most (`--max-concurrency`).
    package var maxConcurrency: Int
    /// Consecutive transient failures that stop all calls (`--circuit-breaker`).
    package var breakerThreshold: Int
    /// Run budgets (`--max-tokens`, `--max-cost`).
    package var maxTokens: Int?
    package var maxCostUSD: Double?
    /// The price table: the built-in one (the repository's `prices/llm-prices.json`) or `--prices
    /// FILE`; `nil` prices every model at 0, with a warning.
    package var prices: ResourceFile?
    /// The template set whose `prompts/<agent>.prompt` files the agents send (built-in or `--templates`).
    package var templates: ResourceFiles
    /// Most wait honoured from a `Retry-After` header.
    package var retryAfterCap: Duration

    /// Where the repository's price table is compiled in.
    package static let builtInPricesPath = "prices/llm-prices.json"

    /// The price table compiled into the executable.
    package static var builtInPrices: ResourceFile? { ResourceFile.embedded(builtInPricesPath) }

    package init(
        endpoint: LLMEndpoint, retries: Int = 2, maxConcurrency: Int = 4, breakerThreshold: Int = 5,
        maxTokens: Int? = nil, maxCostUSD: Double? = nil,
        prices: ResourceFile? = OpenAIEngineSettings.builtInPrices, templates: ResourceFiles = .builtInTemplates,
        retryAfterCap: Duration = .seconds(30)
    ) {
        self.endpoint = endpoint
        self.retries = retries
        self.maxConcurrency = maxConcurrency
        self.breakerThreshold = breakerThreshold
        self.maxTokens = maxTokens
        self.maxCostUSD = maxCostUSD
        self.prices = prices
        self.templates = templates
        self.retryAfterCap = retryAfterCap
    }
}
