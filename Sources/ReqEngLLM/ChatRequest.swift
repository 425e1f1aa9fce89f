import ReqEngAgents
import ReqEngBase

/// A chat-completions request asking for a JSON answer that conforms to a schema (structured outputs).
///
/// The body is built deterministically, so equal requests have equal bytes; ``cacheKey`` hashes
/// exactly what is sent (model, messages, schema and parameters), never the credentials.
package struct ChatRequest: Sendable, Hashable {
    package var model: String
    package var messages: [ChatMessage]
    /// `json_schema.name`: letters, digits, `_` and `-`.
    package var schemaName: String
    package var schema: JSONValue
    package var temperature: Double
    /// Upper bound on completion tokens; `nil` leaves it to the endpoint.
    package var maxCompletionTokens: Int?

    package init(
        model: String, messages: [ChatMessage], schemaName: String, schema: JSONValue, temperature: Double = 0,
        maxCompletionTokens: Int? = nil
    ) {
        self.model = model
        self.messages = messages
        self.schemaName = schemaName
        self.schema = schema
        self.temperature = temperature
        self.maxCompletionTokens = maxCompletionTokens
    }

    /// The JSON body of `POST /chat/completions`.
    package var body: JSONValue {
        var members: [String: JSONValue] = [
            "model": .string(model),
            "messages": .array(
                messages.map { .object(["role": .string($0.role), "content": .string($0.content)]) }),
            "temperature": .number(temperature),
            "response_format": .object([
                "type": .string("json_schema"),
                "json_schema": .object([
                    "name": .string(schemaName), "strict": .bool(true), "schema": schema,
                ]),
            ]),
        ]
        if let maxCompletionTokens {
            members["max_tokens"] = .number(Double(maxCompletionTokens))
        }
        return .object(members)
    }

    /// SHA-256 of the serialized body: the key of the response cache.
    package var cacheKey: String { ContentDigest.sha256Hex(body.serialized()) }
}

/// Token counts as the endpoint reports them in `usage`.
package struct TokenUsage: Sendable, Hashable, Codable {
    package var promptTokens: Int
    package var completionTokens: Int

    package init(promptTokens: Int, completionTokens: Int) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    /// Most tokens one answer may report in either field: far beyond any context window, far below
    /// where sums of many answers could overflow.
    package static let plausibleMaximum = 100_000_000

    /// Both counts added, saturating instead of trapping (counts are checked by ``problem`` first).
    package var total: Int {
        let (sum, overflow) = promptTokens.addingReportingOverflow(completionTokens)
        return overflow ? Int.max : sum
    }

    /// Why these counts cannot be what the endpoint billed, or `nil` when they can.
    ///
    /// A negative count would refund the budgets and the cost; a huge one would overflow every sum
    /// downstream. Either way the answer is not trusted.
    package var problem: String? {
        if promptTokens < 0 || completionTokens < 0 {
            return "the answer reports a negative token count (prompt_tokens \(promptTokens), "
                + "completion_tokens \(completionTokens))"
        }
        if promptTokens > Self.plausibleMaximum || completionTokens > Self.plausibleMaximum {
            return "the answer reports an implausible token count (prompt_tokens \(promptTokens), "
                + "completion_tokens \(completionTokens); at most \(Self.plausibleMaximum) each is accepted)"
        }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}

/// The parts of a chat-completions response reqeng reads.
package struct ChatCompletion: Sendable, Hashable, Decodable {
    package struct Choice: Sendable, Hashable, Decodable {
        package struct Message: Sendable, Hashable, Decodable {
            package var content: String?
            package var refusal: String?
        }

        package var message: Message
        /// Why the model stopped (`stop`, `length`, `content_filter`, …), when the endpoint says.
        package var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case message
            case finishReason = "finish_reason"
        }
    }

    package var choices: [Choice]
    package var usage: TokenUsage?
    /// The model that answered, which may name a version the request's model stands for.
    package var model: String?

    /// The first choice's text, if any.
    package var content: String? { choices.first?.message.content }
}
