/// The OTLP/JSON shape of an `ExportTraceServiceRequest` (the subset reqeng writes), Codable both
/// ways so tests can read a written line back.
///
/// Follows the OTLP/JSON mapping of protobuf: lowerCamelCase field names, hex trace and span ids,
/// 64-bit integers (times, `intValue`) as decimal strings, enums (`kind`, `status.code`) as integers.
package enum OTLPJSON {
    package struct ExportTraceServiceRequest: Codable, Sendable, Hashable {
        package var resourceSpans: [ResourceSpans]
    }

    package struct ResourceSpans: Codable, Sendable, Hashable {
        package var resource: Resource
        package var scopeSpans: [ScopeSpans]
    }

    package struct Resource: Codable, Sendable, Hashable {
        package var attributes: [KeyValue]
    }

    package struct ScopeSpans: Codable, Sendable, Hashable {
        package var scope: Scope
        package var spans: [Span]
    }

    package struct Scope: Codable, Sendable, Hashable {
        package var name: String
        package var version: String
    }

    package struct Span: Codable, Sendable, Hashable {
        package var traceId: String
        package var spanId: String
        package var parentSpanId: String?
        package var name: String
        package var kind: Int
        package var startTimeUnixNano: String
        package var endTimeUnixNano: String
        package var attributes: [KeyValue]
        package var events: [Event]
        package var links: [Link]
        package var status: Status
    }

    package struct Event: Codable, Sendable, Hashable {
        package var timeUnixNano: String
        package var name: String
        package var attributes: [KeyValue]
    }

    package struct Link: Codable, Sendable, Hashable {
        package var traceId: String
        package var spanId: String
        package var attributes: [KeyValue]
    }

    /// `code`: 0 unset, 1 ok, 2 error.
    package struct Status: Codable, Sendable, Hashable {
        package var code: Int
        package var message: String?
    }

    package struct KeyValue: Codable, Sendable, Hashable {
        package var key: String
        package var value: AnyValue
    }

    package struct ArrayValue: Codable, Sendable, Hashable {
        package var values: [AnyValue]
    }

    /// Exactly one of the members is set.
    package struct AnyValue: Codable, Sendable, Hashable {
        package var stringValue: String?
        package var boolValue: Bool?
        package var intValue: String?
        package var doubleValue: Double?
        package var arrayValue: ArrayValue?

        package init(
            stringValue: String? = nil,
            boolValue: Bool? = nil,
            intValue: String? = nil,
            doubleValue: Double? = nil,
            arrayValue: ArrayValue? = nil
        ) {
            self.stringValue = stringValue
            self.boolValue = boolValue
            self.intValue = intValue
            self.doubleValue = doubleValue
            self.arrayValue = arrayValue
        }
    }
}
