import Foundation
import MetricsTestKit
import ReqEngFakeLLM
import ReqEngLLM
import Testing

/// A fallback from the model to the built-in engine is visible: per requirement, in the RD's run
/// section and in `llm_requests_total` (issue 16, item 10).
@Suite("Fallback attribution")
struct FallbackAttributionTests {
    static func document(_ harness: OpenAIEngineTests.Harness) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: harness.output + "/rd/portal.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("Extraction answers that fail the schema: counted invalid, requirements credited to builtin, RD says so")
    func invalidAnswersFallBackVisibly() async throws {
        // Both rounds of the extraction call answer prose instead of JSON.
        let harness = try await OpenAIEngineTests.harness(FakeLLMBehaviour(invalidFirst: 2))
        let calls = CallLog()
        let (result, metrics) = try await OpenAIEngineTests.run(harness, calls: calls)
        _ = try result.get()
        #expect(calls.all.prefix(2).map(\.status) == ["invalid_answer", "invalid_answer"])
        let invalid = try metrics.expectCounter(
            "llm_requests_total", [("model", "gpt-4o-mini"), ("status", "invalid")])
        #expect(invalid.totalValue == 2)
        let successes = try metrics.expectCounter(
            "llm_requests_total", [("model", "gpt-4o-mini"), ("status", "success")])
        #expect(successes.totalValue == Int64(harness.server.stats.requests - 2))

        let document = try Self.document(harness)
        let run = try #require(document["run"] as? [String: Any])
        #expect(run["llm_fallbacks"] as? [String] == ["extraction"])
        let requirements = try #require(document["requirements"] as? [[String: Any]])
        let stated = requirements.filter { $0["inferred"] as? Bool == false }
        #expect(!stated.isEmpty)
        #expect(stated.allSatisfy { $0["produced_by"] as? String == "builtin" })
        await harness.server.stop()
    }

    @Test("A run the model answered fully credits its requirements to openai and lists no fallback")
    func modelAnswersCredited() async throws {
        let harness = try await OpenAIEngineTests.harness(FakeLLMBehaviour())
        _ = try await OpenAIEngineTests.run(harness).0.get()
        let document = try Self.document(harness)
        let run = try #require(document["run"] as? [String: Any])
        #expect(run["llm_fallbacks"] == nil)
        let requirements = try #require(document["requirements"] as? [[String: Any]])
        #expect(!requirements.isEmpty)
        #expect(requirements.allSatisfy { $0["produced_by"] as? String == "openai" })
        await harness.server.stop()
    }
}
