import ReqEngBase

/// A deterministic slice of the projects (`--shard I/N`): project `p` belongs to shard
/// `fnv1a64(p) mod N`, so slices are disjoint, cover everything, and do not depend on which other
/// projects exist or on the order they were found in.
package struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Zero-based index of this slice.
    package var index: Int
    package var count: Int

    package init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw .invalid("the shard count must be at least 1") }
        guard (0..<count).contains(index) else { throw .invalid("shard index \(index) is not in 0..<\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with `I` in `0..<N`.
    package init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw .invalid("'\(text)' is not a shard; write I/N, e.g. 0/4 for the first of four")
        }
        try self.init(index: index, count: count)
    }

    /// The shard the scheduler assigned, from `JOB_COMPLETION_INDEX` (Kubernetes Indexed Jobs, with
    /// `count` from `--shards`) or `SLURM_ARRAY_TASK_ID` / `SLURM_ARRAY_TASK_COUNT` (Slurm arrays,
    /// whose task ids start at `SLURM_ARRAY_TASK_MIN`, 0 when unset); `nil` when neither is set.
    package static func fromEnvironment(_ environment: [String: String], shards: Int?) throws(ShardError) -> Shard? {
        if let text = environment["JOB_COMPLETION_INDEX"] {
            guard let index = Int(text) else { throw .invalid("JOB_COMPLETION_INDEX='\(text)' is not a number") }
            guard let shards else {
                throw .invalid("JOB_COMPLETION_INDEX is set; give the Job's completions as --shards N")
            }
            return try Shard(index: index, count: shards)
        }
        if let text = environment["SLURM_ARRAY_TASK_ID"] {
            guard let task = Int(text) else { throw .invalid("SLURM_ARRAY_TASK_ID='\(text)' is not a number") }
            let minimum = environment["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? 0
            guard let count = shards ?? environment["SLURM_ARRAY_TASK_COUNT"].flatMap({ Int($0) }) else {
                throw .invalid("SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; give --shards N")
            }
            return try Shard(index: task - minimum, count: count)
        }
        return nil
    }

    /// Whether the project named `project` (its path relative to the input directory) is in this slice.
    package func contains(project: String) -> Bool {
        Int(FNV1a.hash64(project) % UInt64(count)) == index
    }

    package var description: String { "\(index)/\(count)" }

    /// The whole batch, `0/1`: what an unsharded run is.
    package static var whole: Shard { Shard(unchecked: 0, count: 1) }

    private init(unchecked index: Int, count: Int) {
        self.index = index
        self.count = count
    }
}

/// A `--shard` value or scheduler variable that cannot be used.
package enum ShardError: CategorizedError, Sendable, Hashable {
    case invalid(String)

    package var category: ErrorCategory { .usage }

    package var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}
