import ReqEngModel

/// Requirements Documents written for the PDF tests: a small realistic one and hostile variants.
enum PDFFixtures {
    static let run = DocumentRunInfo(
        engine: "builtin", toolVersion: "0.9.0", generatedAt: "2025-03-14T09:26:53Z", refinementPasses: 1)

    /// A veterinary practice's appointment system, as two sessions might describe it.
    static var clinic: RequirementsDocument {
        RequirementsDocument(
            project: "pet-clinic",
            title: "Pet Clinic Appointments",
            purpose: "This document states what the appointment system of a two-site veterinary practice must do, "
                + "as heard from its reception staff, vets and owners in two elicitation sessions.",
            scope: "Booking, rescheduling and reminders for appointments; the treatment records system and "
                + "invoicing stay out of scope.",
            sessions: [
                SessionSummary(
                    id: "kickoff", title: "Kick-off with reception", date: "2025-03-03",
                    source: "pet-clinic/kickoff.txt", format: .text, turns: 14, speakers: ["Mira Holt", "Jon Reyes"]),
                SessionSummary(
                    id: "vets", title: "Vets' workshop", date: "2025-03-07", source: "pet-clinic/vets.vtt",
                    format: .webvtt, turns: 9, speakers: ["Dr. Anke Vos", "Jon Reyes"]),
            ],
            stakeholders: [
                Stakeholder(name: "Mira Holt", role: "Head of reception", sessions: ["kickoff"], turns: 8),
                Stakeholder(name: "Dr. Anke Vos", role: "Veterinarian", sessions: ["vets"], turns: 5),
                Stakeholder(name: "Jon Reyes", role: "Analyst", sessions: ["kickoff", "vets"], turns: 10),
            ],
            requirements: [
                Requirement(
                    id: "REQ-001", title: "Online booking",
                    statement: "Pet owners must be able to book an appointment online for either site.",
                    type: .functional, priority: .must, actor: "pet owner", action: "book",
                    acceptanceCriteria: ["A booking made online appears in the reception calendar within one minute."],
                    confidence: 0.92,
                    sourceRefs: [
                        SourceRef(
                            sessionID: "kickoff", turn: 3, speaker: "Mira Holt", quote: "owners want to book online")
                    ]),
                Requirement(
                    id: "REQ-002", title: "Reminder messages",
                    statement: "The system should send a reminder text message 24 hours before each appointment.",
                    type: .functional, priority: .should, confidence: 0.81,
                    sourceRefs: [
                        SourceRef(
                            sessionID: "kickoff", turn: 7, speaker: "Mira Holt", quote: "a reminder the day before"),
                        SourceRef(sessionID: "vets", turn: 2, speaker: "Dr. Anke Vos", quote: "reminders cut no-shows"),
                    ]),
                Requirement(
                    id: "REQ-003", title: "Calendar speed",
                    statement: "The day calendar must load in under 2 seconds on the reception PCs.",
                    type: .nonFunctional, category: .performance, priority: .must, confidence: 0.88,
                    sourceRefs: [
                        SourceRef(
                            sessionID: "kickoff", turn: 9, speaker: "Jon Reyes", quote: "load in under two seconds")
                    ]),
                Requirement(
                    id: "REQ-004", title: "Readable on tablets",
                    statement: "Vets could view the schedule on the consulting-room tablets.",
                    type: .nonFunctional, category: .usability, priority: .could, confidence: 0.64,
                    sourceRefs: [
                        SourceRef(sessionID: "vets", turn: 5, speaker: "Dr. Anke Vos", quote: "on the tablets")
                    ]),
                Requirement(
                    id: "REQ-005", title: "Existing server",
                    statement: "The system must run on the practice's existing Linux server.",
                    type: .constraint, priority: .must, confidence: 0.9,
                    sourceRefs: [
                        SourceRef(sessionID: "vets", turn: 8, speaker: "Jon Reyes", quote: "the server we have")
                    ]),
                Requirement(
                    id: "REQ-INF-001", title: "Owner data protection",
                    statement: "Personal data of pet owners must be processed in line with the GDPR.",
                    type: .nonFunctional, category: .legal, priority: .must, confidence: 0.6, inferred: true,
                    rationale: "Online booking stores names and phone numbers of owners in the EU."),
            ],
            issues: [
                QualityIssue(
                    id: "ISS-001", requirementID: "REQ-004", severity: .warning, issueType: "escape_clause",
                    rule: "INCOSE R17", message: "\"could\" leaves it open whether the schedule must be viewable.",
                    suggestion: "State the priority with must or should."),
                QualityIssue(
                    id: "ISS-002", requirementID: "REQ-002", severity: .error, issueType: "unverifiable",
                    rule: "ISO 29148 §5.2.5 verifiable", message: "No delivery guarantee is given for the reminder.",
                    suggestion: "Say which share of reminders must arrive, e.g. 99 %."),
                QualityIssue(
                    id: "ISS-003", requirementID: "REQ-001", severity: .info, issueType: "missing_actor",
                    rule: "NASA ARM imperatives", message: "The booking channel is not named.",
                    suggestion: "Name the web page or app."),
            ],
            questions: [
                Question(
                    id: "Q-001", addressee: "Mira Holt",
                    text: "What share of reminders must arrive for the service to count as working?",
                    requirementID: "REQ-002", issueID: "ISS-002"),
                Question(
                    id: "Q-002", addressee: "Dr. Anke Vos",
                    text: "Must the schedule be viewable on the tablets, or is it a wish?", requirementID: "REQ-004",
                    issueID: "ISS-001"),
            ],
            glossary: [
                GlossaryEntry(term: "Site", definition: "One of the practice's two clinics.", occurrences: 6),
                GlossaryEntry(
                    term: "No-show", definition: "An appointment the owner neither attended nor cancelled.",
                    occurrences: 3),
            ],
            run: run)
    }

    /// The clinic document with hostile text: markup, control characters, bidi overrides and a 500-character token.
    static var hostile: RequirementsDocument {
        var document = clinic
        let token = String(repeating: "Z", count: 500)
        document.requirements[0].statement =
            "<b>bold?</b> <span font=\"72\">huge</span> &amp; \u{202E}reversed\u{202C} tab\there\nnew line " + token
        document.stakeholders[0].name = "<i>Mira</i>\u{0}Holt"
        document.title = "Clinic <span size=\"xx-large\">Docs</span>"
        return document
    }

    /// A document with `count` stated requirements, for page-splitting and throughput checks.
    static func large(_ count: Int) -> RequirementsDocument {
        var document = clinic
        document.requirements = (1...max(count, 1)).map { index in
            Requirement(
                id: "REQ-\(index)", title: "Generated \(index)",
                statement:
                    "Requirement \(index): the system must record event \(index) with its time, user and outcome, and keep it for audit. "
                    + String(repeating: "Further detail. ", count: index % 7),
                type: index % 3 == 0 ? .nonFunctional : .functional, category: index % 3 == 0 ? .security : nil,
                priority: .should, confidence: 0.75,
                sourceRefs: [
                    SourceRef(sessionID: "kickoff", turn: index % 14 + 1, speaker: "Mira Holt", quote: "event")
                ])
        }
        return document
    }
}
