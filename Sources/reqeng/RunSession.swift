import Foundation
import Metrics
import ReqEngBase
import ReqEngPipeline
import ReqEngReport

/// The run-store side of `reqeng run`: open the store and begin the run; at the end, mark it
/// finished, re-render the HTML reports and apply the `--fail-on` gate.
enum RunSession {
    static func openRecording(
        configuration: BatchConfiguration, runID: String, metrics: any MetricsFactory
    ) throws(PipelineError) -> RunRecording {
        let recorder: RunRecorder
        do {
            recorder = try RunRecorder.open(outputDirectory: configuration.output, metrics: metrics)
            try recorder.begin(
                run: RunStart(
                    id: runID, startedAt: Date(), engine: configuration.engine, model: configuration.model,
                    inputs: configuration.inputs, configHash: ConfigurationHash.of(configuration),
                    shard: (configuration.shard ?? Shard.whole).description,
                    sourceDateEpoch: configuration.sourceDateEpoch))
        } catch {
            throw .cannotWrite(
                path: OutputLayout(root: configuration.output).store,
                reason: String(describing: error))
        }
        return RunRecording(recorder: recorder, runID: runID, executions: ExecutionCollector())
    }

    /// Finishes the run in the store and writes the reports; returns the gate's exit code (0 or 1),
    /// or 73 when the store or the reports could not be written (the reason is on stderr).
    static func finish(
        recording: RunRecording, status: Int32, output: String, templates: String, failOn: FailOnLevel,
        interrupted: Bool = false
    ) async -> Int32 {
        do {
            try recording.recorder.finish(
                run: recording.runID, endedAt: Date(), exitCode: status, interrupted: interrupted)
            let outcome = try await ReportWriter().writeReports(
                store: recording.recorder.store, layout: OutputLayout(root: output), templates: templates)
            let firing = outcome.latestAlerts.filter(\.firing)
            if !firing.isEmpty {
                Terminal.error(
                    "reqeng: alerts firing: \(firing.map { "\($0.rule.name) (\($0.rule.severity))" }.joined(separator: ", "))"
                )
            }
            return alertGateTrips(alerts: outcome.latestAlerts, failOn: failOn) ? ExitStatus.alertGate : ExitStatus.ok
        } catch {
            Terminal.error("reqeng: could not write the run report: \(error)")
            return ExitStatus.cannotWrite
        }
    }
}
