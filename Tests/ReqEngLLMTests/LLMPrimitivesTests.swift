import Foundation
import ReqEngBase
import ReqEngLLM
import Testing

/// Schema validation, prices and backoff arithmetic.
@Suite("LLM primitives")
struct LLMPrimitivesTests {
    @Test("Schema violations are found with their paths")
    func schemaViolations() throws {
        let schema = try #require(
            JSONValue.parse(
                #"{"type":"object","additionalProperties":false,"required":["items"],"properties":{"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["n","kind"],"properties":{"n":{"type":"integer","minimum":0},"kind":{"type":["string","null"],"enum":["a","b",null]}}}}}}"#
            ))
        let good = try #require(JSONValue.parse(#"{"items":[{"n":1,"kind":"a"},{"n":0,"kind":null}]}"#))
        #expect(JSONSchemaValidator.violations(of: good, against: schema).isEmpty)
        let bad = try #require(JSONValue.parse(#"{"items":[{"n":1.5,"kind":"c"},{"kind":"a","extra":1}],"more":2}"#))
        let found = JSONSchemaValidator.violations(of: bad, against: schema)
        #expect(found.contains { $0.hasPrefix("$.items[0].n") })
        #expect(found.contains { $0.hasPrefix("$.items[0].kind") })
        #expect(found.contains { $0.contains("missing required member 'n'") })
        #expect(found.contains { $0.contains("unexpected member 'extra'") })
        #expect(found.contains { $0.contains("unexpected member 'more'") })
    }

    @Test("The most specific price pattern in effect wins; unknown models cost 0")
    func prices() {
        let table = PriceTable(
            version: "t",
            models: [
                .init(pattern: "gpt-4o*", inputUSDPerToken: 2, outputUSDPerToken: 3, effectiveDate: "2024-01-01"),
                .init(pattern: "gpt-4o-mini*", inputUSDPerToken: 1, outputUSDPerToken: 1, effectiveDate: "2024-01-01"),
                .init(pattern: "gpt-4o-mini*", inputUSDPerToken: 5, outputUSDPerToken: 5, effectiveDate: "2030-01-01"),
            ])
        let usage = TokenUsage(promptTokens: 10, completionTokens: 1)
        #expect(table.cost(model: "gpt-4o-mini-2024-07-18", usage: usage, on: "2025-01-01") == 11)
        #expect(table.cost(model: "gpt-4o-mini", usage: usage, on: "2030-06-01") == 55)
        #expect(table.cost(model: "gpt-4o", usage: usage, on: "2025-01-01") == 23)
        #expect(table.cost(model: "llama3.1:8b", usage: usage, on: "2025-01-01") == 0)
        #expect(table.cost(model: "gpt-4o", usage: usage, on: "2023-01-01") == 0)
    }

    @Test("The repository's price table loads and prices the default model")
    func repositoryPrices() throws {
        let path = LLMTestSupport.repository.appendingPathComponent("prices/llm-prices.json").path
        let table = try PriceTable.load(path: path)
        let entry = try #require(table.entry(for: LLMEndpoint.defaultModel, on: "2025-06-01"))
        #expect(entry.pattern == "gpt-4o-mini*")
    }

    @Test("Backoff ceilings double up to the maximum; Retry-After parses seconds only")
    func backoff() {
        let policy = RetryPolicy(maxRetries: 5, baseDelay: .milliseconds(500), maxDelay: .seconds(2))
        let one = FixedRandom(value: 1)
        #expect(
            (0..<4).map { policy.delay(beforeRetry: $0, retryAfter: nil, random: one) } == [
                .milliseconds(500), .seconds(1), .seconds(2), .seconds(2),
            ])
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, random: FixedRandom(value: 0)) == .zero)
        #expect(RetryPolicy.parseRetryAfter("1.5") == .milliseconds(1500))
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(RetryPolicy.isRetryable(status: 409) && RetryPolicy.isRetryable(status: 503))
        #expect(!RetryPolicy.isRetryable(status: 401) && !RetryPolicy.isRetryable(status: 422))
    }
}
