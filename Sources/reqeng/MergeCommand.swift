import ArgumentParser
import Foundation
import ReqEngPipeline

/// `reqeng merge SHARD_DIR… --output DIR`: combine the outputs of `reqeng run --shard I/N` into one.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the output directories of sharded runs into one.",
        discussion: """
            Each SHARD_DIR is the --output of one 'reqeng run --shard I/N'; the newest run in each is \
            merged. Writes into --output what one run over all the projects would have written: \
            rd/ (files copied byte for byte), reqeng.sqlite (one merged run holding every project), \
            metrics/metrics.prom and metrics.json (counters and histograms summed), \
            traces/<run-id>.otlp.jsonl and logs/<run-id>.jsonl (the shards' lines, in the order \
            given) and the HTML reports. Merging the same shards again changes nothing.

            The shards must be every slice 0/N … N-1/N of one batch (same inputs, same \
            SOURCE_DATE_EPOCH); --allow-partial merges an incomplete set and marks the merged run partial.

            Exit codes: 0 merged; 64 usage; 65 the shards overlap (a project or an RD file in two \
            shards), miss a slice, or hold data reqeng did not write; 66 a shard has no run store or no metrics; \
            70 internal error; 73 cannot write output; 75 a shard's run has not finished, or the \
            output is in use; 78 the shards were run with different configurations, inputs or \
            SOURCE_DATE_EPOCH.
            """
    )

    @Argument(help: "Output directories of the shard runs.")
    var shards: [String] = []

    @Option(name: .shortAndLong, help: "Directory to write the merged output to (created if missing).")
    var output: String

    @OptionGroup var templates: TemplateOption

    @Flag(help: "Merge shards that are not a complete I/N split; the merged run is marked partial.")
    var allowPartial = false

    func validate() throws {
        guard !shards.isEmpty else { throw ValidationError("give the output directories of the shard runs to merge") }
    }

    func run() async throws {
        let outcome = try await ShardMerger(templates: try templates.load()).merge(
            shards: shards, output: output, allowPartial: allowPartial)
        Terminal.say(
            "reqeng: merged \(outcome.shardRuns.count) shard(s), \(outcome.projects) project(s), "
                + "\(outcome.documents) RD file(s) → \(output) (run \(outcome.runID))")
    }
}
