import Tracing

/// An ended span waiting for export, and its OTLP/JSON encoding.
struct FinishedSpan: Sendable {
    struct Event: Sendable {
        var name: String
        var nanoseconds: UInt64
        var attributes: SpanAttributes
    }

    struct Link: Sendable {
        var traceID: String
        var spanID: String
        var attributes: SpanAttributes
    }

    var name: String
    var identity: OTLPSpanContext
    var parentSpanID: String?
    var kind: SpanKind
    var startNanoseconds: UInt64
    var endNanoseconds: UInt64
    var attributes: SpanAttributes
    var events: [Event]
    var links: [Link]
    var status: SpanStatus?

    /// The OTLP/JSON span; attributes sorted by key so output is stable.
    var otlp: OTLPJSON.Span {
        OTLPJSON.Span(
            traceId: identity.traceID,
            spanId: identity.spanID,
            parentSpanId: parentSpanID,
            name: name,
            kind: Self.kindCode(kind),
            startTimeUnixNano: String(startNanoseconds),
            endTimeUnixNano: String(endNanoseconds),
            attributes: Self.keyValues(attributes),
            events: events.map {
                OTLPJSON.Event(
                    timeUnixNano: String($0.nanoseconds), name: $0.name, attributes: Self.keyValues($0.attributes))
            },
            links: links.map {
                OTLPJSON.Link(traceId: $0.traceID, spanId: $0.spanID, attributes: Self.keyValues($0.attributes))
            },
            status: Self.status(status)
        )
    }

    /// OTLP `SpanKind`: 1 internal, 2 server, 3 client, 4 producer, 5 consumer.
    static func kindCode(_ kind: SpanKind) -> Int {
        switch kind {
        case .internal: 1
        case .server: 2
        case .client: 3
        case .producer: 4
        case .consumer: 5
        }
    }

    static func status(_ status: SpanStatus?) -> OTLPJSON.Status {
        switch status?.code {
        case nil: OTLPJSON.Status(code: 0, message: nil)
        case .ok: OTLPJSON.Status(code: 1, message: nil)
        case .error: OTLPJSON.Status(code: 2, message: status?.message)
        }
    }

    static func keyValues(_ attributes: SpanAttributes) -> [OTLPJSON.KeyValue] {
        var pairs: [OTLPJSON.KeyValue] = []
        attributes.forEach { key, value in
            pairs.append(OTLPJSON.KeyValue(key: key, value: anyValue(value)))
        }
        return pairs.sorted { $0.key < $1.key }
    }

    /// Maps every attribute case; unknown future cases become their description.
    static func anyValue(_ attribute: SpanAttribute) -> OTLPJSON.AnyValue {
        switch attribute {
        case .int32(let value): OTLPJSON.AnyValue(intValue: String(value))
        case .int64(let value): OTLPJSON.AnyValue(intValue: String(value))
        case .double(let value): OTLPJSON.AnyValue(doubleValue: value)
        case .bool(let value): OTLPJSON.AnyValue(boolValue: value)
        case .string(let value): OTLPJSON.AnyValue(stringValue: value)
        case .stringConvertible(let value): OTLPJSON.AnyValue(stringValue: value.description)
        case .int32Array(let values): array(values.map { OTLPJSON.AnyValue(intValue: String($0)) })
        case .int64Array(let values): array(values.map { OTLPJSON.AnyValue(intValue: String($0)) })
        case .doubleArray(let values): array(values.map { OTLPJSON.AnyValue(doubleValue: $0) })
        case .boolArray(let values): array(values.map { OTLPJSON.AnyValue(boolValue: $0) })
        case .stringArray(let values): array(values.map { OTLPJSON.AnyValue(stringValue: $0) })
        case .stringConvertibleArray(let values): array(values.map(typedValue))
        default: OTLPJSON.AnyValue(stringValue: "\(attribute)")
        }
    }

    /// `[Int]` reaches us as an array of `CustomStringConvertible`; keep numbers and booleans typed.
    private static func typedValue(_ value: any CustomStringConvertible & Sendable) -> OTLPJSON.AnyValue {
        switch value {
        case let number as Int: OTLPJSON.AnyValue(intValue: String(number))
        case let number as Double: OTLPJSON.AnyValue(doubleValue: number)
        case let flag as Bool: OTLPJSON.AnyValue(boolValue: flag)
        default: OTLPJSON.AnyValue(stringValue: value.description)
        }
    }

    private static func array(_ values: [OTLPJSON.AnyValue]) -> OTLPJSON.AnyValue {
        OTLPJSON.AnyValue(arrayValue: OTLPJSON.ArrayValue(values: values))
    }
}
