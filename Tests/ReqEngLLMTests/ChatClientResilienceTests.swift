import Foundation
import ReqEngAgents
import ReqEngFakeLLM
import ReqEngLLM
import Testing

/// The client's retry, timeout, circuit-breaker and budget paths, against a real HTTP server.
@Suite("Chat client resilience")
struct ChatClientResilienceTests {
    @Test("429 is retried, honouring Retry-After, and then succeeds")
    func rateLimitedThenAnswered() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(rateLimitFirst: 2, retryAfterSeconds: "1")) {
            server, client, sleeper, log in
            let completion = try await client.send(LLMTestSupport.request(), agent: "test", project: nil)
            #expect(completion.content?.isEmpty == false)
            #expect(server.stats.requests == 3)
            #expect(sleeper.recorded == [.seconds(1), .seconds(1)])
            #expect(log.all.map(\.status) == ["rate_limited", "rate_limited", "success"])
            #expect(log.all.map(\.metricStatus) == ["error", "error", "success"])
        }
    }

    @Test("Retry-After beyond the cap waits only the cap")
    func retryAfterCapped() async throws {
        try await LLMTestSupport.withClient(
            behaviour: FakeLLMBehaviour(rateLimitFirst: 1, retryAfterSeconds: "120"), retryAfterCap: .seconds(5)
        ) { _, client, sleeper, _ in
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            #expect(sleeper.recorded == [.seconds(5)])
        }
    }

    @Test("5xx backs off exponentially with full jitter")
    func serverErrorsBackOff() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(failFirst: 2), random: 0.5) {
            server, client, sleeper, _ in
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            // base 0.5 s: ceilings 0.5 s and 1 s, times the jitter draw 0.5.
            #expect(sleeper.recorded == [.milliseconds(250), .milliseconds(500)])
            #expect(server.stats.requests == 3)
        }
    }

    @Test("Retries run out: the call is unavailable after 1 + retries attempts")
    func retriesExhausted() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(failFirst: 10), retries: 1) {
            server, client, _, _ in
            await #expect(throws: ChatFailure.self) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            }
            #expect(server.stats.requests == 2)
        }
    }

    @Test("400 is not retried")
    func rejectedNotRetried() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(alwaysReject: true)) {
            server, client, sleeper, log in
            do throws(ChatFailure) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                Issue.record("a 400 answer must fail")
            } catch {
                #expect(error == .rejected(status: 400, message: "the request is not acceptable"))
            }
            #expect(server.stats.requests == 1)
            #expect(sleeper.recorded.isEmpty)
            #expect(log.all.map(\.status) == ["http_4xx"])
        }
    }

    @Test("A stalled answer times out, is accounted as timeout, and the retry succeeds")
    func timeoutRetried() async throws {
        try await LLMTestSupport.withClient(
            behaviour: FakeLLMBehaviour(stallFirst: 1, stallMilliseconds: 10_000), requestTimeout: .milliseconds(300)
        ) { server, client, _, log in
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            #expect(log.all.map(\.metricStatus) == ["timeout", "success"])
            #expect(log.all.first?.inputTokens == 0)
            #expect(server.stats.requests == 2)
        }
    }

    @Test("After N consecutive transient failures the breaker stops all calls")
    func circuitBreakerOpens() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(alwaysFail: true), retries: 2, breaker: 3) {
            server, client, _, _ in
            do throws(ChatFailure) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                Issue.record("a failing server must fail the call")
            } catch {
                guard case .unavailable = error else {
                    Issue.record("expected unavailable, got \(error)")
                    return
                }
            }
            #expect(client.breaker.isOpen)
            #expect(server.stats.requests == 3)
            do throws(ChatFailure) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                Issue.record("an open breaker must refuse")
            } catch {
                #expect(error.stopsRun)
            }
            #expect(server.stats.requests == 3)
        }
    }

    @Test("The token budget stops new calls once reached; overshoot is at most what was in flight")
    func tokenBudget() async throws {
        let budget = RunBudget(maxTokens: 200)
        try await LLMTestSupport.withClient(
            behaviour: FakeLLMBehaviour(fixedUsage: (prompt: 100, completion: 50)), budget: budget
        ) { server, client, _, _ in
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            do throws(ChatFailure) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                Issue.record("an exhausted budget must refuse")
            } catch {
                #expect(error.stopsRun)
            }
            #expect(server.stats.requests == 2)
            #expect(budget.tokensSpent == 300)
        }
    }

    @Test("The cost budget uses the price table")
    func costBudget() async throws {
        let budget = RunBudget(maxCostUSD: 0.0001)
        let prices = PriceTable(
            version: "t",
            models: [
                .init(
                    pattern: "gpt-4o-mini*", inputUSDPerToken: 0.000001, outputUSDPerToken: 0.000002,
                    effectiveDate: "2024-01-01")
            ])
        try await LLMTestSupport.withClient(
            behaviour: FakeLLMBehaviour(fixedUsage: (prompt: 40, completion: 10)), budget: budget, prices: prices
        ) { server, client, _, log in
            // 40 × 1e-6 + 10 × 2e-6 = 6e-5 per call: the second call crosses 1e-4, the third is refused.
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            await #expect(throws: ChatFailure.self) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            }
            #expect(server.stats.requests == 2)
            #expect(abs((log.all.first?.costUSD ?? 0) - 0.00006) < 1e-12)
        }
    }

    @Test("The API key is sent as a bearer token and appears in no accounting report")
    func keyOnlyInHeader() async throws {
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour()) { server, client, _, log in
            _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
            #expect(server.stats.authorizations == ["Bearer sk-test-canary"])
            #expect(!"\(log.all)".contains("sk-test-canary"))
            #expect(!"\(client.endpoint)".contains("sk-test-canary"))
        }
    }
}
