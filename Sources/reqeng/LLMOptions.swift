import ArgumentParser
import Foundation
import ReqEngBase
import ReqEngLLM
import ReqEngPipeline

/// Options of `--engine openai`. The API key is read only from `OPENAI_API_KEY`, never from a flag.
struct LLMOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "OpenAI-compatible base URL up to the API version (default: $OPENAI_BASE_URL, else the public OpenAI endpoint).",
            valueName: "url"))
    var baseURL: String?

    @Option(help: "Model name sent to the endpoint.")
    var model: String = LLMEndpoint.defaultModel

    @Option(help: "Retries of a request after a connection error, timeout, 408, 409, 429 or 5xx.")
    var retries: Int = 2

    @Option(help: "LLM requests in flight at most.")
    var maxConcurrency: Int = 4

    @Option(help: "Stop calling the model after this many tokens in the run (exit 75).")
    var maxTokens: Int?

    @Option(
        help: ArgumentHelp("Stop calling the model after this many US dollars in the run (exit 75).", valueName: "usd"))
    var maxCost: Double?

    @Option(
        help: ArgumentHelp(
            "Price table (JSON, as prices/llm-prices.json) to use instead of the built-in one.", valueName: "file"))
    var prices: String?

    @Option(help: ArgumentHelp("Seconds to wait for a connection to the endpoint.", valueName: "seconds"))
    var connectTimeout: Double = 10

    @Option(help: ArgumentHelp("Seconds one request may take, answer included.", valueName: "seconds"))
    var requestTimeout: Double = 120

    @Option(help: "Consecutive transient failures after which no more requests are made (exit 75).")
    var circuitBreaker: Int = 5

    func validate() throws {
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be between 0 and 10") }
        guard (1...64).contains(maxConcurrency) else {
            throw ValidationError("--max-concurrency must be between 1 and 64")
        }
        if let maxTokens, maxTokens < 1 { throw ValidationError("--max-tokens must be positive") }
        if let maxCost, !(maxCost > 0) { throw ValidationError("--max-cost must be a positive number of dollars") }
        guard connectTimeout > 0, requestTimeout > 0 else {
            throw ValidationError("--connect-timeout and --request-timeout must be positive")
        }
        guard circuitBreaker >= 1 else { throw ValidationError("--circuit-breaker must be at least 1") }
        if let baseURL, let problem = LLMEndpoint.problem(withBaseURL: baseURL) {
            throw ValidationError("--base-url: \(problem)")
        }
    }

    /// `--prices FILE` read, or the built-in price table.
    func priceTable() throws(ResourceError) -> ResourceFile? {
        guard let prices else { return OpenAIEngineSettings.builtInPrices }
        return try ResourceFile.load(path: prices)
    }

    /// The engine settings, with the key and the default base URL taken from `environment`; the
    /// prompts come from `templates`, the prices from `prices` (both read when the options were).
    func settings(
        environment: [String: String], templates: ResourceFiles, prices: ResourceFile?
    ) throws(PipelineError) -> OpenAIEngineSettings {
        let base =
            baseURL ?? environment["OPENAI_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? LLMEndpoint.defaultBaseURL
        if let problem = LLMEndpoint.problem(withBaseURL: base) {
            throw .badConfiguration("OPENAI_BASE_URL: \(problem)")
        }
        let key = environment["OPENAI_API_KEY"]
        if base.hasPrefix(LLMEndpoint.defaultBaseURL), key?.isEmpty ?? true {
            throw .badConfiguration(
                "--engine openai needs OPENAI_API_KEY in the environment to call \(base); "
                    + "set it, or point --base-url at a local endpoint")
        }
        return OpenAIEngineSettings(
            endpoint: LLMEndpoint(
                baseURL: base, model: model, apiKey: key, connectTimeout: .milliseconds(Int64(connectTimeout * 1000)),
                requestTimeout: .milliseconds(Int64(requestTimeout * 1000))),
            retries: retries, maxConcurrency: maxConcurrency, breakerThreshold: circuitBreaker, maxTokens: maxTokens,
            maxCostUSD: maxCost, prices: prices, templates: templates)
    }
}
