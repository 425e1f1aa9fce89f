import ReqEngPipeline
import Testing

@Suite struct ShardTests {
    /// Project names of many shapes, generated deterministically.
    static let projects: [String] = (0..<2_000).map { number in
        let stems = ["clinic", "warehouse", "kiosk", "team a/sub", "ünïcode", "x"]
        return "\(stems[number % stems.count])-\(number * 7919 % 10_007)"
    }

    @Test(arguments: [1, 2, 3, 7, 16])
    func slicesAreDisjointAndCoverEveryProject(count: Int) throws {
        var owners: [String: [Int]] = [:]
        for index in 0..<count {
            let shard = try Shard(index: index, count: count)
            for project in Self.projects where shard.contains(project: project) {
                owners[project, default: []].append(index)
            }
        }
        #expect(owners.count == Self.projects.count, "every project is in some shard")
        #expect(owners.values.allSatisfy { $0.count == 1 }, "no project is in two shards")
        if count > 1 {
            let sizes = (0..<count).map { index in owners.values.filter { $0 == [index] }.count }
            let expected = Self.projects.count / count
            #expect(sizes.allSatisfy { abs($0 - expected) < expected / 2 }, "slices are roughly even: \(sizes)")
        }
    }

    @Test(arguments: ["0/1", "2/4", "15/16"])
    func parsesValidShards(text: String) throws {
        #expect(try Shard(parsing: text).description == text)
    }

    @Test(arguments: ["4/4", "-1/3", "1/0", "a/b", "3", "1/2/3"])
    func rejectsInvalidShards(text: String) {
        #expect(throws: ShardError.self) { try Shard(parsing: text) }
    }

    @Test func schedulerVariablesGiveTheShard() throws {
        #expect(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "2"], shards: 5) == Shard(index: 2, count: 5))
        #expect(
            try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "4"], shards: nil)
                == Shard(index: 3, count: 4))
        #expect(
            try Shard.fromEnvironment(
                ["SLURM_ARRAY_TASK_ID": "11", "SLURM_ARRAY_TASK_MIN": "10", "SLURM_ARRAY_TASK_COUNT": "3"], shards: nil)
                == Shard(index: 1, count: 3))
        #expect(try Shard.fromEnvironment(["HOME": "/root"], shards: nil) == nil)
        #expect(throws: ShardError.self) { try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "1"], shards: nil) }
    }
}
