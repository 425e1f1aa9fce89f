import Foundation

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

    /// Why `text` cannot serve as a base URL, or `nil` when it can: an `http` or `https` URL with a
    /// host and, if a port is given, one from 1 to 65535. Checked when options are read, so a typo
    /// is a usage error rather than a failure deep in the network stack.
    package static func problem(withBaseURL text: String) -> String? {
        guard let components = URLComponents(string: text) else {
            return "'\(text)' is not a URL (expected e.g. http://127.0.0.1:8080/v1)"
        }
        guard let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return "'\(text)' must start with http:// or https://"
        }
        guard let host = components.host, !host.isEmpty else {
            return "'\(text)' names no host (expected e.g. http://127.0.0.1:8080/v1)"
        }
        // Foundation takes any digits as a port (and drops one past Int's range); the socket layer
        // takes only 16 bits. So the port is read off the authority text itself.
        if let port = portText(of: text) {
            guard !port.isEmpty, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else {
                return "the port of '\(text)' is not a number from 1 to 65535"
            }
            guard let number = Int(port), (1...65535).contains(number) else {
                return "port \(port) of '\(text)' is out of range (1–65535)"
            }
        }
        return nil
    }

    /// The text after the host's `:` in the authority of `url`, or `nil` when no port is written.
    private static func portText(of url: String) -> Substring? {
        guard let separator = url.range(of: "://") else { return nil }
        var authority = url[separator.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            authority = authority[authority.index(after: close)...]
            guard authority.hasPrefix(":") else { return nil }
            return authority.dropFirst()
        }
        guard let colon = authority.lastIndex(of: ":") else { return nil }
        return authority[authority.index(after: colon)...]
    }

    /// Host of the base URL, for `server.address`.
    package var serverAddress: String? { URLComponents(string: baseURL)?.host }

    /// Port of the base URL, or the scheme's default, for `server.port`.
    package var serverPort: Int? {
        guard let components = URLComponents(string: baseURL) else { return nil }
        if let port = components.port { return port }
        switch components.scheme?.lowercased() {
        case "https": return 443
        case "http": return 80
        default: return nil
        }
    }

    /// `gen_ai.provider.name`: Azure OpenAI by its host, else `openai` (the API every endpoint here
    /// speaks; `gen_ai.response.model` and `server.address` tell which system answered).
    package var providerName: String {
        (serverAddress ?? "").lowercased().hasSuffix(".openai.azure.com") ? "azure.ai.openai" : "openai"
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
