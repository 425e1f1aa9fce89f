import Foundation
import GRDB

/// Metric totals carried from run to run (table `metric_totals`).
///
/// The store keeps the document as given and never reads it: what it means belongs to the telemetry.
extension RunStore {
    /// Keeps the totals `run` ended with; recording them again for the same run replaces them.
    package func saveMetricTotals(run runID: String, snapshot: Data) throws(StoreError) {
        try write("metric_totals") { db in
            try instruments.timed(.insert, "metric_totals") {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO metric_totals (run_id, snapshot) VALUES (?, ?)",
                    arguments: [runID, String(decoding: snapshot, as: UTF8.self)])
            }
        }
    }

    /// The totals of the latest run that recorded some (by start time), or nil when none did: a fresh
    /// output directory, or one whose runs all died before their end.
    package func latestMetricTotals() throws(StoreError) -> Data? {
        try read("metric_totals") { db in
            try instruments.timed(.select, "metric_totals") {
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT metric_totals.snapshot FROM metric_totals JOIN runs ON runs.id = metric_totals.run_id
                        ORDER BY runs.started_at DESC, runs.id DESC LIMIT 1
                        """
                ).map { Data($0.utf8) }
            }
        }
    }
}
