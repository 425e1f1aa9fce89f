import Foundation

/// Deterministic answers of the fake endpoint, read off the data blocks of reqeng's prompts.
///
/// Not a language model: it finds turns that state a need (`must`, `should`, `need`, …) and quotes
/// them, flags vague words, and asks one question per flagged requirement. Unknown schemas get the
/// smallest instance of their schema. Enough to drive the engine end to end with real traffic.
enum FakeAnswers {
    /// The answer object for a request with schema `name`, given the concatenated message text.
    static func answer(schemaName: String, schema: Any?, prompt: String) -> Any {
        switch schemaName {
        case "extraction": extraction(prompt)
        case "inference": inference(prompt)
        case "validation": validation(prompt)
        case "clarification": clarification(prompt)
        default: minimalInstance(schema)
        }
    }

    private static let needWords = [" must ", " should ", " need", " want", " require", " have to ", " has to "]
    private static let vagueWords = ["fast", "easy", "user-friendly", "quickly", "simple", "intuitive", "secure"]

    /// Lines `[turn SESSION#N] Speaker: text`.
    private static func turns(_ prompt: String) -> [(session: String, turn: Int, text: String)] {
        prompt.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("[turn "), let close = line.firstIndex(of: "]") else { return nil }
            let anchor = line[line.index(line.startIndex, offsetBy: 6)..<close]
            guard let hash = anchor.lastIndex(of: "#"), let number = Int(anchor[anchor.index(after: hash)...]) else {
                return nil
            }
            let rest = line[line.index(after: close)...]
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            let text = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return (String(anchor[..<hash]), number, text)
        }
    }

    /// Lines `[TAG ID ...] text` for tag `req` or `issue`.
    private static func tagged(_ tag: String, _ prompt: String) -> [(fields: [String], text: String)] {
        prompt.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("[\(tag) "), let close = line.firstIndex(of: "]") else { return nil }
            let fields = line[line.index(line.startIndex, offsetBy: tag.count + 2)..<close].split(separator: " ")
                .map(String.init)
            return (fields, line[line.index(after: close)...].trimmingCharacters(in: .whitespaces))
        }
    }

    private static func extraction(_ prompt: String) -> Any {
        var requirements: [[String: Any]] = []
        for turn in turns(prompt) {
            let padded = " " + turn.text.lowercased() + " "
            guard needWords.contains(where: padded.contains) else { continue }
            let quote = String(turn.text.prefix(80))
            let performance = padded.contains("second") || padded.contains("fast")
            requirements.append([
                "title": String(turn.text.prefix(40)), "statement": turn.text,
                "type": performance ? "non_functional" : "functional",
                "category": performance ? "performance" : NSNull(),
                "priority": padded.contains(" must ") ? "must" : "should",
                "actor": NSNull(), "action": NSNull(), "condition": NSNull(), "acceptance_criteria": [String](),
                "confidence": 0.8,
                "source_refs": [["session_id": turn.session, "turn": turn.turn, "quote": quote]],
            ])
        }
        return ["requirements": requirements]
    }

    private static func inference(_ prompt: String) -> Any {
        var inferred: [[String: Any]] = []
        for requirement in tagged("req", prompt) {
            let text = requirement.text.lowercased()
            guard text.contains("log in") || text.contains("login") || text.contains("password"),
                let id = requirement.fields.first
            else { continue }
            inferred.append([
                "title": "Authenticate users", "statement": "The system shall authenticate users before access.",
                "type": "non_functional", "category": "security", "priority": "must",
                "rationale": "Signing in implies authentication.", "based_on": [id], "confidence": 0.6,
            ])
            break
        }
        return ["requirements": inferred]
    }

    private static func validation(_ prompt: String) -> Any {
        var issues: [[String: Any]] = []
        for requirement in tagged("req", prompt) {
            let text = requirement.text.lowercased()
            guard let word = vagueWords.first(where: text.contains), let id = requirement.fields.first else {
                continue
            }
            issues.append([
                "requirement_id": id, "severity": "warning", "issue_type": "vague_term", "rule": "INCOSE R7",
                "message": "'\(word)' is not measurable.", "suggestion": "State a measurable bound.",
            ])
        }
        return ["issues": issues]
    }

    private static func clarification(_ prompt: String) -> Any {
        let questions: [[String: Any]] = tagged("issue", prompt).compactMap { issue in
            guard let id = issue.fields.first else { return nil }
            return ["issue_id": id, "text": "Could you make this measurable: \(issue.text)?"]
        }
        return ["questions": questions]
    }

    /// The smallest value a schema accepts: empty arrays, first enum value, zero, "".
    static func minimalInstance(_ schema: Any?) -> Any {
        guard let schema = schema as? [String: Any] else { return [String: Any]() }
        if let options = schema["enum"] as? [Any], let first = options.first { return first }
        let type = (schema["type"] as? String) ?? ((schema["type"] as? [Any])?.first as? String) ?? "object"
        switch type {
        case "array": return [Any]()
        case "string": return ""
        case "integer", "number": return 0
        case "boolean": return false
        case "null": return NSNull()
        default:
            var object: [String: Any] = [:]
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] {
                object[name] = minimalInstance(properties[name])
            }
            return object
        }
    }
}
