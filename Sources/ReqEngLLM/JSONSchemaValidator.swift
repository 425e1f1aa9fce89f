import ReqEngBase

/// Checks a JSON value against the subset of JSON Schema that structured outputs use.
///
/// Supported keywords: `type` (one name or a list), `properties`, `required`,
/// `additionalProperties: false`, `items`, `enum`, `minimum`, `maximum`, `minItems`, `maxItems`,
/// `minLength`. Anything else in the schema is ignored, so a schema is never stricter here than
/// it is at the endpoint.
package enum JSONSchemaValidator {
    /// The violations of `value` against `schema`, each with its JSON path; empty when it conforms.
    package static func violations(of value: JSONValue, against schema: JSONValue) -> [String] {
        var found: [String] = []
        check(value, schema, path: "$", into: &found)
        return found
    }

    private static func check(_ value: JSONValue, _ schema: JSONValue, path: String, into found: inout [String]) {
        if let types = allowedTypes(schema), !types.contains(where: { matches(value, type: $0) }) {
            found.append("\(path): expected \(types.joined(separator: " or ")), found \(typeName(value))")
            return
        }
        if let options = schema["enum"]?.array, !options.contains(value) {
            found.append("\(path): \(value.serialized()) is not one of \(JSONValue.array(options).serialized())")
        }
        switch value {
        case .number(let number):
            if let minimum = schema["minimum"]?.number, number < minimum {
                found.append("\(path): \(number) is below the minimum \(minimum)")
            }
            if let maximum = schema["maximum"]?.number, number > maximum {
                found.append("\(path): \(number) is above the maximum \(maximum)")
            }
        case .string(let text):
            if let minimum = schema["minLength"]?.number, Double(text.count) < minimum {
                found.append("\(path): shorter than \(Int(minimum)) characters")
            }
        case .array(let elements):
            if let minimum = schema["minItems"]?.number, Double(elements.count) < minimum {
                found.append("\(path): fewer than \(Int(minimum)) items")
            }
            if let maximum = schema["maxItems"]?.number, Double(elements.count) > maximum {
                found.append("\(path): more than \(Int(maximum)) items")
            }
            if let items = schema["items"] {
                for (index, element) in elements.enumerated() {
                    check(element, items, path: "\(path)[\(index)]", into: &found)
                }
            }
        case .object(let members):
            checkObject(members, schema, path: path, into: &found)
        case .null, .bool:
            break
        }
    }

    private static func checkObject(
        _ members: [String: JSONValue], _ schema: JSONValue, path: String, into found: inout [String]
    ) {
        let properties: [String: JSONValue]
        if case .object(let declared) = schema["properties"] ?? .null {
            properties = declared
        } else {
            properties = [:]
        }
        for name in schema["required"]?.array?.compactMap(\.string) ?? [] where members[name] == nil {
            found.append("\(path): missing required member '\(name)'")
        }
        for name in members.keys.sorted() {
            guard let member = members[name] else { continue }
            if let property = properties[name] {
                check(member, property, path: "\(path).\(name)", into: &found)
            } else if schema["additionalProperties"] == .bool(false) {
                found.append("\(path): unexpected member '\(name)'")
            }
        }
    }

    private static func allowedTypes(_ schema: JSONValue) -> [String]? {
        switch schema["type"] {
        case .string(let name): [name]
        case .array(let names): names.compactMap(\.string)
        default: nil
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
