import ReqEngLLM
import Testing

/// A base URL is checked when options are read: a bad one is a usage error, not a crash in the
/// socket layer (issue 16, item 2).
@Suite("LLM endpoint base URL")
struct LLMEndpointTests {
    @Test(
        "Base URLs that cannot be connected to are refused with a reason",
        arguments: [
            ("http://127.0.0.1:99999/v1", "out of range"), ("http://127.0.0.1:0/v1", "out of range"),
            ("http://127.0.0.1:65536/v1", "out of range"), ("ftp://127.0.0.1/v1", "http:// or https://"),
            ("127.0.0.1:8080/v1", "http://"), ("http:///v1", "no host"), ("http://", "no host"),
            ("http://127.0.0.1:abc/v1", "URL"), ("http://127.0.0.1:/v1", "port"), ("http://a b/v1", "URL"),
            ("http://127.0.0.1:99999999999999999999/v1", "out of range"),
        ])
    func refused(url: String, reason: String) {
        let problem = LLMEndpoint.problem(withBaseURL: url)
        #expect(problem?.contains(reason) == true, "\(url): \(problem ?? "accepted")")
    }

    @Test(
        "Ordinary base URLs are accepted",
        arguments: [
            "http://127.0.0.1:8080/v1", "https://api.example.test/v1", "http://localhost:65535", "HTTP://host/v1",
            "http://[::1]:8080/v1", "https://example.test",
        ])
    func accepted(url: String) {
        #expect(LLMEndpoint.problem(withBaseURL: url) == nil, "\(url)")
    }
}
