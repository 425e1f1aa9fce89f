import ReqEngBase

/// Why shard outputs could not be merged; every case says what to do about it.
///
/// The executable maps each case to an exit code (DESIGN.md §2) through ``category``.
package enum MergeError: CategorizedError, Sendable, Hashable {
    /// The command line cannot work (no shards, a shard named twice, the output is a shard).
    case usage(String)
    /// A shard directory holds no run store, or a store without any run.
    case noStore(shard: String, reason: String)
    /// A shard directory lacks a file the merge needs (`metrics/metrics.json`).
    case missingFile(shard: String, path: String)
    /// A shard's newest run has not finished: it is still running, or was killed.
    case unfinishedShard(shard: String, runID: String)
    /// The shards were run with different configurations; `(shard, config hash)` in command-line order.
    case configurationMismatch([ShardHash])
    /// The shards do not make up one whole `--shard I/N` split: some slice is missing, given twice,
    /// or the shards disagree on N. `found` lists each shard as `directory (I/N)`.
    case incompleteShards(found: [String], count: Int)
    /// The shards were run over different inputs or with different `SOURCE_DATE_EPOCH` values:
    /// each entry is `directory: inputs …, SOURCE_DATE_EPOCH …`.
    case differentBatches([String])
    /// A project was processed by more than one shard.
    case duplicateProject(name: String, shards: [String])
    /// Two shards wrote the same output file with different bytes.
    case conflictingFile(path: String, shards: [String])
    /// A shard file is not what reqeng writes (unreadable JSON, a histogram with other buckets, …).
    case badShardData(path: String, reason: String)
    /// Another reqeng process holds the output directory.
    case locked(path: String, holder: String)
    /// The templates for the HTML report cannot be used.
    case badTemplates(String)
    /// The output directory or a file in it cannot be written.
    case cannotWrite(path: String, reason: String)
    /// A shard's run store could not be read, or the merged store could not be written.
    case store(String)

    /// A shard directory and the configuration hash of its newest run.
    package struct ShardHash: Sendable, Hashable {
        package var shard: String
        package var configHash: String

        package init(shard: String, configHash: String) {
            self.shard = shard
            self.configHash = configHash
        }
    }

    package var category: ErrorCategory {
        switch self {
        case .usage: .usage
        case .noStore, .missingFile: .noInput
        case .unfinishedShard, .locked: .temporary
        case .configurationMismatch, .differentBatches, .badTemplates: .badConfiguration
        case .duplicateProject, .conflictingFile, .badShardData, .incompleteShards: .badData
        case .cannotWrite: .cannotWrite
        case .store: .internalFailure
        }
    }

    package var description: String {
        switch self {
        case .usage(let message):
            message
        case .noStore(let shard, let reason):
            "shard '\(shard)' has no run to merge: \(reason); give the --output directory of a finished 'reqeng run'"
        case .missingFile(let shard, let path):
            "shard '\(shard)' has no \(path); rerun that shard so that it finishes"
        case .unfinishedShard(let shard, let runID):
            "run \(runID) of shard '\(shard)' has not finished (it is still running, or was killed); "
                + "wait for it, or rerun that shard, then merge again"
        case .configurationMismatch(let hashes):
            "shards were run with different configurations: "
                + hashes.map { "\($0.shard) (config \($0.configHash))" }.joined(separator: ", ")
                + "; rerun them with the same reqeng version and options"
        case .incompleteShards(let found, let count):
            "the shards are not one complete split into \(count): found \(found.joined(separator: ", ")); "
                + "merge every shard 0/\(count) … \(count - 1)/\(count) of one batch, "
                + "or pass --allow-partial to merge these and mark the merged run partial"
        case .differentBatches(let batches):
            "the shards come from different batches (inputs or SOURCE_DATE_EPOCH differ): "
                + batches.joined(separator: "; ")
                + "; rerun the shards over the same inputs with the same SOURCE_DATE_EPOCH"
        case .duplicateProject(let name, let shards):
            "project '\(name)' was processed by more than one shard (\(shards.joined(separator: ", "))); "
                + "shards must come from one '--shard I/N' split of the same inputs"
        case .conflictingFile(let path, let shards):
            "'\(path)' differs between shards \(shards.joined(separator: " and ")); "
                + "shards must come from one '--shard I/N' split of the same inputs"
        case .badShardData(let path, let reason):
            "cannot merge '\(path)': \(reason)"
        case .locked(let path, let holder):
            "the output directory is in use by another reqeng process (\(holder)); lock file \(path). "
                + "Wait for it to finish, or choose another --output."
        case .badTemplates(let message):
            message
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .store(let message):
            message
        }
    }
}
