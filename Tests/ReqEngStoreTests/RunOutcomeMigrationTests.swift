import Foundation
import GRDB
import Testing

@testable import ReqEngStore

/// The v5 migration: a run's outcome and first reasons, and each project's trace id.
@Suite("Run outcome and project trace columns")
struct RunOutcomeMigrationTests {
    @Test("a store written before v5 upgrades in place: old rows read back without outcome, new ones keep it")
    func upgradeKeepsOldRows() throws {
        let path = try StoreFixture.temporaryDirectory() + "/reqeng.sqlite"
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v4-run-shard")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (id, tool_version, engine, inputs, config_hash, started_at, ended_at, status, exit_code)
                    VALUES ('old', '0.1.0', 'builtin', '["inputs"]', 'cfg', '2026-01-01 00:00:00.000',
                        '2026-01-01 00:00:05.000', 'finished', 2)
                    """)
            try db.execute(sql: "INSERT INTO projects (run_id, name, title) VALUES ('old', 'clinic', NULL)")
        }
        try queue.close()

        let store = try RunStore(path: path)
        let old = try #require(try store.run(id: "old"))
        #expect(old.exitCode == 2)
        #expect(old.outcome == nil)
        #expect(old.reasons == nil)
        #expect(try store.contents(ofRun: "old")?.projects.first?.traceId == nil)

        try store.insertRun(StoreFixture.run("new", startedAt: 2_000_000_000))
        var snapshot = StoreFixture.snapshot(runId: "new")
        snapshot.project.traceId = "4bf92f3577b34da6a3ce929d0e0e4736"
        try store.record(snapshot)
        try store.finishRun(
            id: "new", endedAt: Date(timeIntervalSince1970: 2_000_000_005), status: "finished", exitCode: 2,
            outcome: "finished with input errors",
            reasons: ["bad.json: malformed JSON at byte 3", "a \"quoted\" / path"])
        let new = try #require(try store.run(id: "new"))
        #expect(new.outcome == "finished with input errors")
        #expect(new.reasons == ["bad.json: malformed JSON at byte 3", "a \"quoted\" / path"])
        #expect(try store.contents(ofRun: "new")?.projects.first?.traceId == "4bf92f3577b34da6a3ce929d0e0e4736")
        #expect(try store.integrityCheck() == ["ok"])
    }
}
