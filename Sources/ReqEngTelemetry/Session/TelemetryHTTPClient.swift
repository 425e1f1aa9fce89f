import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends one telemetry payload (OTLP traces, Prometheus text) over HTTP with a short timeout.
///
/// Exports are best effort: callers log the returned failure as a warning and carry on.
package struct TelemetryHTTPClient: Sendable {
    /// Seconds before a request is abandoned.
    package var timeout: TimeInterval

    package init(timeout: TimeInterval = 5) {
        self.timeout = timeout
    }

    /// The request that ``send(_:to:method:contentType:headers:)`` performs; separate so tests can inspect it.
    /// `headers` come last, so a configured header may replace `User-Agent` but not the body's type.
    package func request(
        _ body: Data, to url: URL, method: String, contentType: String, headers: [(String, String)] = []
    ) -> URLRequest {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.httpBody = body
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.setValue(ServiceIdentity.name, forHTTPHeaderField: "User-Agent")
        for (name, value) in headers where name.lowercased() != "content-type" {
            request.setValue(value, forHTTPHeaderField: name)
        }
        return request
    }

    /// Sends `body`; returns nil on a 2xx answer, else a sentence saying what went wrong (which never
    /// repeats a header: they may hold credentials).
    package func send(
        _ body: Data, to url: URL, method: String = "POST", contentType: String, headers: [(String, String)] = []
    ) async -> String? {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        do {
            let (_, response) = try await session.data(
                for: request(body, to: url, method: method, contentType: contentType, headers: headers))
            guard let status = (response as? HTTPURLResponse)?.statusCode else {
                return "\(url.absoluteString) gave no HTTP response"
            }
            return (200..<300).contains(status) ? nil : "\(url.absoluteString) answered HTTP \(status)"
        } catch {
            return "\(url.absoluteString) could not be reached: \(error.localizedDescription)"
        }
    }

    /// Parses an http(s) URL given by a user or the environment.
    package static func endpointURL(_ text: String) throws(TelemetryError) -> URL {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { throw .invalidEndpoint(text) }
        return url
    }

    /// `base` with `path` appended, without doubling the slash between them.
    package static func appending(_ path: String, to base: URL) -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + path) ?? base.appendingPathComponent(path)
    }
}
