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
    /// Price table file (`--prices`); `nil` is the repository's `prices/llm-prices.json`, whose
    /// absence is only a warning.
    package var pricesPath: String?
    /// Directory of the agents' prompt files (`<templates>/prompts`).
    package var promptsDirectory: String
    /// Most wait honoured from a `Retry-After` header.
    package var retryAfterCap: Duration

    package static let defaultPricesPath = "prices/llm-prices.json"

    package init(
        endpoint: LLMEndpoint, retries: Int = 2, maxConcurrency: Int = 4, breakerThreshold: Int = 5,
        maxTokens: Int? = nil, maxCostUSD: Double? = nil, pricesPath: String? = nil,
        promptsDirectory: String = "templates/prompts", retryAfterCap: Duration = .seconds(30)
    ) {
        self.endpoint = endpoint
        self.retries = retries
        self.maxConcurrency = maxConcurrency
        self.breakerThreshold = breakerThreshold
        self.maxTokens = maxTokens
        self.maxCostUSD = maxCostUSD
        self.pricesPath = pricesPath
        self.promptsDirectory = promptsDirectory
        self.retryAfterCap = retryAfterCap
    }
}
