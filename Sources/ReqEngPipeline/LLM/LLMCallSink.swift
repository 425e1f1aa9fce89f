import Logging
import ReqEngLLM

/// Writes each accounted LLM request to the run store's `llm_calls` table as it happens, so a run
/// stopped by a budget still has every call it paid for.
package struct LLMCallSink: Sendable {
    package var recording: RunRecording
    package var logger: Logger

    package init(recording: RunRecording, logger: Logger) {
        self.recording = recording
        self.logger = logger
    }

    /// The row for one request.
    package static func call(_ report: LLMCallReport) -> LLMCall {
        LLMCall(
            project: report.project, agent: report.agent, model: report.model, inputTokens: report.inputTokens,
            outputTokens: report.outputTokens, costUSD: report.costUSD, latencySeconds: report.latencySeconds,
            status: report.status, startedAtUnixNano: report.startedAtUnixNano)
    }

    /// Records `report`; a store failure is logged, not thrown (the metrics still count the call).
    package func record(_ report: LLMCallReport) {
        do {
            try recording.recorder.record(run: recording.runID, llmCalls: [Self.call(report)])
        } catch {
            logger.warning(
                "could not record an llm call", metadata: ["event_type": "store_error", "error_message": "\(error)"])
        }
    }
}
