import Foundation

/// A link to a trace viewer (`--trace-url`), e.g. `https://traces.example.com/explore?traceId={trace_id}`:
/// an http(s) URL with a host and the `{trace_id}` placeholder, checked once when the option is read.
package struct TraceURLTemplate: Sendable, Hashable {
    package static let placeholder = "{trace_id}"
    package let template: String

    /// Validates `template`; the error says what is wrong with it.
    package init(_ template: String) throws(ReportError) {
        guard template.contains(Self.placeholder) else {
            throw .invalidTraceURL(template: template, reason: "it must contain \(Self.placeholder)")
        }
        // Checked with a sample id in place, so the placeholder's braces do not upset the parser.
        let sample = template.replacingOccurrences(of: Self.placeholder, with: String(repeating: "0", count: 32))
        guard let url = URLComponents(string: sample), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else {
            throw .invalidTraceURL(template: template, reason: "it must be an http:// or https:// URL")
        }
        guard let host = url.host, !host.isEmpty else {
            throw .invalidTraceURL(template: template, reason: "it must name a host")
        }
        self.template = template
    }

    /// The link of one trace, or `nil` when `traceID` is not a trace id (16-byte hex, not all zero),
    /// so nothing but hex digits is ever put into the URL.
    package func link(traceID: String) -> String? {
        guard Self.isTraceID(traceID) else { return nil }
        return template.replacingOccurrences(of: Self.placeholder, with: traceID)
    }

    /// 32 lowercase hex digits, not all zero (W3C Trace Context).
    package static func isTraceID(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
            && text.utf8.contains { $0 != 0x30 }
    }
}
