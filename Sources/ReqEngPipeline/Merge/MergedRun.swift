import Foundation
import ReqEngBase
import ReqEngStore

/// The one run a merge records: every shard's projects, invocations, model calls and input errors
/// under an id derived from the shard run ids, so merging the same shards again replaces it.
enum MergedRun {
    /// `merged-<16 hex>`: a hash of the shard run ids, whatever order the shards were given in.
    static func id(shardRunIDs: [String]) -> String {
        "merged-" + FNV1a.hex64(shardRunIDs.sorted().joined(separator: "\n"))
    }

    /// Checks that the shards belong together (one configuration, one batch, no project twice, every
    /// slice of the split present) and combines them.
    ///
    /// The merged run started when the first shard started and ended when the last one ended; it is
    /// `finished` only if every shard finished, and its exit code is the highest of theirs. With
    /// `allowPartial`, a set missing slices is merged anyway and the run is marked `partial`.
    static func combine(_ shards: [ShardSource], allowPartial: Bool = false) throws(MergeError) -> RunStore.RunCopy {
        guard let first = shards.first else { throw .usage("give at least one shard directory to merge") }
        let hashes = shards.map { MergeError.ShardHash(shard: $0.directory, configHash: $0.run.configHash) }
        guard Set(hashes.map(\.configHash)).count == 1 else { throw .configurationMismatch(hashes) }
        try checkSameBatch(shards)
        var owner: [String: String] = [:]
        for shard in shards {
            for project in shard.copy.projects {
                if let other = owner[project.project.name] {
                    throw .duplicateProject(name: project.project.name, shards: [other, shard.directory])
                }
                owner[project.project.name] = shard.directory
            }
        }
        let complete = try checkComplete(shards, allowPartial: allowPartial)
        let runs = shards.map(\.run)
        let endings = runs.compactMap(\.endedAt)
        let exitCodes = runs.compactMap(\.exitCode)
        var inputs: [String] = []
        for input in runs.flatMap(\.inputs) where !inputs.contains(input) { inputs.append(input) }
        let run = RunRecord(
            id: id(shardRunIDs: runs.map(\.id)), toolVersion: first.run.toolVersion, engine: first.run.engine,
            model: runs.lazy.compactMap(\.model).first, inputs: inputs, configHash: first.run.configHash,
            startedAt: runs.map(\.startedAt).min() ?? first.run.startedAt,
            endedAt: endings.count == runs.count ? endings.max() : nil,
            status: !complete ? "partial" : runs.allSatisfy { $0.status == "finished" } ? "finished" : "failed",
            exitCode: exitCodes.count == runs.count ? exitCodes.max() : nil)
        return RunStore.RunCopy(
            run: run, projects: shards.flatMap(\.copy.projects), invocations: shards.flatMap(\.copy.invocations),
            llmCalls: shards.flatMap(\.copy.llmCalls), inputErrors: shards.flatMap(\.copy.inputErrors))
    }

    /// Same inputs and same `SOURCE_DATE_EPOCH` in every shard.
    private static func checkSameBatch(_ shards: [ShardSource]) throws(MergeError) {
        func batch(_ run: RunRecord) -> String {
            "inputs \(run.inputs.joined(separator: ", ")), SOURCE_DATE_EPOCH "
                + (run.sourceDateEpoch.map(String.init) ?? "unset")
        }
        let batches = shards.map { batch($0.run) }
        guard Set(batches).count > 1 else { return }
        throw .differentBatches(zip(shards, batches).map { "\($0.directory): \($1)" })
    }

    /// Whether the shards are every slice `0/N … N-1/N` exactly once. A run recorded before reqeng
    /// stored its slice counts as unknown, so it never completes a set.
    private static func checkComplete(_ shards: [ShardSource], allowPartial: Bool) throws(MergeError) -> Bool {
        let slices = shards.map { $0.run.shard.flatMap { try? Shard(parsing: $0) } }
        let count = slices.compactMap { $0?.count }.max() ?? shards.count
        let indices = slices.compactMap { $0?.index }
        let complete =
            slices.allSatisfy { $0?.count == count } && indices.count == count && Set(indices) == Set(0..<count)
        guard !complete, !allowPartial else { return complete }
        throw .incompleteShards(
            found: zip(shards, slices).map { "\($0.directory) (\($1?.description ?? "slice unknown"))" }, count: count)
    }
}
