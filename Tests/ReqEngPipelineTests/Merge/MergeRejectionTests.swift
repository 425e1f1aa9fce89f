import Foundation
import ReqEngPipeline
import ReqEngStore
import Testing

/// Shards that do not belong together are refused with a message naming them, before anything is
/// written; shards that do are merged whatever order they are given in.
@Suite struct MergeRejectionTests {
    private func withShards(
        _ body: (String) async throws -> Void
    ) async throws {
        let root = try PipelineFixture.temporaryDirectory("merge-reject")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try await body(root)
    }

    private func merge(_ shards: [String], into output: String) async throws(MergeError) -> ShardMerger.Outcome {
        try await ShardMerger(templates: PipelineFixture.templates).merge(shards: shards, output: output)
    }

    @Test func shardsOfDifferentConfigurationsAreRefusedNamingShardsAndHashes() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", configHash: "1111", projects: ["alpha"])
            try ShardRunFixture.synthetic(root + "/b", runID: "run-b", configHash: "2222", projects: ["beta"])
            let error = await #expect(throws: MergeError.self) {
                try await merge([root + "/a", root + "/b"], into: root + "/out")
            }
            #expect(
                error
                    == .configurationMismatch([
                        .init(shard: root + "/a", configHash: "1111"), .init(shard: root + "/b", configHash: "2222"),
                    ]))
            #expect(error?.category == .badConfiguration)
            #expect(error?.description.contains("\(root)/b (config 2222)") == true)
            #expect(!FileManager.default.fileExists(atPath: root + "/out/rd"), "nothing written")
        }
    }

    @Test func aProjectInTwoShardsIsRefused() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha", "gamma"])
            try ShardRunFixture.synthetic(root + "/b", runID: "run-b", projects: ["beta", "gamma"])
            let error = await #expect(throws: MergeError.self) {
                try await merge([root + "/a", root + "/b"], into: root + "/out")
            }
            #expect(error == .duplicateProject(name: "gamma", shards: [root + "/a", root + "/b"]))
            #expect(error?.category == .badData)
        }
    }

    @Test func anRDFileTwoShardsWroteDifferentlyIsRefused() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha"], shard: "0/2")
            try ShardRunFixture.synthetic(root + "/b", runID: "run-b", projects: ["beta"], shard: "1/2")
            try Data("stale\n".utf8).write(to: URL(fileURLWithPath: root + "/b/rd/alpha.md"))
            let error = await #expect(throws: MergeError.self) {
                try await merge([root + "/a", root + "/b"], into: root + "/out")
            }
            #expect(error == .conflictingFile(path: "rd/alpha.md", shards: [root + "/a", root + "/b"]))
        }
    }

    @Test func aDirectoryWithoutStoreOrWithAnUnfinishedRunIsRefused() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha"])
            try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
            let missing = await #expect(throws: MergeError.self) {
                try await merge([root + "/a", root + "/empty"], into: root + "/out")
            }
            #expect(missing?.category == .noInput)
            #expect(missing?.description.contains("empty") == true)

            try ShardRunFixture.synthetic(root + "/running", runID: "run-r", projects: ["beta"], finished: false)
            let running = await #expect(throws: MergeError.self) {
                try await merge([root + "/a", root + "/running"], into: root + "/out")
            }
            #expect(running == .unfinishedShard(shard: root + "/running", runID: "run-r"))
            #expect(running?.category == .temporary)
        }
    }

    @Test(arguments: [["a", "a"], ["a", "out"], []])
    func unusableCommandLinesAreUsageErrors(names: [String]) async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha"])
            let error = await #expect(throws: MergeError.self) {
                try await merge(names.map { root + "/" + $0 }, into: root + "/out")
            }
            #expect(error?.category == .usage)
        }
    }

    @Test func shardOrderChangesNeitherTheRunIdNorTheDocuments() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha"], shard: "0/2")
            try ShardRunFixture.synthetic(root + "/b", runID: "run-b", projects: ["beta", "delta"], shard: "1/2")
            let forward = try await merge([root + "/a", root + "/b"], into: root + "/one")
            let backward = try await merge([root + "/b", root + "/a"], into: root + "/two")
            #expect(forward.runID == backward.runID)
            #expect(forward.projects == 3)
            #expect(ShardRunFixture.files(under: root + "/one/rd") == ShardRunFixture.files(under: root + "/two/rd"))
            #expect(
                ShardRunFixture.files(under: root + "/one/rd").keys.sorted() == ["alpha.md", "beta.md", "delta.md"])
            let counts = try ShardRunFixture.metricValues(root + "/one/metrics/metrics.json")
            #expect(counts["agent_invocations_total"]?["agent_name=extraction,status=success"] == "3")
        }
    }

    @Test("An incomplete set of shards is refused (65), or merged as a partial run with --allow-partial")
    func incompleteSetRefusedUnlessAllowed() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha"], shard: "0/2")
            let error = await #expect(throws: MergeError.self) {
                try await merge([root + "/a"], into: root + "/out")
            }
            #expect(error?.category == .badData)
            #expect(error?.description.contains("0/2") == true)
            #expect(error?.description.contains("--allow-partial") == true)
            #expect(!FileManager.default.fileExists(atPath: root + "/out/rd"), "nothing written")

            let outcome = try await ShardMerger(templates: PipelineFixture.templates).merge(
                shards: [root + "/a"], output: root + "/partial", allowPartial: true)
            let store = try RunStore.existing(inOutputDirectory: root + "/partial")
            #expect(try store.run(id: outcome.runID)?.status == "partial")
        }
    }

    @Test(
        "The same slice twice, or slices of different splits, are not a complete set",
        arguments: [["0/2", "0/2"], ["0/2", "1/3"], ["0/1", "0/1"]])
    func slicesThatDoNotAddUp(slices: [String]) async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(root + "/a", runID: "run-a", projects: ["alpha"], shard: slices[0])
            try ShardRunFixture.synthetic(root + "/b", runID: "run-b", projects: ["beta"], shard: slices[1])
            let error = await #expect(throws: MergeError.self) {
                try await merge([root + "/a", root + "/b"], into: root + "/out")
            }
            #expect(error?.category == .badData, "\(String(describing: error))")
        }
    }

    @Test("Shards over different inputs or SOURCE_DATE_EPOCH values are refused (78)")
    func differentBatchesRefused() async throws {
        try await withShards { root in
            try ShardRunFixture.synthetic(
                root + "/a", runID: "run-a", projects: ["alpha"], shard: "0/2", sourceDateEpoch: 1_767_225_600)
            try ShardRunFixture.synthetic(
                root + "/b", runID: "run-b", projects: ["beta"], shard: "1/2", sourceDateEpoch: 1_767_312_000)
            try ShardRunFixture.synthetic(
                root + "/c", runID: "run-c", projects: ["beta"], shard: "1/2", inputs: ["other-inputs"],
                sourceDateEpoch: 1_767_225_600)
            for second in ["b", "c"] {
                let error = await #expect(throws: MergeError.self) {
                    try await merge([root + "/a", root + "/" + second], into: root + "/out")
                }
                #expect(error?.category == .badConfiguration)
                #expect(error?.description.contains("different batches") == true)
            }
        }
    }
}
