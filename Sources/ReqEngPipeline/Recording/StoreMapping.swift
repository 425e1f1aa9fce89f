import Foundation
import ReqEngAgents
import ReqEngModel
import ReqEngStore

/// Maps domain values (ReqEngModel, agent executions) to the store's own records: the one place that
/// knows both sides.
enum StoreMapping {
    /// One project of run `runID`: its document (if one was made), full transcripts and why it failed.
    static func snapshot(
        runID: String, project: String, document: RequirementsDocument?, transcripts: [Transcript], error: String?,
        skipped: Bool = false, traceID: String? = nil
    ) -> ProjectSnapshot {
        var sessions = transcripts.map { transcript in
            ProjectSnapshot.Session(
                session: SessionRecord(
                    projectId: 0, name: transcript.id, title: transcript.title, date: transcript.date,
                    sourcePath: transcript.sourcePath, format: transcript.format.rawValue,
                    turnCount: transcript.turns.count),
                turns: transcript.turns.map { turn in
                    TurnRecord(
                        sessionId: 0, number: turn.number, speaker: turn.speaker, text: turn.text,
                        timestamp: turn.timestamp)
                })
        }
        if sessions.isEmpty, let document {
            sessions = document.sessions.map { summary in
                ProjectSnapshot.Session(
                    session: SessionRecord(
                        projectId: 0, name: summary.id, title: summary.title, date: summary.date,
                        sourcePath: summary.source, format: summary.format.rawValue, turnCount: summary.turns),
                    turns: [])
            }
        }
        return ProjectSnapshot(
            project: ProjectRecord(
                runId: runID, name: project, title: document?.title, error: error,
                status: skipped ? "skipped" : "processed", traceId: traceID),
            sessions: sessions,
            requirements: document?.requirements.map(requirement) ?? [],
            issues: document?.issues.map(issue) ?? [],
            questions: document?.questions.map(question) ?? [])
    }

    static func requirement(_ requirement: Requirement) -> RequirementRecord {
        RequirementRecord(
            projectId: 0, code: requirement.id, title: requirement.title, statement: requirement.statement,
            type: requirement.type.rawValue, category: requirement.category?.rawValue,
            priority: requirement.priority.rawValue, actor: requirement.actor, action: requirement.action,
            condition: requirement.condition, acceptanceCriteria: requirement.acceptanceCriteria,
            confidence: requirement.confidence, inferred: requirement.inferred, rationale: requirement.rationale,
            sourceRefsJson: json(requirement.sourceRefs))
    }

    static func issue(_ issue: QualityIssue) -> IssueRecord {
        IssueRecord(
            projectId: 0, code: issue.id, requirementCode: issue.requirementID, severity: issue.severity.rawValue,
            issueType: issue.issueType, rule: issue.rule, message: issue.message, suggestion: issue.suggestion)
    }

    static func question(_ question: Question) -> QuestionRecord {
        QuestionRecord(
            projectId: 0, code: question.id, addressee: question.addressee, text: question.text,
            requirementCode: question.requirementID, issueCode: question.issueID)
    }

    static func invocation(_ execution: AgentExecution, runID: String) -> AgentInvocationRecord {
        AgentInvocationRecord(
            runId: runID, project: execution.project, agent: execution.agent, status: execution.status.rawValue,
            startedAtUnixNano: execution.startedAtUnixNano, durationNanoseconds: execution.durationNanoseconds,
            confidence: execution.confidence, requirementsAdded: execution.requirementsAdded,
            errorMessage: execution.errorMessage)
    }

    static func inputError(_ failure: InputFailure, runID: String) -> InputErrorRecord {
        InputErrorRecord(
            runId: runID, project: failure.project, path: failure.path, kind: failure.kind, reason: failure.reason)
    }

    static func llmCall(_ call: LLMCall, runID: String) -> LLMCallRecord {
        LLMCallRecord(
            runId: runID, project: call.project, agent: call.agent, model: call.model, inputTokens: call.inputTokens,
            outputTokens: call.outputTokens, costUsd: call.costUSD, latencySeconds: call.latencySeconds,
            status: call.status, startedAtUnixNano: call.startedAtUnixNano)
    }

    private static func json(_ refs: [SourceRef]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(refs) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
