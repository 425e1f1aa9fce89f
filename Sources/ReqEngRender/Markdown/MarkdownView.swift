import Foundation
import ReqEngModel

/// What the Markdown template sees: the document, pre-grouped into the SRS sections.
///
/// Values are plain strings and arrays so the template stays logic-less; formatting decisions
/// (number formats, labels, grouping) live here, in one place.
struct MarkdownView {
    struct RequirementRow {
        let id: String
        let title: String
        let statement: String
        let kind: String
        let priority: String
        let confidence: String
        let actor: String?
        let action: String?
        let condition: String?
        let criteria: [String]
        let hasCriteria: Bool
        let sources: [SourceRow]
        let rationale: String?
        let sourceList: String
    }

    struct SourceRow {
        let session: String
        let turn: Int
        let speaker: String
        let quote: String
    }

    struct Section {
        let number: String
        let heading: String
        let requirements: [RequirementRow]
        /// The heading's level follows its number: "2.1" is a level-3 heading, "2.2.1" under
        /// "2.2" a level-4 one, so the outline nests as the numbers do.
        let marker: String
        /// A requirement's heading, one level below its section's.
        let itemMarker: String

        init(number: String, heading: String, requirements: [RequirementRow]) {
            self.number = number
            self.heading = heading
            self.requirements = requirements
            marker = String(repeating: "#", count: number.count { $0 == "." } + 2)
            itemMarker = marker + "#"
        }
    }

    struct FindingGroup {
        let severity: String
        let findings: [QualityIssue]
        /// Each distinct suggestion once, with the findings it answers (``FindingAdvice``).
        let advice: [AdviceRow]
    }

    struct AdviceRow {
        let findings: String
        let suggestion: String
    }

    struct QuestionGroup {
        let addressee: String
        let questions: [Question]
    }

    let document: RequirementsDocument
    let stated: [Section]
    let inferred: [RequirementRow]
    let findingGroups: [FindingGroup]
    let questionGroups: [QuestionGroup]
    let traceability: [RequirementRow]
    let counts: [String: Int]
    let stakeholders: [[String: String]]
    let sessions: [[String: String]]
    let hasStakeholders: Bool
    let hasGlossary: Bool

    init(_ document: RequirementsDocument) {
        self.document = document
        let rows = document.requirements.map(Self.row)
        let statedRows = zip(document.requirements, rows).filter { !$0.0.inferred }
        var sections: [Section] = []
        let functional = statedRows.filter { $0.0.type == .functional }.map(\.1)
        sections.append(Section(number: "2.1", heading: "Functional requirements", requirements: functional))
        var subsection = 0
        let nonFunctional = statedRows.filter { $0.0.type == .nonFunctional }
        var nfrSections: [Section] = []
        for category in NFRCategory.allCases {
            let inCategory = nonFunctional.filter { $0.0.category == category }.map(\.1)
            guard !inCategory.isEmpty else { continue }
            subsection += 1
            nfrSections.append(
                Section(number: "2.2.\(subsection)", heading: category.displayName, requirements: inCategory))
        }
        let uncategorised = nonFunctional.filter { $0.0.category == nil }.map(\.1)
        if !uncategorised.isEmpty {
            subsection += 1
            nfrSections.append(
                Section(number: "2.2.\(subsection)", heading: "Other qualities", requirements: uncategorised))
        }
        sections.append(Section(number: "2.2", heading: "Non-functional requirements", requirements: []))
        sections.append(contentsOf: nfrSections)
        let constraints = statedRows.filter { $0.0.type == .constraint }.map(\.1)
        sections.append(Section(number: "2.3", heading: "Constraints", requirements: constraints))
        stated = sections
        inferred = zip(document.requirements, rows).filter { $0.0.inferred }.map(\.1)
        findingGroups = Severity.allCases.compactMap { severity in
            let findings = document.issues.filter { $0.severity == severity }
            guard !findings.isEmpty else { return nil }
            let advice = FindingAdvice.grouped(findings).map {
                AdviceRow(findings: $0.findingIDs.joined(separator: ", "), suggestion: $0.suggestion)
            }
            return FindingGroup(severity: severity.rawValue.capitalized, findings: findings, advice: advice)
        }
        var addressees: [String] = []
        for question in document.questions where !addressees.contains(question.addressee) {
            addressees.append(question.addressee)
        }
        questionGroups = addressees.map { name in
            QuestionGroup(addressee: name, questions: document.questions.filter { $0.addressee == name })
        }
        traceability = rows
        counts = [
            "requirements": document.requirements.count,
            "stated": document.requirements.filter { !$0.inferred }.count,
            "inferred": document.requirements.filter(\.inferred).count,
            "issues": document.issues.count,
            "questions": document.questions.count,
            "sessions": document.sessions.count,
        ]
        stakeholders = document.stakeholders.map { person in
            [
                "name": person.name, "role": person.role ?? "—", "sessions": person.sessions.joined(separator: ", "),
                "turns": String(person.turns),
            ]
        }
        hasStakeholders = !document.stakeholders.isEmpty
        hasGlossary = !document.glossary.isEmpty
        sessions = document.sessions.map { session in
            [
                "id": session.id, "title": session.title ?? "—", "date": session.date ?? "—",
                "format": session.format.rawValue, "source": session.source, "turns": String(session.turns),
            ]
        }
    }

    static func row(_ requirement: Requirement) -> RequirementRow {
        let kind =
            requirement.category.map { "\(requirement.type.displayName) / \($0.displayName)" }
            ?? requirement.type.displayName
        let sources = requirement.sourceRefs.map {
            SourceRow(session: $0.sessionID, turn: $0.turn, speaker: $0.speaker, quote: $0.quote)
        }
        return RequirementRow(
            id: requirement.id, title: requirement.title, statement: requirement.statement, kind: kind,
            priority: requirement.priority.displayName, confidence: String(format: "%.2f", requirement.confidence),
            actor: requirement.actor, action: requirement.action, condition: requirement.condition,
            criteria: requirement.acceptanceCriteria, hasCriteria: !requirement.acceptanceCriteria.isEmpty,
            sources: sources, rationale: requirement.rationale,
            sourceList: requirement.sourceRefs.map { "\($0.sessionID) #\($0.turn) (\($0.speaker))" }
                .joined(separator: "; ")
        )
    }
}
