import Foundation
import ReqEngAgents
import ReqEngFakeLLM
import ReqEngLLM
import Testing

/// Token counts an endpoint reports are data from outside: absurd or negative ones are an invalid
/// answer, never arithmetic on them (issue 16, items 1 and 4).
@Suite("Token usage validation")
struct UsageValidationTests {
    static let prices = PriceTable(
        version: "t",
        models: [
            .init(
                pattern: "gpt-4o-mini*", inputUSDPerToken: 0.000001, outputUSDPerToken: 0.000002,
                effectiveDate: "2024-01-01")
        ])

    @Test(
        "Absurd or negative usage is an invalid answer: not retried, not charged, counted as invalid",
        arguments: [(Int.max, 5), (5, Int.max), (-600_000, 0), (0, -1), (Int.min, Int.min)])
    func implausibleUsageRejected(prompt: Int, completion: Int) async throws {
        let budget = RunBudget(maxTokens: 1_000, maxCostUSD: 1)
        try await LLMTestSupport.withClient(
            behaviour: FakeLLMBehaviour(fixedUsage: (prompt: prompt, completion: completion)), budget: budget,
            prices: Self.prices
        ) { server, client, _, log in
            do throws(ChatFailure) {
                _ = try await client.send(LLMTestSupport.request(), agent: nil, project: nil)
                Issue.record("usage (\(prompt), \(completion)) must not be accepted")
            } catch {
                guard case .invalidAnswer(let reason) = error else {
                    Issue.record("expected an invalid answer, got \(error)")
                    return
                }
                #expect(reason.contains("token count"))
            }
            #expect(server.stats.requests == 1)
            #expect(log.all.map(\.status) == ["invalid_usage"])
            #expect(log.all.map(\.metricStatus) == ["invalid"])
            #expect(log.all.map(\.inputTokens) == [0])
            #expect(log.all.map(\.costUSD) == [0])
            #expect(budget.tokensSpent == 0)
            #expect(budget.costSpentUSD == 0)
            #expect(budget.exhaustion == nil)
        }
    }

    @Test("Plausible counts keep being charged, and the budget cannot be refunded by a negative charge")
    func budgetNeverGoesBack() {
        let budget = RunBudget(maxTokens: 100)
        budget.charge(tokens: 150, costUSD: 0.5)
        budget.charge(tokens: -1_000, costUSD: -10)
        #expect(budget.tokensSpent == 150)
        #expect(budget.costSpentUSD == 0.5)
        #expect(budget.exhaustion != nil)
        budget.charge(tokens: Int.max, costUSD: 0)
        #expect(budget.tokensSpent == Int.max)
    }

    @Test("The total of two counts saturates instead of trapping")
    func totalSaturates() {
        #expect(TokenUsage(promptTokens: Int.max, completionTokens: 1).total == Int.max)
        #expect(TokenUsage(promptTokens: 3, completionTokens: 4).total == 7)
        #expect(TokenUsage(promptTokens: 3, completionTokens: 4).problem == nil)
    }
}
