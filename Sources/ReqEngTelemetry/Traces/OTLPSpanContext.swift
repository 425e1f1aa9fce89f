import Tracing

/// The identity of a span as carried in a `ServiceContext`: lowercase hex W3C ids.
package struct OTLPSpanContext: Sendable, Hashable {
    /// 32 lowercase hex digits (16 bytes).
    package var traceID: String
    /// 16 lowercase hex digits (8 bytes).
    package var spanID: String
    /// Whether the trace is sampled (W3C trace flag 01).
    package var sampled: Bool

    package init(traceID: String, spanID: String, sampled: Bool = true) {
        self.traceID = traceID
        self.spanID = spanID
        self.sampled = sampled
    }

    /// Parses a W3C `traceparent` header value (`00-<trace>-<span>-<flags>`); nil when malformed.
    package init?(traceparent: String) {
        let parts = traceparent.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 4, parts[0].count == 2, parts[0] != "ff",
            Self.isHex(parts[1], length: 32), Self.isHex(parts[2], length: 16), Self.isHex(parts[3], length: 2),
            parts[1] != String(repeating: "0", count: 32), parts[2] != String(repeating: "0", count: 16),
            let flags = UInt8(parts[3], radix: 16)
        else { return nil }
        self.init(traceID: parts[1], spanID: parts[2], sampled: flags & 1 == 1)
    }

    /// The W3C `traceparent` header value of this span.
    package var traceparent: String {
        "00-\(traceID)-\(spanID)-\(sampled ? "01" : "00")"
    }

    /// Whether `text` is exactly `length` lowercase hex digits.
    package static func isHex(_ text: String, length: Int) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}

/// The `ServiceContext` key under which ``OTLPFileTracer`` keeps the current span's identity.
private enum OTLPSpanContextKey: ServiceContextKey {
    typealias Value = OTLPSpanContext
    static var nameOverride: String? { "otlp-span-context" }
}

extension ServiceContext {
    /// The identity of the span this context belongs to, when one of our spans is active.
    package var otlpSpanContext: OTLPSpanContext? {
        get { self[OTLPSpanContextKey.self] }
        set { self[OTLPSpanContextKey.self] = newValue }
    }
}
