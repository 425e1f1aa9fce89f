import Foundation
import ReqEngAgents
import ReqEngBase
import ReqEngModel
import ReqEngPipeline

/// A small, fixed corpus for recording runs: two projects, one with hostile transcript text, fixed
/// clock and ids. Runs are recorded through the pipeline's `RunRecorder`, the one writer of the
/// store from domain values, so the reports are built from rows exactly as a run leaves them.
enum RunCorpus {
    /// Transcript text built to break out of HTML: tags, event-handler attributes, a script URL and
    /// a right-to-left override.
    static let hostile =
        "<script>alert(1)</script><img src=x onerror=alert(2)> [go](javascript:alert(3)) \u{202E}fdp.exe"

    /// The built-in templates (the repository's `templates/`, compiled in).
    static let templates = ResourceFiles.builtInTemplates
    /// The pages these tests own, beside them.
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func temporaryDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("reqeng-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func start(_ id: String, at seconds: TimeInterval) -> RunStart {
        RunStart(
            id: id, startedAt: Date(timeIntervalSince1970: seconds), toolVersion: "0.1.0", engine: "builtin",
            model: nil, inputs: ["inputs"], configHash: "c0ffee")
    }

    static let transcript = Transcript(
        id: "kickoff", title: "Kickoff \(hostile)", sourcePath: "clinic/kickoff.txt", format: .text,
        turns: [
            Turn(number: 1, speaker: "Ana", text: "Patients must book online."),
            Turn(number: 2, speaker: "Tom", text: hostile),
        ])

    static func document(project: String, requirements: Int) -> RequirementsDocument {
        let refs = [SourceRef(sessionID: "kickoff", turn: 2, speaker: "Tom", quote: hostile)]
        return RequirementsDocument(
            project: project, title: "\(project) \(hostile)", purpose: "p", scope: "s",
            sessions: [SessionSummary(transcript)], stakeholders: [],
            requirements: (1...requirements).map { requirement($0, of: requirements, refs: refs) },
            issues: [
                QualityIssue(
                    id: "ISS-001", requirementID: "REQ-001", severity: .error, issueType: "vague_term",
                    rule: "INCOSE R7",
                    message: "vague: " + hostile, suggestion: "measure")
            ],
            questions: [], glossary: [], run: DocumentRunInfo(engine: "builtin", toolVersion: "0.1.0", generatedAt: "x")
        )
    }

    static func requirement(_ number: Int, of count: Int, refs: [SourceRef]) -> Requirement {
        let nonFunctional = number % 3 == 0
        return Requirement(
            id: String(format: "REQ-%03d", number), title: "R\(number)", statement: "Statement \(number)",
            type: nonFunctional ? .nonFunctional : .functional, category: nonFunctional ? .performance : nil,
            priority: .must, confidence: 0.5 + Double(number % 5) / 10, inferred: number == count, sourceRefs: refs)
    }

    /// Node executions of one project starting at `base` seconds, each `step` seconds long.
    static func executions(
        project: String, base: TimeInterval, step: Double, failing: String? = nil
    )
        -> [AgentExecution]
    {
        ["ingest", "extraction", "inference", "validation", "synthesis"].enumerated().map { index, agent in
            AgentExecution(
                project: project, agent: agent, status: agent == failing ? .error : .success,
                startedAtUnixNano: Int64((base + Double(index) * step) * 1e9), durationNanoseconds: Int64(step * 1e9),
                confidence: agent == "extraction" ? 0.8 : nil, requirementsAdded: 0,
                errorMessage: agent == failing ? hostile : nil)
        }
    }

    /// Records run `id` starting at `start` seconds over the corpus; the second project grows with `scale`.
    static func record(_ recorder: RunRecorder, id: String, start: TimeInterval, scale: Int) throws {
        try recorder.begin(run: Self.start(id, at: start))
        try recorder.record(
            run: id, project: "clinic", document: document(project: "clinic", requirements: 3 * scale),
            transcripts: [transcript], executions: executions(project: "clinic", base: start, step: 0.2),
            failures: [
                InputFailure(path: "clinic/\(hostile).json", project: "clinic", kind: "malformed_json", reason: hostile)
            ])
        try recorder.record(
            run: id, project: "kiosk", document: document(project: "kiosk", requirements: 4),
            transcripts: [], executions: executions(project: "kiosk", base: start + 1, step: 0.5), failures: [])
        try recorder.finish(
            run: id, endedAt: Date(timeIntervalSince1970: start + 4 + Double(scale)), status: .partial, exitCode: 2)
    }
}
