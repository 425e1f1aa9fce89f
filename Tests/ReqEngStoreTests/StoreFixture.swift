import Foundation
import ReqEngStore

/// Temporary stores and small records for the store tests.
enum StoreFixture {
    /// A fresh directory under the system temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("reqeng-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run(_ id: String, startedAt seconds: TimeInterval) -> RunRecord {
        RunRecord(
            id: id, toolVersion: "0.1.0", engine: "builtin", model: nil, inputs: ["inputs"], configHash: "cfg",
            startedAt: Date(timeIntervalSince1970: seconds))
    }

    static func requirement(_ code: String, confidence: Double = 0.8) -> RequirementRecord {
        RequirementRecord(
            projectId: 0, code: code, title: "Title \(code)", statement: "The system shall do \(code).",
            type: "functional", category: nil, priority: "must", acceptanceCriteria: ["works"],
            confidence: confidence, inferred: false, sourceRefsJson: "[]")
    }

    static func snapshot(
        runId: String, project: String = "clinic", requirements: [String] = ["REQ-001", "REQ-002"]
    )
        -> ProjectSnapshot
    {
        ProjectSnapshot(
            project: ProjectRecord(runId: runId, name: project, title: "Clinic"),
            sessions: [
                ProjectSnapshot.Session(
                    session: SessionRecord(
                        projectId: 0, name: "intake", title: nil, date: nil, sourcePath: "intake.txt", format: "text",
                        turnCount: 2),
                    turns: [
                        TurnRecord(sessionId: 0, number: 1, speaker: "Ana", text: "We need booking.", timestamp: nil),
                        TurnRecord(sessionId: 0, number: 2, speaker: "Tom", text: "Fast, please.", timestamp: nil),
                    ])
            ],
            requirements: requirements.map { requirement($0) },
            issues: [
                IssueRecord(
                    projectId: 0, code: "ISS-001", requirementCode: "REQ-002", severity: "warning",
                    issueType: "vague_term", rule: "INCOSE R7", message: "vague", suggestion: "measure it")
            ],
            questions: [QuestionRecord(projectId: 0, code: "Q-001", addressee: "Tom", text: "How fast?")])
    }
}
