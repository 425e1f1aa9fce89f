import Foundation

extension JSONValue {
    /// Parses `data` with `JSONSerialization`, which is many times faster than a `Decodable` walk
    /// and reports where the syntax breaks ("… around character 13"). Top-level scalars are allowed.
    ///
    /// Nesting is not bounded here: callers reading untrusted files bound it first.
    package static func parse(_ data: Data) throws -> JSONValue {
        JSONValue(any: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// Parses JSON text; `nil` when it is not JSON.
    package static func parse(_ text: String) -> JSONValue? {
        try? parse(Data(text.utf8))
    }

    /// Converts what `JSONSerialization` returns.
    init(any value: Any) {
        switch value {
        case let text as String:
            self = .string(text)
        case let number as NSNumber:
            // Booleans arrive as NSNumber too; their Objective-C type code is "c".
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        case let items as [Any]:
            self = .array(items.map(JSONValue.init(any:)))
        case let members as [String: Any]:
            self = .object(members.mapValues(JSONValue.init(any:)))
        default:
            self = .null
        }
    }
}

extension JSONValue: Codable {
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
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
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
