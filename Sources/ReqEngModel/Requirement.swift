/// A requirement found in, or inferred from, a project's transcripts.
public struct Requirement: Sendable, Codable, Hashable, Identifiable {
    /// `REQ-nnn` for stated requirements, `REQ-INF-nnn` for inferred ones.
    public var id: String
    /// Short label (a few words) for tables and the table of contents.
    public var title: String
    /// The requirement as a single normalised statement.
    public var statement: String
    public var type: RequirementType
    /// NFR category; `nil` for functional requirements and constraints without one.
    public var category: NFRCategory?
    public var priority: Priority
    public var actor: String?
    public var action: String?
    public var condition: String?
    public var acceptanceCriteria: [String]
    /// 0…1; how sure the engine is that this is a real requirement, correctly classified.
    public var confidence: Double
    public var inferred: Bool
    /// Why an inferred requirement is implied (or why a stated one was merged), if anything.
    public var rationale: String?
    /// Where it came from; never empty for a stated requirement.
    public var sourceRefs: [SourceRef]
    /// The engine that produced it, when that can differ from the document's: in an `openai` run,
    /// `openai`, or `builtin` where the model's answer was unusable and the built-in agent stood in.
    /// `nil` (and absent from the JSON) in a `builtin` run.
    public var producedBy: String?

    public init(
        id: String,
        title: String,
        statement: String,
        type: RequirementType,
        category: NFRCategory? = nil,
        priority: Priority,
        actor: String? = nil,
        action: String? = nil,
        condition: String? = nil,
        acceptanceCriteria: [String] = [],
        confidence: Double,
        inferred: Bool = false,
        rationale: String? = nil,
        sourceRefs: [SourceRef] = [],
        producedBy: String? = nil
    ) {
        self.id = id
        self.title = title
        self.statement = statement
        self.type = type
        self.category = category
        self.priority = priority
        self.actor = actor
        self.action = action
        self.condition = condition
        self.acceptanceCriteria = acceptanceCriteria
        self.confidence = confidence
        self.inferred = inferred
        self.rationale = rationale
        self.sourceRefs = sourceRefs
        self.producedBy = producedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, title, statement, type, category, priority, actor, action, condition
        case acceptanceCriteria = "acceptance_criteria"
        case confidence, inferred, rationale
        case sourceRefs = "source_refs"
        case producedBy = "produced_by"
    }
}

/// A pointer from a requirement to the words it came from.
public struct SourceRef: Sendable, Codable, Hashable {
    public var sessionID: String
    public var turn: Int
    public var speaker: String
    /// The quoted span of the turn the requirement was read from.
    public var quote: String

    public init(sessionID: String, turn: Int, speaker: String, quote: String) {
        self.sessionID = sessionID
        self.turn = turn
        self.speaker = speaker
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case turn, speaker, quote
    }
}

/// Requirement type of DESIGN.md §4.
public enum RequirementType: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case functional
    case nonFunctional = "non_functional"
    case constraint

    public var displayName: String {
        switch self {
        case .functional: "Functional"
        case .nonFunctional: "Non-functional"
        case .constraint: "Constraint"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// MoSCoW priority, read from the strength of the modal ("must" … "won't").
public enum Priority: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case must
    case should
    case could
    case wont = "wont"

    public var displayName: String {
        switch self {
        case .must: "Must"
        case .should: "Should"
        case .could: "Could"
        case .wont: "Won't"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
