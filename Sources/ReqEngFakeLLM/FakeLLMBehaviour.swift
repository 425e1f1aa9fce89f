/// How the fake endpoint misbehaves: each knob applies to the first N chat requests it receives
/// (counted across all of them), so a test can script "rate-limit twice, then answer".
public struct FakeLLMBehaviour: Sendable, Hashable {
    /// Requests answered `429` with `Retry-After: retryAfterSeconds`.
    public var rateLimitFirst: Int
    public var retryAfterSeconds: String
    /// Requests answered `500` (after any rate-limited ones).
    public var failFirst: Int
    /// Requests held `stallMilliseconds` before answering (long enough to trip a client timeout).
    public var stallFirst: Int
    public var stallMilliseconds: Int
    /// Answers (HTTP 200) whose content is not JSON.
    public var invalidFirst: Int
    /// Every request answered `500` (for the circuit breaker).
    public var alwaysFail: Bool
    /// Every request answered `400` (a non-retryable refusal).
    public var alwaysReject: Bool
    /// Fixed `usage` per answer; `nil` counts words of the messages and of the answer.
    public var fixedUsage: (prompt: Int, completion: Int)?
    /// Requests answered 200 with a body past any sane size (9 MiB of content).
    public var oversizedFirst: Int

    public init(
        rateLimitFirst: Int = 0, retryAfterSeconds: String = "0", failFirst: Int = 0, stallFirst: Int = 0,
        stallMilliseconds: Int = 3000, invalidFirst: Int = 0, alwaysFail: Bool = false, alwaysReject: Bool = false,
        fixedUsage: (prompt: Int, completion: Int)? = nil, oversizedFirst: Int = 0
    ) {
        self.rateLimitFirst = rateLimitFirst
        self.retryAfterSeconds = retryAfterSeconds
        self.failFirst = failFirst
        self.stallFirst = stallFirst
        self.stallMilliseconds = stallMilliseconds
        self.invalidFirst = invalidFirst
        self.alwaysFail = alwaysFail
        self.alwaysReject = alwaysReject
        self.fixedUsage = fixedUsage
        self.oversizedFirst = oversizedFirst
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rateLimitFirst == rhs.rateLimitFirst && lhs.retryAfterSeconds == rhs.retryAfterSeconds
            && lhs.failFirst == rhs.failFirst && lhs.stallFirst == rhs.stallFirst
            && lhs.stallMilliseconds == rhs.stallMilliseconds && lhs.invalidFirst == rhs.invalidFirst
            && lhs.alwaysFail == rhs.alwaysFail && lhs.alwaysReject == rhs.alwaysReject
            && lhs.fixedUsage?.prompt == rhs.fixedUsage?.prompt
            && lhs.fixedUsage?.completion == rhs.fixedUsage?.completion && lhs.oversizedFirst == rhs.oversizedFirst
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rateLimitFirst)
        hasher.combine(failFirst)
        hasher.combine(stallFirst)
        hasher.combine(invalidFirst)
    }
}

/// What the fake endpoint has seen and billed, for assertions and the end-to-end check.
public struct FakeLLMStats: Sendable, Hashable, Codable {
    /// Chat requests received, whatever the answer.
    public var requests: Int = 0
    /// Requests answered 200 with a `usage` block.
    public var answered: Int = 0
    /// Sums of the `usage` fields of every 200 answer.
    public var promptTokens: Int = 0
    public var completionTokens: Int = 0
    /// Distinct `Authorization` header values seen.
    public var authorizations: [String] = []
    /// `json_schema.name` of each request, in arrival order.
    public var schemaNames: [String] = []

    enum CodingKeys: String, CodingKey {
        case requests, answered
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case authorizations
        case schemaNames = "schema_names"
    }
}
