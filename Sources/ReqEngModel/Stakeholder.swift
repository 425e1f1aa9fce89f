/// A person who spoke in (or was declared for) one or more sessions of a project.
public struct Stakeholder: Sendable, Codable, Hashable {
    public var name: String
    public var role: String?
    /// Session ids the stakeholder took part in, sorted.
    public var sessions: [String]
    /// Number of turns spoken across all sessions.
    public var turns: Int

    public init(name: String, role: String? = nil, sessions: [String], turns: Int) {
        self.name = name
        self.role = role
        self.sessions = sessions
        self.turns = turns
    }
}
