import Foundation
import ReqEngReport
import ReqEngStore
import Testing

@Suite("Alert rules on one run")
struct AlertEvaluatorTests {
    /// A run with the given invocations `(agent, seconds, failed, confidence)` and LLM calls.
    private func statistics(
        _ invocations: [(String, Double, Bool, Double?)], requirements: Int = 10, validationErrors: Int = 0,
        llm: [(status: String, cost: Double)] = []
    ) -> RunStatistics {
        let run = RunRecord(
            id: "r", toolVersion: "0", engine: "builtin", model: nil, inputs: [], configHash: "",
            startedAt: Date(timeIntervalSince1970: 0), endedAt: Date(timeIntervalSince1970: 10))
        return RunStatistics(
            RunOverview(
                run: run, requirements: requirements, issuesBySeverity: ["error": validationErrors],
                invocations: invocations.map { agent, seconds, failed, confidence in
                    AgentInvocationRecord(
                        runId: "r", project: "p", agent: agent, status: failed ? "error" : "success",
                        startedAtUnixNano: 0,
                        durationNanoseconds: Int64(seconds * 1e9), confidence: confidence, requirementsAdded: 0,
                        errorMessage: nil)
                },
                llmCalls: llm.map { call in
                    LLMCallRecord(
                        runId: "r", project: nil, agent: nil, model: "m", inputTokens: 1, outputTokens: 1,
                        costUsd: call.cost,
                        latencySeconds: 1, status: call.status, startedAtUnixNano: 0)
                }))
    }

    private func outcome(_ name: String, _ outcomes: [AlertOutcome]) throws -> AlertOutcome {
        try #require(outcomes.first { $0.rule.name == name })
    }

    @Test("a quiet run fires nothing, and rules without data report no value")
    func quiet() throws {
        let outcomes = AlertEvaluator().evaluate(
            statistics([("extraction", 0.2, false, 0.9), ("validation", 0.1, false, nil)]), earlierCosts: [])
        #expect(outcomes.filter(\.firing).isEmpty)
        #expect(try outcome("LLMHighErrorRate", outcomes).value == nil)
        #expect(try outcome("LLMCostSpike", outcomes).value == nil)
        #expect(try outcome("AgentHighLatencyP95", outcomes).subject == "extraction")
    }

    @Test("latency, error rate and confidence fire per agent and name the worst agent")
    func perAgent() throws {
        var invocations: [(String, Double, Bool, Double?)] = (0..<18).map { _ in ("inference", 1, false, 0.4) }
        invocations.append(("inference", 45, true, 0.4))
        invocations.append(("inference", 2, true, 0.4))
        invocations.append(("extraction", 40, false, 0.9))
        let outcomes = AlertEvaluator().evaluate(statistics(invocations), earlierCosts: [])
        let latency = try outcome("AgentHighLatencyP95", outcomes)
        #expect(latency.firing && latency.subject == "extraction" && latency.value == 40)
        let errors = try outcome("AgentHighErrorRate", outcomes)
        #expect(errors.value == 0.1 && !errors.firing, "10 % is the threshold itself, not above it")
        let confidence = try outcome("AgentLowConfidence", outcomes)
        #expect(confidence.firing && confidence.subject == "inference")
    }

    @Test(
        "run-wide rules at and around their thresholds",
        arguments: [
            (errors: 3, failedCalls: 0, cost: 2.0, firing: Set<String>()),
            (
                errors: 4, failedCalls: 1, cost: 2.5,
                firing: Set(["ExtractionQualityLow", "LLMHighErrorRate", "LLMCostSpike"])
            ),
        ])
    func runWide(errors: Int, failedCalls: Int, cost: Double, firing: Set<String>) {
        let calls = (0..<10).map { index in (status: index < failedCalls ? "timeout" : "success", cost: cost / 10) }
        let outcomes = AlertEvaluator().evaluate(
            statistics([], requirements: 10, validationErrors: errors, llm: calls), earlierCosts: [0.5, 1.5])
        #expect(Set(outcomes.filter(\.firing).map(\.rule.name)) == firing)
    }

    @Test(
        "the gate trips on the chosen severity or worse",
        arguments: [
            (FailOnLevel.never, ["AgentHighErrorRate"], false),
            (.critical, ["AgentHighLatencyP95"], false),
            (.critical, ["AgentHighErrorRate"], true),
            (.warning, ["AgentHighLatencyP95"], true),
            (.warning, ["AgentHighErrorRate"], true),
            (.warning, [], false),
        ])
    func gate(failOn: FailOnLevel, firing: [String], expected: Bool) {
        let outcomes = AlertRule.catalog.map { rule in
            AlertOutcome(
                rule: rule, value: firing.contains(rule.name) ? (rule.fires(1e9) ? 1e9 : -1e9) : nil, subject: nil)
        }
        #expect(alertGateTrips(alerts: outcomes, failOn: failOn) == expected)
    }

    @Test("the catalogue has unique names and the thresholds the report states")
    func catalogue() {
        let rules = AlertRule.catalog
        #expect(Set(rules.map(\.name)).count == rules.count)
        #expect(rules.map(\.threshold) == [30, 0.1, 0.5, 0.3, 0.05, 2])
        #expect(rules.map(\.severity) == [.warning, .critical, .warning, .warning, .critical, .warning])
    }
}
