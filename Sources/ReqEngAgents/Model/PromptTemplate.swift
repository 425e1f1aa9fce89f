import Foundation
import ReqEngBase

/// One agent's prompt, loaded from `templates/prompts/<agent>.prompt`.
///
/// The file holds the system message, a line `=== user ===`, then the user message. `{{name}}`
/// placeholders in the user message are replaced by data blocks built by the agent; transcript text
/// only ever reaches the model inside those blocks.
package struct PromptTemplate: Sendable, Hashable {
    /// The line separating the system and the user message in a prompt file.
    package static let separator = "=== user ==="

    package var system: String
    package var user: String

    package init(system: String, user: String) {
        self.system = system
        self.user = user
    }

    /// Parses a prompt file's text; `nil` when the separator is missing.
    package init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == Self.separator })
        else { return nil }
        system = lines[..<index].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        user = lines[(index + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The user message with each `{{key}}` replaced by its value (values are not re-scanned).
    package func renderUser(_ values: [String: String]) -> String {
        var output = ""
        var rest = Substring(user)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            output += values[key] ?? ""
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}

/// The four agents' prompts, read from a directory at start-up.
package struct PromptLibrary: Sendable, Hashable {
    /// Agents that have a prompt file.
    package static let agentNames = ["extraction", "inference", "validation", "clarification"]

    package var prompts: [String: PromptTemplate]

    package init(prompts: [String: PromptTemplate]) {
        self.prompts = prompts
    }

    /// Reads `prompts/<agent>.prompt` of a template set (the built-in one, or `--templates DIR`) for
    /// every agent; the error names the file and the problem.
    package static func load(templates: ResourceFiles) throws(PromptError) -> PromptLibrary {
        var prompts: [String: PromptTemplate] = [:]
        for agent in agentNames {
            let relative = "prompts/\(agent).prompt"
            let path = templates.describe(relative)
            guard let data = templates.data(relative) else {
                throw PromptError(message: "cannot read the prompt '\(path)'; --templates must hold prompts/")
            }
            guard let template = PromptTemplate(text: String(decoding: data, as: UTF8.self)) else {
                throw PromptError(message: "the prompt '\(path)' lacks the line '\(PromptTemplate.separator)'")
            }
            prompts[agent] = template
        }
        return PromptLibrary(prompts: prompts)
    }

    /// The prompt of `agent` (an empty one for an unknown name).
    package func template(for agent: String) -> PromptTemplate {
        prompts[agent] ?? PromptTemplate(system: "", user: "")
    }

    /// The request every model node sends: its system prompt, its user prompt filled with `data`
    /// (delimited data blocks), and the JSON schema the answer must follow, named after the node.
    package func request(
        agent: String, project: String, data: [String: String], schema: JSONValue
    ) -> ModelRequest {
        let template = template(for: agent)
        return ModelRequest(
            agent: agent, project: project,
            messages: [
                ChatMessage(role: "system", content: template.system),
                ChatMessage(role: "user", content: template.renderUser(data)),
            ],
            schemaName: agent, schema: schema)
    }
}

/// A prompt file that cannot be used.
package struct PromptError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
