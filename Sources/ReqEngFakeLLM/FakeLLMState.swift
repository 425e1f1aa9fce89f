import Foundation
import Synchronization

/// The fake endpoint's behaviour and counters, shared by all connections.
final class FakeLLMState: Sendable {
    private let storage: Mutex<(behaviour: FakeLLMBehaviour, stats: FakeLLMStats)>

    init(behaviour: FakeLLMBehaviour) {
        storage = Mutex((behaviour, FakeLLMStats()))
    }

    var stats: FakeLLMStats { storage.withLock { $0.stats } }

    func setBehaviour(_ behaviour: FakeLLMBehaviour) {
        storage.withLock { $0.behaviour = behaviour }
    }

    /// A scripted response: status, headers, body and how long to hold it.
    struct Reply: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]
        var delayMilliseconds: Int
    }

    /// Answers one request.
    func reply(method: String, path: String, authorization: String?, body: [UInt8]) -> Reply {
        if method == "GET", path.hasSuffix("/stats") {
            let data = (try? JSONEncoder().encode(stats)) ?? Data()
            return Reply(
                status: 200, headers: [("Content-Type", "application/json")], body: Array(data), delayMilliseconds: 0)
        }
        guard method == "POST", path.hasSuffix("/chat/completions") else {
            return Self.error(404, "no route for \(method) \(path)")
        }
        let request = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        let format = (request["response_format"] as? [String: Any])?["json_schema"] as? [String: Any]
        let schemaName = format?["name"] as? String ?? ""
        let messages = request["messages"] as? [[String: Any]] ?? []
        let prompt = messages.compactMap { $0["content"] as? String }.joined(separator: "\n")
        let model = request["model"] as? String ?? "unknown"
        return storage.withLock { value -> Reply in
            value.stats.requests += 1
            value.stats.schemaNames.append(schemaName)
            if let authorization, !value.stats.authorizations.contains(authorization) {
                value.stats.authorizations.append(authorization)
            }
            let number = value.stats.requests
            let behaviour = value.behaviour
            if behaviour.alwaysReject { return Self.error(400, "the request is not acceptable") }
            if behaviour.alwaysFail { return Self.error(500, "the server is failing") }
            if number <= behaviour.oversizedFirst {
                let padding = String(repeating: "x", count: 9 * 1024 * 1024)
                return Reply(
                    status: 200, headers: [("Content-Type", "application/json")],
                    body: Array("{\"choices\":[{\"message\":{\"content\":\"\(padding)\"}}]}".utf8),
                    delayMilliseconds: 0)
            }
            if number <= behaviour.rateLimitFirst {
                var reply = Self.error(429, "rate limit reached")
                reply.headers.append(("Retry-After", behaviour.retryAfterSeconds))
                return reply
            }
            if number <= behaviour.rateLimitFirst + behaviour.failFirst {
                return Self.error(500, "temporary failure")
            }
            var content: String
            if number <= behaviour.rateLimitFirst + behaviour.failFirst + behaviour.invalidFirst {
                content = "Sure! Here are the requirements you asked for."
            } else {
                let answer = FakeAnswers.answer(schemaName: schemaName, schema: format?["schema"], prompt: prompt)
                let data = (try? JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys])) ?? Data()
                content = String(decoding: data, as: UTF8.self)
            }
            let usage =
                behaviour.fixedUsage
                ?? (Self.words(prompt) + 4 * messages.count, max(1, Self.words(content)))
            value.stats.answered += 1
            // Wrapping sums: the fake must survive the absurd counts it is scripted to send.
            value.stats.promptTokens &+= usage.prompt
            value.stats.completionTokens &+= usage.completion
            let response: [String: Any] = [
                "id": "chatcmpl-fake-\(number)", "object": "chat.completion", "created": 0, "model": model,
                "choices": [
                    ["index": 0, "finish_reason": "stop", "message": ["role": "assistant", "content": content]]
                ],
                "usage": [
                    "prompt_tokens": usage.prompt, "completion_tokens": usage.completion,
                    "total_tokens": usage.prompt &+ usage.completion,
                ],
            ]
            let data = (try? JSONSerialization.data(withJSONObject: response, options: [.sortedKeys])) ?? Data()
            let stalled = number <= behaviour.stallFirst
            return Reply(
                status: 200, headers: [("Content-Type", "application/json")], body: Array(data),
                delayMilliseconds: stalled ? behaviour.stallMilliseconds : 0)
        }
    }

    private static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }

    private static func error(_ status: Int, _ message: String) -> Reply {
        let body = "{\"error\":{\"message\":\"\(message)\",\"type\":\"fake_error\"}}"
        return Reply(
            status: status, headers: [("Content-Type", "application/json")], body: Array(body.utf8),
            delayMilliseconds: 0)
    }
}
