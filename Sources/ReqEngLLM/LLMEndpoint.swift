/// Where and how to call an OpenAI-compatible endpoint.
///
/// The API key is held only to build the `Authorization` header: ``description`` and every log,
/// span, metric and store row leave it out.
package struct LLMEndpoint: Sendable, CustomStringConvertible {
    /// The public OpenAI endpoint, used when neither `--base-url` nor `OPENAI_BASE_URL` is set.
    package static let defaultBaseURL = "https://api.openai.com/v1"
    /// The model used when `--model` is not given.
    package static let defaultModel = "gpt-4o-mini"

    /// Base URL up to the API version, e.g. `http://127.0.0.1:8080/v1`; no trailing `/`.
    package var baseURL: String
    package var model: String
    package var connectTimeout: Duration
    package var requestTimeout: Duration
    private let apiKey: String?

    package init(
        baseURL: String, model: String, apiKey: String?, connectTimeout: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(120)
    ) {
        var trimmed = baseURL
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.baseURL = trimmed
        self.model = model
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
    }

    /// `{base}/chat/completions`.
    package var chatCompletionsURL: String { baseURL + "/chat/completions" }

    /// Request headers, including `Authorization` when a key is set.
    var headers: [(String, String)] {
        var headers = [("Content-Type", "application/json"), ("Accept", "application/json")]
        if let apiKey { headers.append(("Authorization", "Bearer \(apiKey)")) }
        return headers
    }

    /// Whether a key was given (for a message, never the key itself).
    package var hasAPIKey: Bool { apiKey != nil }

    package var description: String {
        "LLMEndpoint(\(baseURL), model: \(model), key: \(hasAPIKey ? "set" : "none"))"
    }
}
