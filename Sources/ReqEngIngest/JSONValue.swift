import Foundation

/// A decoded JSON value; decoding is safe because ``JSONDepthScanner`` bounds the nesting first.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses `data` with `JSONSerialization`, which is many times faster than a `Decodable` walk
    /// and reports where the syntax breaks ("… around character 13").
    static func parse(_ data: Data) throws -> JSONValue {
        JSONValue(any: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
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

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The first of `keys` present with a non-null value.
    func first(_ keys: String...) -> JSONValue? {
        for key in keys {
            if let value = self[key], value != .null { return value }
        }
        return nil
    }

    /// Strings as they are, numbers without a needless `.0`; `nil` for other values or blank text.
    var text: String? {
        switch self {
        case .string(let value):
            let trimmed = value.trimmingWhitespace()
            return trimmed.isEmpty ? nil : value
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
            return String(value)
        default:
            return nil
        }
    }

    /// Short name of the value's type, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
