import Foundation
import MetricsTestKit
import Testing

@testable import ReqEngStore

@Suite("Run store")
struct RunStoreTests {
    @Test("a new store runs in WAL with synchronous=FULL and foreign keys on, and passes integrity_check")
    func pragmas() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        #expect(try store.pragma("journal_mode") == "wal")
        #expect(try store.pragma("synchronous") == "2")
        // The writer is the connection that commits: it must be FULL too.
        #expect(try store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
        #expect(try store.pragma("foreign_keys") == "1")
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("a run and its project round-trip, and re-recording a project replaces its children")
    func recordAndRead() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        try store.insertRun(StoreFixture.run("r1", startedAt: 1_000))
        try store.record(StoreFixture.snapshot(runId: "r1"))
        try store.record(StoreFixture.snapshot(runId: "r1", requirements: ["REQ-001", "REQ-003"]))
        try store.append(invocations: [
            AgentInvocationRecord(
                runId: "r1", project: "clinic", agent: "extraction", status: "success", startedAtUnixNano: 5,
                durationNanoseconds: 7, confidence: 0.9, requirementsAdded: 2, errorMessage: nil)
        ])
        try store.append(inputErrors: [
            InputErrorRecord(runId: "r1", project: "clinic", path: "bad.json", kind: "malformed_json", reason: "x")
        ])
        try store.finishRun(id: "r1", endedAt: Date(timeIntervalSince1970: 1_010), status: "finished", exitCode: 0)

