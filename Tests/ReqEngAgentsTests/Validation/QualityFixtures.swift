import Logging
import ReqEngIngest
import ReqEngModel

@testable import ReqEngAgents

/// Small builders for the quality agents' tests: requirements, transcripts, states and contexts.
enum QualityFixtures {
    static func requirement(
        _ id: String, _ statement: String, type: RequirementType = .functional,
        category: NFRCategory? = nil, priority: Priority = .must, actor: String? = nil, action: String? = nil,
        criteria: [String] = ["Given a booking, when it is saved, then it is listed."], inferred: Bool = false,
        speaker: String = "Alice", session: String = "s1", turn: Int = 1
    ) -> Requirement {
        Requirement(
            id: id, title: String(statement.prefix(20)), statement: statement, type: type, category: category,
            priority: priority, actor: actor, action: action, acceptanceCriteria: criteria, confidence: 0.8,
            inferred: inferred,
            sourceRefs: inferred ? [] : [SourceRef(sessionID: session, turn: turn, speaker: speaker, quote: statement)])
    }

    static func transcript(
        _ id: String, turns: [(String, String)], participants: [Participant] = []
    ) -> Transcript {
        Transcript(
            id: id, sourcePath: "\(id).txt", format: .text, participants: participants,
            turns: turns.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
    }

    static func state(transcripts: [Transcript] = [], requirements: [Requirement] = []) -> GraphState {
        var state = GraphState(project: ProjectInput(name: "clinic", files: []))
        state.transcripts = transcripts
        state.requirements = requirements
        return state
    }

    static var context: AgentContext {
        AgentContext(engine: EngineSettings(), logger: Logger(label: "quality-tests"))
    }

    /// Findings of one rule on one statement (alone in its set).
    static func findings(
        _ rule: any QualityRule, _ statement: String, type: RequirementType = .functional,
        category: NFRCategory? = nil, priority: Priority = .must, actor: String? = nil, action: String? = nil
    ) -> [Finding] {
        let requirement = requirement(
            "REQ-001", statement, type: type, category: category, priority: priority, actor: actor, action: action)
        return rule.check(ValidationContext(all: [StatementAnalysis(requirement)], position: 0))
    }
}
