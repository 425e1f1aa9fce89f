import Foundation
import ReqEngPipeline
import ReqEngRender
import ReqEngReport
import ReqEngStore
import Testing

/// A project an unchanged rerun skips is recorded by reference to the results of the run that
/// computed it; the store's queries, the report and the merged copy read through the reference and
/// show exactly what a run that recomputed the project shows.
@Suite struct ReusedProjectTests {
    /// Runs the built-in engine over the repository's inputs into `output`, recorded as `runID`.
    private func recordedRun(output: String, runID: String, at seconds: TimeInterval) async throws -> RunStore {
        let recorder = try RunRecorder.open(outputDirectory: output)
        try recorder.begin(
            run: RunStart(
                id: runID, startedAt: Date(timeIntervalSince1970: seconds), engine: "builtin", model: nil,
                inputs: ["inputs"], configHash: "test"))
        _ = try await BatchRunner(
            configuration: PipelineFixture.configuration(output: output), logger: PipelineFixture.quietLogger,
            progress: RecordingProgress(),
            recording: RunRecording(recorder: recorder, runID: runID, executions: ExecutionCollector())
        ).run()
        return recorder.store
    }

    @Test func aSkippedProjectReadsAsIfItHadBeenRecomputed() async throws {
        let incremental = try PipelineFixture.temporaryDirectory("reused")
        let fresh = try PipelineFixture.temporaryDirectory("recomputed")
        defer {
            try? FileManager.default.removeItem(atPath: incremental)
            try? FileManager.default.removeItem(atPath: fresh)
        }
        _ = try await recordedRun(output: incremental, runID: "first", at: 1_000)
        let store = try await recordedRun(output: incremental, runID: "rerun", at: 2_000)
        // A fresh output directory has no checkpoint: every project is recomputed.
        let recomputedStore = try await recordedRun(output: fresh, runID: "recomputed", at: 2_000)

        let rerun = try #require(try store.overview(ofRun: "rerun", findingLimit: 1_000))
        let recomputed = try #require(try recomputedStore.overview(ofRun: "recomputed", findingLimit: 1_000))
        #expect(!rerun.projects.isEmpty)
        #expect(rerun.projects.allSatisfy { $0.status == "skipped" && $0.reusedFrom != nil })
        #expect(recomputed.projects.allSatisfy { $0.status == "processed" && $0.reusedFrom == nil })
        #expect(Overview(rerun) == Overview(recomputed))
        #expect(rerun.requirements > 0 && rerun.issues > 0)

        // The rerun's rows are the first run's rows, not copies of them.
        let first = try #require(try store.contents(ofRun: "first"))
        let reread = try #require(try store.contents(ofRun: "rerun"))
        #expect(reread.requirements.map(\.id) == first.requirements.map(\.id))
        let recomputedContents = try #require(try recomputedStore.contents(ofRun: "recomputed"))
        #expect(Contents(reread) == Contents(recomputedContents))

        // What `reqeng merge` copies holds the results themselves.
        let copy = try #require(try store.copy(ofRun: "rerun"))
        let recomputedCopy = try #require(try recomputedStore.copy(ofRun: "recomputed"))
        #expect(copy.projects.allSatisfy { $0.project.reusedFrom == nil })
        #expect(Merged(copy) == Merged(recomputedCopy))
        let merged = try RunStore(path: incremental + "/merged.sqlite")
        try merged.replaceRun(with: copy)
        let mergedContents = try #require(try merged.contents(ofRun: "rerun"))
        #expect(Contents(mergedContents) == Contents(recomputedContents))

        // The run's page.
        let page = try #require(try ReportWriter().build(store: store).pages.first { $0.header.runID == "rerun" })
        let recomputedPage = try #require(
            try ReportWriter().build(store: recomputedStore).pages.first { $0.header.runID == "recomputed" })
        #expect(Page(page) == Page(recomputedPage))
        #expect(page.projects.allSatisfy { $0.skipped })
    }
}

/// An overview without what differs between two runs by nature: ids, run id, status, traces.
private struct Overview: Hashable {
    var projects: [String: [String?]]
    var counts: [String: RunOverview.ProjectCounts]
    var totals: [Int]
    var bins: [Int]
    var breakdowns: [[String: Int]]
    var findings: [[String?]]
    var inputErrors: Set<[String]>

