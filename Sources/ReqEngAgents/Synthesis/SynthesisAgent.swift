import ReqEngModel

/// Assembles the Requirements Document from the state: introduction, stakeholders, sessions,
/// requirements, findings, questions and glossary (DESIGN.md §4, "synthesis").
package struct SynthesisAgent: Agent {
    package let name = "synthesis"
    private let stakeholders = StakeholderDirectory()
    private let glossary = GlossaryBuilder()

    package init() {}

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        let sessions = state.transcripts.map(SessionSummary.init)
        let people = stakeholders.stakeholders(in: state.transcripts)
        let terms = glossary.entries(for: state.transcripts)
        let requirements = state.allRequirements
        let title = Self.displayName(of: state.project.name)
        state.document = RequirementsDocument(
            project: state.project.name,
            title: "\(title) — Requirements Document",
            purpose: Self.purpose(title: title, sessions: sessions, stakeholders: people),
            scope: Self.scope(title: title, requirements: requirements),
            sessions: sessions,
            stakeholders: people,
            requirements: requirements,
            issues: state.issues,
            questions: state.questions,
            glossary: terms,
            run: DocumentRunInfo(
                engine: context.engine.name,
                model: context.engine.model,
                toolVersion: context.toolVersion,
                generatedAt: context.generatedAt,
                refinementPasses: state.refinementPasses
            )
        )
        let confidences = requirements.map(\.confidence)
        return AgentReport(
            confidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count),
            details: ["stakeholders": people.count, "glossary_terms": terms.count]
        )
    }

    /// "clinic-booking" → "Clinic Booking".
    package static func displayName(of project: String) -> String {
        project.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }

    static func purpose(title: String, sessions: [SessionSummary], stakeholders: [Stakeholder]) -> String {
        let sessionWord = sessions.count == 1 ? "session" : "sessions"
        let stakeholderWord = stakeholders.count == 1 ? "stakeholder" : "stakeholders"
        return """
            This document specifies the requirements for \(title) as elicited in \(sessions.count) \
            \(sessionWord) with \(stakeholders.count) \(stakeholderWord). It follows the structure of \
            ISO/IEC/IEEE 29148 for a software requirements specification: every stated requirement \
            traces to the session and turn it came from, inferred requirements are marked as such, and \
            open quality findings and questions are listed for the next round of elicitation.
            """
    }

    static func scope(title: String, requirements: [Requirement]) -> String {
        let stated = requirements.filter { !$0.inferred }
        func count(_ type: RequirementType) -> Int { stated.filter { $0.type == type }.count }
        let inferred = requirements.count - stated.count
        let categories = Set(stated.compactMap(\.category)).sorted().map { $0.displayName.lowercased() }
        var text = """
            The scope of \(title) covers \(count(.functional)) functional requirements, \
            \(count(.nonFunctional)) non-functional requirements and \(count(.constraint)) constraints \
            stated by the stakeholders, and \(inferred) requirements inferred from what they described.
            """
        if !categories.isEmpty {
            text += " Quality attributes addressed: \(categories.joined(separator: ", "))."
        }
        return text
    }
}
