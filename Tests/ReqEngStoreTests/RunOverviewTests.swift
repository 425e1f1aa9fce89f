import Foundation
import Testing

@testable import ReqEngStore

/// The report's aggregates come from SQL; they must say what counting the loaded rows says.
@Suite("Run overview")
struct RunOverviewTests {
    /// Three projects with requirements on bin edges, with and without categories, inferred or not,
    /// and findings of every severity; plus a second run that must not leak in.
    private func store() throws -> RunStore {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        try store.insertRun(StoreFixture.run("r1", startedAt: 1_000))
        try store.insertRun(StoreFixture.run("r0", startedAt: 500))
        let confidences = [0.0, 0.1, 0.29, 0.3, 0.7, 0.99, 1.0, 0.55]
        let types = ["functional", "non_functional", "constraint"]
        let severities = ["error", "warning", "info", "warning", "error"]
        for (index, name) in ["clinic", "kiosk", "depot"].enumerated() {
            var snapshot = StoreFixture.snapshot(runId: "r1", project: name)
            snapshot.requirements = (0..<(5 + index * 3)).map { number in
                var record = StoreFixture.requirement(
                    "REQ-\(number)", confidence: confidences[(number + index) % confidences.count])
                record.type = types[number % types.count]
                record.category = number % 2 == 0 ? nil : ["performance", "security"][number % 4 / 2]
                record.inferred = number % 3 == 0
                return record
            }
            snapshot.issues = (0..<(4 + index * 20)).map { number in
                IssueRecord(
                    projectId: 0, code: "ISS-\(number)", requirementCode: "REQ-1",
                    severity: severities[number % severities.count], issueType: ["vague", "duplicate"][number % 2],
                    rule: "R", message: "m\(number)", suggestion: "s")
            }
            if index == 2 { snapshot.sessions.append(snapshot.sessions[0]) }
            try store.record(snapshot)
        }
        try store.record(StoreFixture.snapshot(runId: "r0", project: "old"))
        return store
    }

    @Test("counts, bins and breakdowns equal those of the loaded rows")
    func aggregatesMatchRows() throws {
        let store = try store()
        let contents = try #require(try store.contents(ofRun: "r1"))
        let overview = try #require(try store.overview(ofRun: "r1", findingLimit: 10))
        #expect(overview.projects == contents.projects)
        #expect(overview.sessions == contents.sessions.count)
        #expect(overview.requirements == contents.requirements.count)
        #expect(overview.inferred == contents.requirements.filter(\.inferred).count)
        var bins = Array(repeating: 0, count: 10)
        for requirement in contents.requirements { bins[min(max(Int(requirement.confidence * 10), 0), 9)] += 1 }
        #expect(overview.requirementConfidenceBins == bins)
        #expect(overview.requirementsByType == tally(contents.requirements.map(\.type)))
        #expect(overview.requirementsByCategory == tally(contents.requirements.map { $0.category ?? "none" }))
        #expect(overview.issuesBySeverity == tally(contents.issues.map(\.severity)))
        #expect(overview.issuesByType == tally(contents.issues.map(\.issueType)))
        #expect(overview.issues == contents.issues.count)
        for project in contents.projects {
            let id = try #require(project.id)
            let counts = overview.projectCounts[id] ?? .init()
            #expect(counts.sessions == contents.sessions.filter { $0.projectId == id }.count)
            #expect(counts.requirements == contents.requirements.filter { $0.projectId == id }.count)
            #expect(counts.inferred == contents.requirements.filter { $0.projectId == id && $0.inferred }.count)
            #expect(counts.findings == contents.issues.filter { $0.projectId == id }.count)
        }
        let listable = ["error", "warning"].flatMap { severity in contents.issues.filter { $0.severity == severity } }
        #expect(overview.errorAndWarningFindings == listable.count)
        #expect(overview.listedFindings == Array(listable.prefix(10)))
        #expect(overview.invocations == contents.invocations)
        #expect(overview.llmCalls == contents.llmCalls)
        #expect(overview.inputErrors == contents.inputErrors)
    }

    @Test("an unknown run has no overview")
    func unknownRun() throws {
        #expect(try store().overview(ofRun: "nope", findingLimit: 10) == nil)
    }

    private func tally(_ values: [String]) -> [String: Int] {
        values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