    init(_ overview: RunOverview) {
        var names: [Int64: String] = [:]
        for project in overview.projects { if let id = project.id { names[id] = project.name } }
        projects = Dictionary(uniqueKeysWithValues: overview.projects.map { ($0.name, [$0.title, $0.error]) })
        counts = Dictionary(
            uniqueKeysWithValues: overview.projectCounts.map { (names[$0.key] ?? "?", $0.value) })
        totals = [overview.sessions, overview.requirements, overview.inferred, overview.errorAndWarningFindings]
        bins = overview.requirementConfidenceBins
        breakdowns = [
            overview.requirementsByType, overview.requirementsByCategory, overview.issuesBySeverity,
            overview.issuesByType,
        ]
        findings = overview.listedFindings.map { issue in
            [names[issue.projectId], issue.code, issue.requirementCode, issue.severity, issue.issueType, issue.message]
        }
        inputErrors = Set(overview.inputErrors.map { [$0.project, $0.path, $0.kind, $0.reason] })
    }
}

/// Rows of a run keyed by project name, row ids cleared.
private struct Contents: Hashable {
    var requirements: [String: [RequirementRecord]] = [:]
    var issues: [String: [IssueRecord]] = [:]
    var questions: [String: [QuestionRecord]] = [:]
    var sessions: [String: [SessionRecord]] = [:]

    init(_ contents: RunContents) {
        var names: [Int64: String] = [:]
        for project in contents.projects { if let id = project.id { names[id] = project.name } }
        for var row in contents.requirements {
            let name = names[row.projectId] ?? "?"
            (row.id, row.projectId) = (nil, 0)
            requirements[name, default: []].append(row)
        }
        for var row in contents.issues {
            let name = names[row.projectId] ?? "?"
            (row.id, row.projectId) = (nil, 0)
            issues[name, default: []].append(row)
        }
        for var row in contents.questions {
            let name = names[row.projectId] ?? "?"
            (row.id, row.projectId) = (nil, 0)
            questions[name, default: []].append(row)
        }
        for var row in contents.sessions {
            let name = names[row.projectId] ?? "?"
            (row.id, row.projectId) = (nil, 0)
            sessions[name, default: []].append(row)
        }
    }
}

/// A run's copy for `reqeng merge`, keyed by project name, row ids, run id and status cleared.
private struct Merged: Hashable {
    var projects: [String: ProjectSnapshot] = [:]
    var inputErrors: Set<[String]>

    init(_ copy: RunStore.RunCopy) {
        for var snapshot in copy.projects {
            snapshot.project.id = nil
            snapshot.project.runId = ""
            snapshot.project.status = ""
            snapshot.project.traceId = nil
            snapshot.sessions = snapshot.sessions.map { entry in
                var entry = entry
                (entry.session.id, entry.session.projectId) = (nil, 0)
                entry.turns = entry.turns.map { turn in
                    var turn = turn
                    (turn.id, turn.sessionId) = (nil, 0)
                    return turn
                }
                return entry
            }
            snapshot.requirements = snapshot.requirements.map { row in
                var row = row
                (row.id, row.projectId) = (nil, 0)
                return row
            }
            snapshot.issues = snapshot.issues.map { row in
                var row = row
                (row.id, row.projectId) = (nil, 0)
                return row
            }
            snapshot.questions = snapshot.questions.map { row in
                var row = row
                (row.id, row.projectId) = (nil, 0)
                return row
            }
            projects[snapshot.project.name] = snapshot
        }
        inputErrors = Set(copy.inputErrors.map { [$0.project, $0.path, $0.kind, $0.reason] })
    }
}

/// The parts of a run page a project's results decide.
private struct Page: Hashable {
    var projects: [RunReport.Project]
    var findings: [RunReport.Finding]
    var inputErrors: [RunReport.InputError]
    var confidence: Chart
    var breakdowns: [Chart]

    init(_ report: RunReport) {
        projects = report.projects.map { project in
            var project = project
            project.skipped = false
            (project.traceID, project.traceHref) = (nil, nil)
            return project
        }
        findings = report.findings
        inputErrors = report.inputErrors
        confidence = report.confidenceChart
        breakdowns = report.breakdownCharts
    }
}
