import Foundation
import MetricsTestKit
import ReqEngStore
import Testing

@Suite("Optimistic locking of requirements")
struct OptimisticLockTests {
    private func storeWithRequirement(metrics: TestMetrics) throws -> (RunStore, Int64) {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite", metrics: metrics)
        try store.insertRun(StoreFixture.run("r1", startedAt: 1))
        try store.record(StoreFixture.snapshot(runId: "r1", requirements: ["REQ-001"]))
        let id = try #require(try store.contents(ofRun: "r1")?.requirements.first?.id)
        return (store, id)
    }

    @Test("an update naming a stale version writes nothing")
    func staleVersion() throws {
        let (store, id) = try storeWithRequirement(metrics: TestMetrics())
        var record = try #require(try store.requirement(id: id))
        record.title = "first"
        #expect(try store.update(record))
        record.title = "stale"
        #expect(try !store.update(record), "version 1 is gone: the row is at version 2")
        let stored = try #require(try store.requirement(id: id))
        #expect(stored.title == "first")
        #expect(stored.version == 2)
    }

    @Test("a lost race is retried on fresh data and counted per table")
    func retryAfterConflict() throws {
        let metrics = TestMetrics()
        let (store, id) = try storeWithRequirement(metrics: metrics)
        var interfered = false
        let result = try store.modifyRequirement(id: id) { record in
            if !interfered {
                interfered = true
                // Another writer commits between our read and our write.
                try store.modifyRequirement(id: id) { $0.priority = "should" }
            }
            record.confidence = 0.42
        }
        #expect(result.confidence == 0.42)
        #expect(result.priority == "should", "the retry started from the other writer's row")
        #expect(try store.requirement(id: id)?.version == 3)
        #expect(
            metrics.counterTotal(label: "db_optimistic_lock_conflicts_total", dimensions: [("table", "requirements")])
                == 1)
    }

    @Test("a writer that always loses gives up with .conflict after the attempts")
    func givesUp() throws {
        let (store, id) = try storeWithRequirement(metrics: TestMetrics())
        #expect(throws: StoreError.conflict(table: "requirements", id: id, attempts: 2)) {
            try store.modifyRequirement(id: id, maxAttempts: 2) { record in
                try store.modifyRequirement(id: id) { $0.title += "!" }
                record.title = "never"
            }
        }
    }
}
