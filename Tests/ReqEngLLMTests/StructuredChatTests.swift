import Foundation
import ReqEngAgents
import ReqEngFakeLLM
import ReqEngLLM
import Synchronization
import Testing

/// An in-memory cache, to see what structured chat keeps.
final class MemoryCache: ResponseCache {
    private let entries = Mutex<[String: String]>([:])

    var count: Int { entries.withLock { $0.count } }

    func cachedResponse(forKey key: String) async -> String? { entries.withLock { $0[key] } }

    func storeResponse(_ content: String, forKey key: String, model: String) async {
        entries.withLock { $0[key] = content }
    }
}

/// Schema validation, the single retry of an invalid answer, and caching, against a real server.
@Suite("Structured chat")
struct StructuredChatTests {
    static func request() -> ModelRequest {
        ModelRequest(
            agent: "test", project: "p", messages: [ChatMessage(role: "user", content: "answer")],
            schemaName: "answer", schema: LLMTestSupport.answerSchema)
    }

    @Test("An invalid answer is retried once and then reported as invalid; nothing is cached")
    func invalidTwice() async throws {
        let cache = MemoryCache()
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(invalidFirst: 2)) { server, client, _, _ in
            let chat = StructuredChat(client: client, cache: cache, logger: LLMTestSupport.quietLogger)
            do throws(ChatFailure) {
                _ = try await chat.answer(Self.request())
                Issue.record("two invalid answers must fail")
            } catch {
                guard case .invalidAnswer = error else {
                    Issue.record("expected invalidAnswer, got \(error)")
                    return
                }
            }
            #expect(server.stats.requests == 2)
            #expect(cache.count == 0)
        }
    }

    @Test("One invalid answer, then a valid one: answered, cached, and the re-ask is served from the cache")
    func invalidOnceThenCached() async throws {
        let cache = MemoryCache()
        try await LLMTestSupport.withClient(behaviour: FakeLLMBehaviour(invalidFirst: 1)) { server, client, _, _ in
            let chat = StructuredChat(client: client, cache: cache, logger: LLMTestSupport.quietLogger)
            let first = try await chat.answer(Self.request())
            #expect(first["answer"]?.string != nil)
            #expect(server.stats.requests == 2)
            #expect(cache.count == 1)
            let second = try await chat.answer(Self.request())
            #expect(second == first)
            #expect(server.stats.requests == 2)
        }
    }

    @Test("The cache key changes with model, messages, schema and parameters, and never holds the key")
    func cacheKeyInputs() {
        let base = LLMTestSupport.request()
        var otherModel = base
        otherModel.model = "gpt-4.1"
        var otherMessage = base
        otherMessage.messages[0].content = "say something else"
        var otherSchema = base
        otherSchema.schema = .object(["type": .string("object")])
        var otherTemperature = base
        otherTemperature.temperature = 0.7
        let keys = [base, otherModel, otherMessage, otherSchema, otherTemperature].map(\.cacheKey)
        #expect(Set(keys).count == 5)
        #expect(base.cacheKey == LLMTestSupport.request().cacheKey)
        #expect(!base.body.serialized().contains("Bearer"))
    }
}
