import Logging
import ReqEngAgents
import ReqEngBase

/// Keeps answers that passed validation, keyed by ``ChatRequest/cacheKey``.
package protocol ResponseCache: Sendable {
    func cachedResponse(forKey key: String) async -> String?
    func storeResponse(_ content: String, forKey key: String, model: String) async
}

/// The model client of the model-backed agents.
extension StructuredChat: ModelClient {}

/// Structured outputs on top of ``ChatClient``: cache lookup, schema validation, one retry of an
/// invalid answer (telling the model what was wrong), and caching of answers that passed.
package struct StructuredChat: Sendable {
    package var client: ChatClient
    package var cache: (any ResponseCache)?
    package var temperature: Double
    package var logger: Logger

    package init(client: ChatClient, cache: (any ResponseCache)?, temperature: Double = 0, logger: Logger) {
        self.client = client
        self.cache = cache
        self.temperature = temperature
        self.logger = logger
    }

    package var modelName: String { client.endpoint.model }

    /// The validated JSON answer to `request`.
    package func answer(_ request: ModelRequest) async throws(ChatFailure) -> JSONValue {
        let chat = ChatRequest(
            model: client.endpoint.model, messages: request.messages, schemaName: request.schemaName,
            schema: request.schema, temperature: temperature)
        let key = chat.cacheKey
        if let cache, let cached = await cache.cachedResponse(forKey: key), let value = JSONValue.parse(cached),
            JSONSchemaValidator.violations(of: value, against: request.schema).isEmpty
        {
            logger.info(
                "llm cache hit",
                metadata: ["event_type": "llm_cache_hit", "llm_agent": "\(request.agent)", "cache_key": "\(key)"])
            return value
        }
        var attemptRequest = chat
        var problem = ""
        for round in 1...2 {
            let schema = request.schema
            let completion = try await client.send(
                attemptRequest, agent: request.agent, project: request.project,
                judge: { Self.violations(of: $0, against: schema).first })
            let content = completion.content ?? ""
            let violations = Self.violations(of: completion, against: schema)
            if violations.isEmpty, let value = JSONValue.parse(content) {
                await cache?.storeResponse(value.serialized(), forKey: key, model: chat.model)
                return value
            }
            problem = violations.prefix(5).joined(separator: "; ")
            logger.warning(
                "llm answer invalid",
                metadata: [
                    "event_type": "llm_invalid_answer", "llm_agent": "\(request.agent)",
                    "round": .stringConvertible(round),
                    "error_message": "\(problem)",
                ])
            attemptRequest.messages =
                chat.messages + [
                    ChatMessage(role: "assistant", content: String(content.prefix(4000))),
                    ChatMessage(
                        role: "user",
                        content: "That answer does not match the required JSON Schema (\(problem)). "
                            + "Answer again with only a JSON object that matches the schema."),
                ]
        }
        throw .invalidAnswer(problem)
    }

    /// What is wrong with a completion's content against `schema`; empty when it conforms.
    static func violations(of completion: ChatCompletion, against schema: JSONValue) -> [String] {
        if let value = JSONValue.parse(completion.content ?? "") {
            return JSONSchemaValidator.violations(of: value, against: schema)
        }
        if let refusal = completion.choices.first?.message.refusal { return ["the model refused: \(refusal)"] }
        return ["the answer is not JSON"]
    }
}
