import Foundation
import ReqEngBase
import ReqEngRender
import ReqEngReport
import ReqEngStore
import ReqEngTelemetry

/// Combines the output directories of `reqeng run --shard I/N` into what one run over all their
/// projects would have written.
///
/// Stages, in order:
/// 1. read each shard's newest run from its store, which must have finished; check that all share
///    one configuration hash and that no project appears twice;
/// 2. copy `rd/` byte for byte (a file two shards wrote must be identical);
/// 3. record one merged run (``MergedRun``) with every row of the shards, replacing an earlier merge
///    of the same shards;
/// 4. merge the metrics (``MetricsMerger``) into `metrics/metrics.prom` and `metrics.json`;
/// 5. concatenate the shards' traces and logs, in shard order, under the merged run id;
/// 6. re-render the HTML reports from the merged store.
///
/// Merging the same shards twice leaves the output as it was.
package struct ShardMerger: Sendable {
    /// Templates of the HTML reports (the built-in set, or `--templates`).
    package var templates: ResourceFiles
    package var reports: ReportWriter

    package init(templates: ResourceFiles = .builtInTemplates, reports: ReportWriter = ReportWriter()) {
        self.templates = templates
        self.reports = reports
    }

    /// What a merge wrote.
    package struct Outcome: Sendable, Hashable {
        package var runID: String
        /// `(shard directory, its run id)` in the order merged.
        package var shardRuns: [ShardRun]
        package var projects: Int
        /// Files in the merged `rd/`.
        package var documents: Int
        package var metricFamilies: Int
        /// Shards whose traces and logs files were found.
        package var traceFiles: Int
        package var logFiles: Int
        /// Report pages written, relative to the output directory.
        package var reportPages: [String]
    }

    /// A shard directory and the run taken from it.
    package struct ShardRun: Sendable, Hashable {
        package var directory: String
        package var runID: String
    }

    /// Merges `shards` (output directories, in the order given) into `output`, holding the output's
    /// lock throughout.
    /// With `allowPartial`, shards that are not a complete split are merged into a run marked `partial`.
    package func merge(
        shards directories: [String], output: String, allowPartial: Bool = false
    ) async throws(MergeError) -> Outcome {
        try Self.validate(shards: directories, output: output)
        let lock: OutputLock
        do {
            lock = try OutputLock(outputDirectory: output)
        } catch {
            if case .locked(let path, let holder) = error { throw .locked(path: path, holder: holder) }
            throw ShardFiles.mapped(error)
        }
        defer { withExtendedLifetime(lock) {} }
        OutputWriter(root: output).removeStaleTemporaryFiles()

        let layout = OutputLayout(root: output)
        var shards: [ShardSource] = []
        for directory in directories { shards.append(try ShardSource(directory: directory)) }
        let merged = try MergedRun.combine(shards, allowPartial: allowPartial)
        let metricsInputs = try shards.map { shard throws(MergeError) in try shard.metricsInput() }
        let previous = RunTelemetry.recordedLastSuccess(inMetricsJSON: ShardFiles.contents(layout.metricsJSONPath))
        // Everything that can reject the shards is checked before the first write.
        let snapshot = try MetricsMerger.merge(metricsInputs, previousLastSuccess: previous)
        let files = ShardFiles(output: output)
        let documents = try files.copyDocuments(from: shards)
        let store = try Self.recordRun(merged, output: output)
        try files.write(Data(PrometheusExposition.text(snapshot).utf8), to: OutputLayout.metricsText)
        try files.write(MetricsSnapshot(snapshot).encoded(), to: OutputLayout.metricsJSON)
        let traces = try files.concatenate(shards.map(\.tracesPath), to: OutputLayout.traces(runID: merged.run.id))
        let logs = try files.concatenate(shards.map(\.logsPath), to: OutputLayout.log(runID: merged.run.id))

        let pages: [String]
        do {
            pages = try await reports.writeReports(store: store, layout: layout, templates: templates).pages
        } catch let error as RenderError {
            throw .badTemplates(error.description)
        } catch let error as WriteError {
            throw .cannotWrite(path: error.path, reason: error.reason)
        } catch {
            throw .store("cannot render the reports from the merged store: \(error)")
        }
        return Outcome(
            runID: merged.run.id, shardRuns: shards.map { ShardRun(directory: $0.directory, runID: $0.run.id) },
            projects: merged.projects.count, documents: documents, metricFamilies: snapshot.count,
            traceFiles: traces, logFiles: logs, reportPages: pages)
    }

    /// At least one shard, none named twice, and the output is none of them.
    static func validate(shards: [String], output: String) throws(MergeError) {
        guard !shards.isEmpty else { throw .usage("give at least one shard directory to merge") }
        let resolved = shards.map(Self.canonical)
        for (index, path) in resolved.enumerated() where resolved[..<index].contains(path) {
            throw .usage("shard directory '\(shards[index])' is given twice")
        }
        if let index = resolved.firstIndex(of: Self.canonical(output)) {
            throw .usage("the output directory '\(output)' is shard '\(shards[index])'; merge into another directory")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Opens (creating) the output's store and writes the merged run into it.
    private static func recordRun(_ merged: RunStore.RunCopy, output: String) throws(MergeError) -> RunStore {
        let path = OutputLayout(root: output).store
        do {
            let store = try RunStore(path: path)
            try store.replaceRun(with: merged)
            return store
        } catch {
            if case .cannotOpen(let path, let reason) = error { throw .cannotWrite(path: path, reason: reason) }
            throw .store("cannot record the merged run in '\(path)': \(error.description)")
        }
    }
}
