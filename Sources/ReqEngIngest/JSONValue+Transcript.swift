import ReqEngBase

/// What the transcript parsers ask of a JSON value.
extension JSONValue {
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
