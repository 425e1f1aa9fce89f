import Foundation
import GRDB

/// One batch run: when, with what, over which inputs. Times are UTC.
package struct RunRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "runs"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// The run id, e.g. `20261127T044500Z-1a2b3c`.
    package var id: String
    package var toolVersion: String
    package var engine: String
    package var model: String?
    /// Input paths as given on the command line (stored as a JSON array).
    package var inputs: [String]
    package var configHash: String
    package var startedAt: Date
    /// `nil` while the run is in progress (or when it died before finishing).
    package var endedAt: Date?
    /// `running`, `finished`, `failed`, `interrupted` (stopped by a signal, or found dead by the
    /// next run) or `partial` (a merge of an incomplete set of shards).
    package var status: String
    package var exitCode: Int?
    /// Why the run ended as it did, in words (`finished with input errors`, `failed: no input`);
    /// `nil` while running and for runs recorded before reqeng stored it.
    package var outcome: String?
    /// The first reasons behind ``outcome`` (failed files with what was wrong, or the error that
    /// stopped the run), stored as a JSON array; `nil` when none were recorded.
    package var reasons: [String]?
    /// `I/N` of a sharded run (`0/1` for a run over everything); `nil` for runs recorded before
    /// reqeng stored it, and for merged runs.
    package var shard: String?
    /// `SOURCE_DATE_EPOCH` of the run, when it was set.
    package var sourceDateEpoch: Int?

    package init(
        id: String, toolVersion: String, engine: String, model: String?, inputs: [String], configHash: String,
        startedAt: Date, endedAt: Date? = nil, status: String = "running", exitCode: Int? = nil, shard: String? = nil,
        sourceDateEpoch: Int? = nil, outcome: String? = nil, reasons: [String]? = nil
    ) {
        self.id = id
        self.toolVersion = toolVersion
        self.engine = engine
        self.model = model
        self.inputs = inputs
        self.configHash = configHash
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
        self.exitCode = exitCode
        self.shard = shard
        self.sourceDateEpoch = sourceDateEpoch
        self.outcome = outcome
        self.reasons = reasons
    }
}
