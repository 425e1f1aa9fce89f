import Foundation
import ReqEngBase
import ReqEngStore

/// One shard's output directory, as a merge reads it: the newest run of its store, with every row,
/// and where that run's metrics, traces and logs are.
struct ShardSource: Sendable {
    /// The directory as given on the command line (used in messages).
    var directory: String
    var copy: RunStore.RunCopy

    var run: RunRecord { copy.run }
    var layout: OutputLayout { OutputLayout(root: directory) }
    var metricsPath: String { layout.metricsJSONPath }
    var tracesPath: String { layout.tracesPath(runID: run.id) }
    var logsPath: String { layout.logPath(runID: run.id) }
    var documentsDirectory: String { layout.documentsPath }
    /// Whether the run finished with nothing failing (exit code 0).
    var succeeded: Bool { run.status == "finished" && run.exitCode == 0 }

    /// Opens the shard's store and reads its newest run, which must have finished.
    init(directory: String) throws(MergeError) {
        self.directory = directory
        let store: RunStore
        do {
            store = try RunStore.existing(inOutputDirectory: directory)
        } catch {
            if case .missing(let path) = error {
                throw .noStore(shard: directory, reason: "there is no \((path as NSString).lastPathComponent)")
            }
            throw .store("shard '\(directory)': \(error.description)")
        }
        do {
            guard let latest = try store.latestRun() else {
                throw MergeError.noStore(shard: directory, reason: "its run store holds no run")
            }
            guard latest.endedAt != nil else { throw MergeError.unfinishedShard(shard: directory, runID: latest.id) }
            guard let copy = try store.copy(ofRun: latest.id) else {
                throw MergeError.store("shard '\(directory)': run \(latest.id) vanished while being read")
            }
            self.copy = copy
        } catch let error as MergeError {
            throw error
        } catch let error as StoreError {
            throw .store("shard '\(directory)': \(error.description)")
        } catch {
            throw .store("shard '\(directory)': \(error)")
        }
    }

    /// The shard's `metrics/metrics.json`, which every finished run writes.
    func metricsInput() throws(MergeError) -> MetricsMerger.Input {
        guard let data = FileManager.default.contents(atPath: metricsPath) else {
            throw .missingFile(shard: directory, path: OutputLayout.metricsJSON)
        }
        return MetricsMerger.Input(path: metricsPath, data: data, succeeded: succeeded)
    }
}
