/// The Requirements Document of one project: what every renderer (Markdown, JSON, PDF) shows.
public struct RequirementsDocument: Sendable, Codable, Hashable {
    /// Version of the JSON contract (`schemas/rd.schema.json`).
    public static let currentSchemaVersion = "1.0.0"

    public var schemaVersion: String
    public var project: String
    public var title: String
    /// Purpose and scope paragraphs of the SRS introduction.
    public var purpose: String
    public var scope: String
    public var sessions: [SessionSummary]
    public var stakeholders: [Stakeholder]
    public var requirements: [Requirement]
    public var issues: [QualityIssue]
    public var questions: [Question]
    public var glossary: [GlossaryEntry]
    public var run: DocumentRunInfo

    public init(
        schemaVersion: String = RequirementsDocument.currentSchemaVersion,
        project: String,
        title: String,
        purpose: String,
        scope: String,
        sessions: [SessionSummary],
        stakeholders: [Stakeholder],
        requirements: [Requirement],
        issues: [QualityIssue],
        questions: [Question],
        glossary: [GlossaryEntry],
        run: DocumentRunInfo
    ) {
        self.schemaVersion = schemaVersion
        self.project = project
        self.title = title
        self.purpose = purpose
        self.scope = scope
        self.sessions = sessions
        self.stakeholders = stakeholders
        self.requirements = requirements
        self.issues = issues
        self.questions = questions
        self.glossary = glossary
        self.run = run
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case project, title, purpose, scope, sessions, stakeholders, requirements, issues, questions, glossary, run
    }
}
