import Foundation
import Metrics
import ReqEngAgents
import ReqEngBase
import ReqEngModel
import ReqEngStore

/// Records a batch run into the run store as it goes: ``begin(run:)`` once, ``record(run:project:document:transcripts:executions:failures:error:)``
/// after each project, ``finish(run:endedAt:status:exitCode:)`` at the end. Each call is one transaction
/// (a project with its executions and input errors), so a killed run leaves every finished project
/// in the store, whole.
package struct RunRecorder: Sendable {
    package let store: RunStore

    package init(store: RunStore) {
        self.store = store
    }

    /// Opens (creating) `<outputDirectory>/reqeng.sqlite`, creating the directory if needed.
    package static func open(
        outputDirectory: String, metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) throws -> RunRecorder {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let path = OutputLayout(root: outputDirectory).store
        return RunRecorder(store: try RunStore(path: path, metrics: metrics))
    }

    /// Records the start of a run. The caller holds the output directory's lock, so any run still
    /// marked `running` is one whose process died (killed, crashed, disk full): it is marked
    /// `interrupted` first, so the history stops showing it as in progress.
    package func begin(run: RunStart) throws(StoreError) {
        try store.markRunningRunsInterrupted()
        try store.insertRun(
            RunRecord(
                id: run.id, toolVersion: run.toolVersion, engine: run.engine, model: run.model, inputs: run.inputs,
                configHash: run.configHash, startedAt: run.startedAt, shard: run.shard,
                sourceDateEpoch: run.sourceDateEpoch))
    }

    /// Records one finished (or failed) project: its document when one was made, the parsed transcripts,
    /// the graph's node executions, the files that could not be used and the trace of its spans. Recording a project again in
    /// the same run replaces it.
    package func record(
        run runID: String, project: String, document: RequirementsDocument?, transcripts: [Transcript],
        executions: [AgentExecution], failures: [InputFailure], error: String? = nil, skipped: Bool = false,
        traceID: String? = nil
    ) throws(StoreError) {
        try store.record(
            StoreMapping.snapshot(
                runID: runID, project: project, document: document, transcripts: transcripts, error: error,
                skipped: skipped, traceID: traceID),
            invocations: executions.map { StoreMapping.invocation($0, runID: runID) },
            inputErrors: failures.map { StoreMapping.inputError($0, runID: runID) })
    }

    /// Records input files that belong to no project (e.g. an unreadable path given on the command line).
    package func record(run runID: String, failures: [InputFailure]) throws(StoreError) {
        try store.append(inputErrors: failures.map { StoreMapping.inputError($0, runID: runID) })
    }

    /// Records language-model calls (the built-in engine makes none).
    package func record(run runID: String, llmCalls: [LLMCall]) throws(StoreError) {
        try store.append(llmCalls: llmCalls.map { StoreMapping.llmCall($0, runID: runID) })
    }

    /// Marks the run ended with `status` (its coarse state and its outcome in words), the exit code
    /// the process is about to return, and the first `reasons` for it (``RunReasons``).
    package func finish(
        run runID: String, endedAt: Date, status: RunStatus, exitCode: Int32, reasons: [String] = []
    ) throws(StoreError) {
        try store.finishRun(
            id: runID, endedAt: endedAt, status: status.recorded, exitCode: Int(exitCode), outcome: status.outcome,
            reasons: reasons)
    }
}
