import ReqEngBase

/// What an agent asks a model: messages and the JSON Schema the answer must follow.
package struct ModelRequest: Sendable, Hashable {
    package var agent: String
    package var project: String?
    package var messages: [ChatMessage]
    package var schemaName: String
    package var schema: JSONValue

    package init(agent: String, project: String?, messages: [ChatMessage], schemaName: String, schema: JSONValue) {
        self.agent = agent
        self.project = project
        self.messages = messages
        self.schemaName = schemaName
        self.schema = schema
    }
}

/// One message of a chat-completions conversation.
package struct ChatMessage: Sendable, Hashable, Codable {
    /// `system`, `user` or `assistant`.
    package var role: String
    package var content: String

    package init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}