        let contents = try #require(try store.contents(ofRun: "r1"))
        #expect(contents.projects.map(\.name) == ["clinic"])
        #expect(contents.sessions.count == 1)
        #expect(contents.requirements.map(\.code) == ["REQ-001", "REQ-003"])
        #expect(contents.requirements.first?.version == 2, "REQ-001 was rewritten once with compare-and-swap")
        #expect(contents.requirements.first?.acceptanceCriteria == ["works"])
        #expect(contents.issues.count == 1)
        #expect(contents.questions.count == 1)
        #expect(contents.invocations.map(\.agent) == ["extraction"])
        #expect(contents.inputErrors.map(\.path) == ["bad.json"])
        #expect(contents.run.endedAt == Date(timeIntervalSince1970: 1_010))
        #expect(contents.run.inputs == ["inputs"])
        let session = try #require(contents.sessions.first?.id)
        #expect(try store.turns(ofSession: session).map(\.number) == [1, 2])
        #expect(try store.contents(ofRun: "nope") == nil)
    }

    @Test("a project is recorded with its executions and input errors in one transaction, or not at all")
    func recordWholeProject() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        try store.insertRun(StoreFixture.run("r1", startedAt: 1_000))
        let invocation = AgentInvocationRecord(
            runId: "r1", project: "clinic", agent: "extraction", status: "success", startedAtUnixNano: 5,
            durationNanoseconds: 7, confidence: 0.9, requirementsAdded: 2, errorMessage: nil)
        let inputError = InputErrorRecord(
            runId: "r1", project: "clinic", path: "bad.json", kind: "malformed_json", reason: "x")
        try store.record(StoreFixture.snapshot(runId: "r1"), invocations: [invocation], inputErrors: [inputError])
        let contents = try #require(try store.contents(ofRun: "r1"))
        #expect(contents.projects.map(\.name) == ["clinic"])
        #expect(contents.requirements.map(\.code) == ["REQ-001", "REQ-002"])
        #expect(contents.invocations.map(\.agent) == ["extraction"])
        #expect(contents.inputErrors.map(\.path) == ["bad.json"])

        // An execution the store refuses (its run does not exist) takes the project's rows with it.
        try store.insertRun(StoreFixture.run("r2", startedAt: 2_000))
        var orphan = invocation
        orphan.runId = "no-such-run"
        #expect(throws: StoreError.self) {
            try store.record(StoreFixture.snapshot(runId: "r2"), invocations: [orphan], inputErrors: [])
        }
        #expect(try store.contents(ofRun: "r2")?.projects.isEmpty == true)
    }

    @Test("runs are listed newest first and earlier costs are summed per run")
    func history() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        try store.insertRun(StoreFixture.run("a", startedAt: 100))
        try store.insertRun(StoreFixture.run("b", startedAt: 200))
        try store.insertRun(StoreFixture.run("c", startedAt: 300))
        let call = LLMCallRecord(
            runId: "a", project: nil, agent: "extraction", model: "m", inputTokens: 10, outputTokens: 5,
            costUsd: 0.25, latencySeconds: 1, status: "success", startedAtUnixNano: 0)
        var second = call
        second.costUsd = 0.5
        try store.append(llmCalls: [call, second])
        #expect(try store.runs().map(\.id) == ["c", "b", "a"])
        #expect(try store.runs(limit: 2).map(\.id) == ["c", "b"])
        #expect(try store.runCosts(before: Date(timeIntervalSince1970: 300)) == [0.75, 0])
    }

    @Test("finishing an unknown run is an error naming it")
    func finishUnknown() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        #expect(throws: StoreError.notFound(table: "runs", key: "ghost")) {
            try store.finishRun(id: "ghost", endedAt: Date(), status: "finished", exitCode: 0)
        }
    }

    @Test("a project of an unknown run violates the foreign key")
    func foreignKeys() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        #expect(throws: StoreError.self) { try store.record(StoreFixture.snapshot(runId: "missing")) }
    }

    @Test("opening an output directory without a store fails with .missing")
    func missingStore() throws {
        let directory = try StoreFixture.temporaryDirectory()
        #expect(throws: StoreError.missing(path: directory + "/reqeng.sqlite")) {
            try RunStore.existing(inOutputDirectory: directory)
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/reqeng.sqlite"))
    }

    @Test("checkpoints are found by project, input hash and config hash; the latest step wins")
    func checkpoints() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        for (step, node) in ["ingest", "extraction"].enumerated() {
            try store.save(
                checkpoint: CheckpointRecord(
                    runId: nil, project: "clinic", node: node, step: step + 1, state: Data("{\"n\":\(step)}".utf8),
                    inputHash: "in", configHash: "cfg", createdAt: Date(timeIntervalSince1970: 0)))
        }
        let latest = try store.latestCheckpoint(project: "clinic", inputHash: "in", configHash: "cfg")
        #expect(latest?.node == "extraction")
        #expect(latest?.state == Data("{\"n\":1}".utf8))
        #expect(try store.latestCheckpoint(project: "clinic", inputHash: "in", configHash: "other") == nil)
    }

    @Test("checkpoints commit without a disk sync; every other write keeps synchronous=FULL")
    func checkpointSync() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        func writerSynchronous() throws -> Int? {
            try store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        }
        #expect(try writerSynchronous() == 2)
        let id = try store.writeUnsynced("checkpoints") { db in
            try #require(try Int.fetchOne(db, sql: "PRAGMA synchronous") == 1)
            return 7
        }
        #expect(id == 7)
        try store.save(
            checkpoint: CheckpointRecord(
                runId: nil, project: "clinic", node: "ingest", step: 1, state: Data("{}".utf8), inputHash: "in",
                configHash: "cfg", createdAt: Date(timeIntervalSince1970: 0)))
        #expect(try writerSynchronous() == 2)
        #expect(try store.latestCheckpoint(project: "clinic", inputHash: "in", configHash: "cfg")?.node == "ingest")
    }

    @Test("a finished project keeps only its latest checkpoint for its inputs")
    func keepOnlyLatest() throws {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        func save(_ project: String, _ node: String, step: Int, input: String) throws {
            try store.save(
                checkpoint: CheckpointRecord(
                    runId: nil, project: project, node: node, step: step, state: Data(node.utf8), inputHash: input,
                    configHash: "cfg", createdAt: Date(timeIntervalSince1970: 0)))
        }
        try save("clinic", "render", step: 9, input: "old")
        for (step, node) in ["ingest", "extraction", "render"].enumerated() {
            try save("clinic", node, step: step + 1, input: "new")
        }
        try save("kiosk", "ingest", step: 1, input: "new")
        try store.keepOnlyLatestCheckpoint(project: "clinic", inputHash: "new", configHash: "cfg")
        let latest = try store.latestCheckpoint(project: "clinic", inputHash: "new", configHash: "cfg")
        #expect(latest?.node == "render")
        #expect(latest?.state == Data("render".utf8))
        #expect(try store.latestCheckpoint(project: "clinic", inputHash: "old", configHash: "cfg") == nil)
        #expect(try store.latestCheckpoint(project: "kiosk", inputHash: "new", configHash: "cfg")?.node == "ingest")
        try store.keepOnlyLatestCheckpoint(project: "clinic", inputHash: "new", configHash: "cfg")
        #expect(try store.latestCheckpoint(project: "clinic", inputHash: "new", configHash: "cfg")?.step == 3)
    }

    @Test("queries are timed by operation and table, and the pool size is reported")
    func metrics() throws {
        let metrics = TestMetrics()
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite", metrics: metrics)
        try store.insertRun(StoreFixture.run("r1", startedAt: 1))
        _ = try store.runs()
        #expect(
            !metrics.timers(
                label: "db_query_duration_seconds",
                dimensions: [("operation", "migrate"), ("table", "grdb_migrations")]
            ).isEmpty)
        #expect(
            try metrics.expectTimer("db_query_duration_seconds", [("operation", "insert"), ("table", "runs")]).values
                .count == 1)
        #expect(
            try metrics.expectTimer("db_query_duration_seconds", [("operation", "select"), ("table", "runs")]).values
                .count == 1)
        #expect(try metrics.expectGauge("db_connection_pool_size").lastValue == Double(RunStore.maximumReaderCount + 1))
    }
}
