import Foundation
import ReqEngTelemetry

/// A JSON value as the LLM layer sees it: what a model answered, a JSON Schema, a request body.
///
/// Serialization is deterministic (object keys sorted, no spaces), so the same request always has
/// the same bytes and the same cache key.
package enum ModelJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ModelJSON])
    case object([String: ModelJSON])

    /// Parses JSON text; `nil` when it is not JSON.
    package static func parse(_ text: String) -> ModelJSON? {
        parse(Data(text.utf8))
    }

    /// Parses JSON bytes; `nil` when they are not JSON.
    package static func parse(_ data: Data) -> ModelJSON? {
        try? JSONDecoder().decode(ModelJSON.self, from: data)
    }

    /// Compact JSON text with object keys in code-point order.
    package func serialized() -> String {
        var output = ""
        write(into: &output)
        return output
    }

    private func write(into output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                output += String(Int64(value))
            } else if value.isFinite {
                output += String(value)
            } else {
                output += "null"
            }
        case .string(let value): output += JSONValue.quoted(value)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(into: &output)
            }
            output += "]"
        case .object(let values):
            output += "{"
            for (index, key) in values.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                output += JSONValue.quoted(key)
                output += ":"
                values[key, default: .null].write(into: &output)
            }
            output += "}"
        }
    }

    /// The member `key` of an object, `nil` otherwise.
    package subscript(key: String) -> ModelJSON? {
        if case .object(let values) = self { return values[key] }
        return nil
    }

    /// The string, when this is one.
    package var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number, when this is one.
    package var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    package var array: [ModelJSON]? {
        if case .array(let values) = self { return values }
        return nil
    }
}

extension ModelJSON: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ModelJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: ModelJSON].self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let values): try container.encode(values)
        }
    }
}
