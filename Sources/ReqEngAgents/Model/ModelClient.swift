import ReqEngBase

/// What the model-backed agents need from a language model: a validated JSON answer to a request
/// that names its JSON Schema. The OpenAI-compatible implementation is ``StructuredChat``; a test
/// may hand in anything that answers.
package protocol ModelClient: Sendable {
    /// Model name, for spans and logs.
    var modelName: String { get }
    /// The answer, valid against `request.schema`; throws ``ChatFailure`` when there is none.
    func answer(_ request: ModelRequest) async throws(ChatFailure) -> JSONValue
}

/// Thrown by a model-backed agent when the run must stop calling the model (budget exhausted,
/// circuit breaker open): the batch keeps what it finished, and the run ends as a temporary failure.
package struct ModelStopError: Error, Sendable, Hashable, CustomStringConvertible {
    package var reason: String

    package init(reason: String) {
        self.reason = reason
    }

    package var description: String { "LLM calls stopped: \(reason)" }
}
