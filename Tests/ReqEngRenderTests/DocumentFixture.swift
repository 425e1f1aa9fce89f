import ReqEngModel

/// A small but complete document exercising every section, with hostile text in it.
enum DocumentFixture {
    static let hostileQuote = "Use <script>alert(1)</script> **now** | [click](javascript:alert(2)) \u{202E}txt.exe"

    static var document: RequirementsDocument {
        let refs = [SourceRef(sessionID: "intake", turn: 4, speaker: "Ana Ruiz", quote: "patients must book online")]
        return RequirementsDocument(
            project: "clinic",
            title: "Clinic — Requirements Document",
            purpose: "Purpose paragraph.",
            scope: "Scope paragraph.",
            sessions: [
                SessionSummary(
                    id: "intake", title: "Intake interview", date: "2026-03-02", source: "intake.txt", format: .text,
                    turns: 12, speakers: ["Ana Ruiz", "Tom"])
            ],
            stakeholders: [
                Stakeholder(name: "Ana Ruiz", role: "Receptionist", sessions: ["intake"], turns: 7),
                Stakeholder(name: "Tom", sessions: ["intake"], turns: 5),
            ],
            requirements: [
                Requirement(
                    id: "REQ-001", title: "Online booking", statement: "Patients must be able to book online.",
                    type: .functional, priority: .must, actor: "patient", action: "book an appointment online",
                    acceptanceCriteria: ["Booking confirmed within 2 s"], confidence: 0.86, sourceRefs: refs),
                Requirement(
                    id: "REQ-002", title: "Fast search", statement: "Search shall be fast.", type: .nonFunctional,
                    category: .performance, priority: .should, confidence: 0.61,
                    sourceRefs: [SourceRef(sessionID: "intake", turn: 9, speaker: "Tom", quote: hostileQuote)]),
                Requirement(
                    id: "REQ-003", title: "Hosting", statement: "The system must run in the clinic's EU data centre.",
                    type: .constraint, priority: .must, confidence: 0.7, sourceRefs: refs),
                Requirement(
                    id: "REQ-INF-001", title: "Authentication", statement: "Users shall authenticate before booking.",
                    type: .nonFunctional, category: .security, priority: .must, confidence: 0.55, inferred: true,
                    rationale: "Online accounts imply authentication.", sourceRefs: refs),
            ],
            issues: [
                QualityIssue(
                    id: "ISS-001", requirementID: "REQ-002", severity: .warning, issueType: "vague_term",
                    rule: "INCOSE R7", message: "\"fast\" is vague", suggestion: "State a response time.")
            ],
            questions: [
                Question(
                    id: "Q-001", addressee: "Tom", text: "What response time is acceptable for search?",
                    requirementID: "REQ-002", issueID: "ISS-001")
            ],
            glossary: [GlossaryEntry(term: "EHR", definition: "Electronic health record.", occurrences: 3)],
            run: DocumentRunInfo(engine: "builtin", toolVersion: "0.1.0", generatedAt: "2026-01-01T00:00:00Z")
        )
    }
}
