import Foundation
import Logging
import ReqEngBase

/// A `LogHandler` writing one JSON object per line: the fixed fields of ``LogField`` plus the
/// event's metadata flattened (`a.b` for nested dictionaries), keys sorted. Numbers and booleans
/// given as `.stringConvertible` (see `Logger+TypedValues.swift`) are written as JSON numbers and booleans.
package struct JSONLogHandler: LogHandler {
    package var logLevel: Logger.Level
    package var metadata: Logger.Metadata = [:]
    package var metadataProvider: Logger.MetadataProvider?

    private let label: String
    private let service: String
    private let sink: any LineSink
    private let clock: TelemetryClock

    package init(
        label: String,
        sink: any LineSink,
        logLevel: Logger.Level = .info,
        service: String = ServiceIdentity.name,
        clock: TelemetryClock = .system,
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        self.label = label
        self.sink = sink
        self.logLevel = logLevel
        self.service = service
        self.clock = clock
        self.metadataProvider = metadataProvider
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() {
            merged.merge(provided) { _, provided in provided }
        }
        if let explicit = event.metadata {
            merged.merge(explicit) { _, explicit in explicit }
        }
        sink.write(line: render(event: event, metadata: merged).serialized())
    }

    /// The JSON object of one line; explicit metadata never overrides timestamp, service, level or message.
    func render(event: LogEvent, metadata: Logger.Metadata) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        for (key, value) in metadata {
            Self.flatten(value, key: key, into: &fields)
        }
        for key in LogField.required where fields[key] == nil {
            fields[key] = .null
        }
        if let error = event.error {
            fields["error"] = .string(String(describing: error))
            fields["error.type"] = .string(String(reflecting: type(of: error)))
        }
        fields[LogField.timestamp] = .string(ISO8601Timestamp.string(from: clock.now()))
        fields[LogField.service] = .string(service)
        fields[LogField.level] = .string(event.level.rawValue)
        fields[LogField.message] = .string(event.message.description)
        fields["logger"] = .string(label)
        return .object(fields)
    }

    private static func flatten(_ value: Logger.Metadata.Value, key: String, into fields: inout [String: JSONValue]) {
        switch value {
        case .dictionary(let nested):
            for (nestedKey, nestedValue) in nested {
                flatten(nestedValue, key: key + "." + nestedKey, into: &fields)
            }
        default:
            fields[key] = json(value)
        }
    }

    /// Numbers and booleans keep their JSON type; anything else is its description. Integers past
    /// 2^53 (which a JSON reader's double cannot hold exactly) and non-finite numbers stay strings.
    private static func typed(_ value: any CustomStringConvertible & Sendable) -> JSONValue {
        switch value {
        case let flag as Bool:
            return .bool(flag)
        case let integer as any BinaryInteger:
            return exactNumber(integer)
        case let number as Double:
            return number.isFinite ? .number(number) : .string(number.description)
        case let number as Float:
            return number.isFinite ? .number(Double(number)) : .string(number.description)
        default:
            return .string(value.description)
        }
    }

    private static func exactNumber<Integer: BinaryInteger>(_ integer: Integer) -> JSONValue {
        guard let value = Int64(exactly: integer), abs(value) <= 1 << 53 else { return .string(integer.description) }
        return .number(Double(value))
    }

    private static func json(_ value: Logger.Metadata.Value) -> JSONValue {
        switch value {
        case .string(let text): .string(text)
        case .stringConvertible(let convertible): typed(convertible)
        case .array(let values): .array(values.map(json))
        case .dictionary(let nested): .object(nested.mapValues(json))
        }
    }
}
