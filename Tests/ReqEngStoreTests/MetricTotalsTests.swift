import Foundation
import ReqEngStore
import Testing

/// The store keeps each run's metric totals and hands back those of the latest run that has some.
@Suite struct MetricTotalsTests {
    @Test func theLatestRunWithTotalsWins() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try RunStore(path: directory + "/reqeng.sqlite")
        #expect(try store.latestMetricTotals() == nil)
        try store.insertRun(StoreFixture.run("r1", startedAt: 100))
        try store.insertRun(StoreFixture.run("r2", startedAt: 200))
        try store.insertRun(StoreFixture.run("r3", startedAt: 300))
        try store.saveMetricTotals(run: "r2", snapshot: Data("two".utf8))
        try store.saveMetricTotals(run: "r1", snapshot: Data("one".utf8))
        // r3 died before its end: it kept nothing, so the next run continues from r2.
        #expect(try store.latestMetricTotals() == Data("two".utf8))
        try store.saveMetricTotals(run: "r2", snapshot: Data("two, again".utf8))
        #expect(try store.latestMetricTotals() == Data("two, again".utf8))
    }
}
