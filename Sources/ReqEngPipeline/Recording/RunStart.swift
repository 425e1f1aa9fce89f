import Foundation
import ReqEngBase

/// What is known of a run when it starts, for ``RunRecorder/begin(run:)``.
package struct RunStart: Sendable, Hashable {
    /// e.g. `20261127T044500Z-1a2b3c`.
    package var id: String
    package var startedAt: Date
    package var toolVersion: String
    package var engine: String
    package var model: String?
    package var inputs: [String]
    /// Hash of the options that change outputs (engine, model, formats, limits, templates).
    package var configHash: String
    /// `I/N` of a sharded run; `0/1` for a run over every project.
    package var shard: String?
    /// `SOURCE_DATE_EPOCH` when set.
    package var sourceDateEpoch: Int?

    package init(
        id: String, startedAt: Date, toolVersion: String = ToolVersion.current, engine: String, model: String?,
        inputs: [String], configHash: String, shard: String? = nil, sourceDateEpoch: Int? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.toolVersion = toolVersion
        self.engine = engine
        self.model = model
        self.inputs = inputs
        self.configHash = configHash
        self.shard = shard
        self.sourceDateEpoch = sourceDateEpoch
    }
}
