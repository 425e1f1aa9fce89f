import ReqEngBase
import ReqEngModel

/// The JSON Schemas the model-backed agents ask for (strict structured outputs: every property
/// required, no extra members, optional values typed as nullable).
package enum ModelSchemas {
    static func object(_ properties: [String: JSONValue]) -> JSONValue {
        .object([
            "type": .string("object"), "additionalProperties": .bool(false),
            "required": .array(properties.keys.sorted().map { .string($0) }), "properties": .object(properties),
        ])
    }

    static func array(_ items: JSONValue) -> JSONValue {
        .object(["type": .string("array"), "items": items])
    }

    static let string: JSONValue = .object(["type": .string("string")])
    static let nullableString: JSONValue = .object(["type": .array([.string("string"), .string("null")])])
    static let confidence: JSONValue = .object([
        "type": .string("number"), "minimum": .number(0), "maximum": .number(1),
    ])

    static func enumeration(_ values: [String], nullable: Bool = false) -> JSONValue {
        var options = values.map { JSONValue.string($0) }
        if nullable { options.append(.null) }
        return .object([
            "type": nullable ? .array([.string("string"), .string("null")]) : .string("string"),
            "enum": .array(options),
        ])
    }

    static let requirementType = enumeration(RequirementType.allCases.map(\.rawValue))
    static let category = enumeration(NFRCategory.allCases.map(\.rawValue), nullable: true)
    static let priority = enumeration(Priority.allCases.map(\.rawValue))

    /// `{"requirements": [...]}` with source references quoting turns.
    package static let extraction = object([
        "requirements": array(
            object([
                "title": string, "statement": string, "type": requirementType, "category": category,
                "priority": priority, "actor": nullableString, "action": nullableString,
                "condition": nullableString, "acceptance_criteria": array(string), "confidence": confidence,
                "source_refs": array(
                    object(["session_id": string, "turn": .object(["type": .string("integer")]), "quote": string])),
            ]))
    ])

    /// `{"requirements": [...]}` of implied requirements, each naming the stated ones it follows from.
    package static let inference = object([
        "requirements": array(
            object([
                "title": string, "statement": string, "type": requirementType, "category": category,
                "priority": priority, "rationale": string, "based_on": array(string), "confidence": confidence,
            ]))
    ])

    /// `{"issues": [...]}` quality findings.
    package static let validation = object([
        "issues": array(
            object([
                "requirement_id": nullableString, "severity": enumeration(Severity.allCases.map(\.rawValue)),
                "issue_type": string, "rule": string, "message": string, "suggestion": string,
            ]))
    ])

    /// `{"questions": [...]}`, one per issue.
    package static let clarification = object([
        "questions": array(object(["issue_id": string, "text": string]))
    ])
}

/// Decoded answers (member names as in ``ModelSchemas``).
struct ExtractionAnswer: Decodable {
    struct Item: Decodable {
        struct Ref: Decodable {
            var sessionId: String
            var turn: Int
            var quote: String
        }

        var title: String
        var statement: String
        var type: RequirementType
        var category: NFRCategory?
        var priority: Priority
        var actor: String?
        var action: String?
        var condition: String?
        var acceptanceCriteria: [String]
        var confidence: Double
        var sourceRefs: [Ref]
    }

    var requirements: [Item]
}

struct InferenceAnswer: Decodable {
    struct Item: Decodable {
        var title: String
        var statement: String
        var type: RequirementType
        var category: NFRCategory?
        var priority: Priority
        var rationale: String
        var basedOn: [String]
        var confidence: Double
    }

    var requirements: [Item]
}

struct ValidationAnswer: Decodable {
    struct Item: Decodable {
        var requirementId: String?
        var severity: Severity
        var issueType: String
        var rule: String
        var message: String
        var suggestion: String
    }

    var issues: [Item]
}

struct ClarificationAnswer: Decodable {
    struct Item: Decodable {
        var issueId: String
        var text: String
    }

    var questions: [Item]
}
