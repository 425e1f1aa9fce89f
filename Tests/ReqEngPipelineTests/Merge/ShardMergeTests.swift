import Foundation
import ReqEngPipeline
import ReqEngStore
import Testing

/// Three shards of a generated corpus, merged, equal one run over the whole corpus: the same RD
/// bytes, the same counters, the same rows in the store; merging again changes nothing.
@Suite(.serialized) struct ShardMergeTests {
    /// Counter families whose values depend only on the inputs, never on timing.
    static let deterministicCounters = [
        "agent_invocations_total", "requirements_extracted_total", "requirements_validation_issues_total",
        "sessions_created_total", "rd_documents_generated_total",
    ]

    @Test func threeShardsMergedEqualOneRunAndMergingAgainChangesNothing() async throws {
        let root = try PipelineFixture.temporaryDirectory("merge")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let corpus = try ShardRunFixture.corpus(projects: 7)
        defer { try? FileManager.default.removeItem(atPath: (corpus as NSString).deletingLastPathComponent) }
        try await ShardRunFixture.run(inputs: corpus, output: root + "/single", shard: nil)
        var shards: [String] = []
        for index in 0..<3 {
            shards.append(root + "/shard-\(index)")
            try await ShardRunFixture.run(
                inputs: corpus, output: shards[index], shard: try Shard(index: index, count: 3))
        }
        let merged = root + "/merged"
        let outcome = try await ShardMerger(templates: PipelineFixture.templates).merge(shards: shards, output: merged)
        #expect(outcome.projects == 7)
        #expect(outcome.runID.hasPrefix("merged-"))

        let reference = ShardRunFixture.files(under: root + "/single/rd")
        #expect(reference.count == 14, "markdown and JSON for seven projects")
        #expect(ShardRunFixture.files(under: merged + "/rd") == reference)

        let single = try ShardRunFixture.metricValues(root + "/single/metrics/metrics.json")
        let combined = try ShardRunFixture.metricValues(merged + "/metrics/metrics.json")
        for family in Self.deterministicCounters {
            #expect(single[family] != nil, "\(family) is exposed")
            #expect(combined[family] == single[family], "\(family)")
        }
        #expect(combined["agent_confidence_score"] == single["agent_confidence_score"])
        #expect(combined["sessions_active"]?.values.allSatisfy { $0 == "0" } == true)

        try expectStoresAgree(single: root + "/single", merged: merged, runID: outcome.runID)
        try expectLinesConcatenated(shards: shards, merged: merged, runID: outcome.runID)
        if let promtool = Self.promtool {
            #expect(try Self.status(promtool, ["check", "metrics"], stdin: merged + "/metrics/metrics.prom") == 0)
        }

        // The store's rows get new ids and the lock file names the process; everything else is compared.
        let compared = { (path: String) in !path.hasPrefix("reqeng.sqlite") && path != ".reqeng.lock" }
        let before = ShardRunFixture.files(under: merged, include: compared)
        let again = try await ShardMerger(templates: PipelineFixture.templates).merge(shards: shards, output: merged)
        #expect(again == outcome)
        #expect(ShardRunFixture.files(under: merged, include: compared) == before)
        let store = try RunStore.existing(inOutputDirectory: merged)
        #expect(try store.runs().map(\.id) == [outcome.runID], "the second merge replaced the first")
    }

    /// Same projects, sessions, turns, requirements, issues, questions and invocations as the single run.
    private func expectStoresAgree(single: String, merged: String, runID: String) throws {
        let singleStore = try RunStore.existing(inOutputDirectory: single)
        let mergedStore = try RunStore.existing(inOutputDirectory: merged)
        let singleRun = try #require(try singleStore.latestRun())
        let expected = try #require(try singleStore.copy(ofRun: singleRun.id))
        let actual = try #require(try mergedStore.copy(ofRun: runID))
        #expect(actual.run.configHash == expected.run.configHash)
        #expect(actual.run.status == "finished")
        #expect(actual.run.exitCode == 0)
        let names = { (copy: RunStore.RunCopy) in copy.projects.map(\.project.name).sorted() }
        #expect(names(actual) == names(expected))
        let content = { (copy: RunStore.RunCopy) -> [String: [String]] in
            var byProject: [String: [String]] = [:]
            for snapshot in copy.projects {
                byProject[snapshot.project.name] =
                    snapshot.requirements.map { "\($0.code) \($0.statement)" }
                    + snapshot.issues.map { "\($0.code) \($0.message)" } + snapshot.questions.map(\.text)
                    + snapshot.sessions.flatMap { $0.turns.map { "\($0.number) \($0.speaker): \($0.text)" } }
            }
            return byProject
        }
        #expect(content(actual) == content(expected))
        let invocations = { (copy: RunStore.RunCopy) in copy.invocations.map { "\($0.project) \($0.agent)" }.sorted() }
        #expect(invocations(actual) == invocations(expected))
        #expect(actual.invocations.allSatisfy { $0.runId == runID })
    }

    /// The merged traces and logs are the shards' lines, in shard order.
    private func expectLinesConcatenated(shards: [String], merged: String, runID: String) throws {
        for (directory, suffix) in [("traces", ".otlp.jsonl"), ("logs", ".jsonl")] {
            var expected = Data()
            for shard in shards {
                let store = try RunStore.existing(inOutputDirectory: shard)
                let id = try #require(try store.latestRun()).id
                expected.append(try Data(contentsOf: URL(fileURLWithPath: "\(shard)/\(directory)/\(id)\(suffix)")))
            }
            #expect(!expected.isEmpty)
            let actual = try Data(contentsOf: URL(fileURLWithPath: "\(merged)/\(directory)/\(runID)\(suffix)"))
            #expect(actual == expected, "\(directory)")
        }
    }

    static let promtool: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/promtool" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func status(_ executable: String, _ arguments: [String], stdin path: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
