import Foundation
import ReqEngStore

/// The one run a merge records: every shard's projects, invocations, model calls and input errors
/// under an id derived from the shard run ids, so merging the same shards again replaces it.
enum MergedRun {
    /// `merged-<16 hex>`: a hash of the shard run ids, whatever order the shards were given in.
    static func id(shardRunIDs: [String]) -> String {
        "merged-" + ConfigurationHash.fnv1a64(shardRunIDs.sorted().joined(separator: "\n"))
    }

    /// Checks that the shards belong together (one configuration, no project twice) and combines them.
    ///
    /// The merged run started when the first shard started and ended when the last one ended; it is
    /// `finished` only if every shard finished, and its exit code is the highest of theirs.
    static func combine(_ shards: [ShardSource]) throws(MergeError) -> RunStore.RunCopy {
        guard let first = shards.first else { throw .usage("give at least one shard directory to merge") }
        let hashes = shards.map { MergeError.ShardHash(shard: $0.directory, configHash: $0.run.configHash) }
        guard Set(hashes.map(\.configHash)).count == 1 else { throw .configurationMismatch(hashes) }
        var owner: [String: String] = [:]
        for shard in shards {
            for project in shard.copy.projects {
                if let other = owner[project.project.name] {
                    throw .duplicateProject(name: project.project.name, shards: [other, shard.directory])
                }
                owner[project.project.name] = shard.directory
            }
        }
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
            status: runs.allSatisfy { $0.status == "finished" } ? "finished" : "failed",
            exitCode: exitCodes.count == runs.count ? exitCodes.max() : nil)
        return RunStore.RunCopy(
            run: run, projects: shards.flatMap(\.copy.projects), invocations: shards.flatMap(\.copy.invocations),
            llmCalls: shards.flatMap(\.copy.llmCalls), inputErrors: shards.flatMap(\.copy.inputErrors))
    }
}
