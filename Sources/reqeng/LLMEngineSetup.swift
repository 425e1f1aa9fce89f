import Foundation
import ReqEngIngest
import ReqEngPipeline

/// Builds the `openai` engine for `reqeng run`: settings from the options and the environment,
/// the response cache and `llm_calls` rows in the run store, accounting into the run's telemetry.
enum LLMEngineSetup {
    static func make(
        options: LLMOptions, templates: String, limits: InputLimits, telemetry: RunTelemetry,
        recording: RunRecording
    ) throws(PipelineError) -> OpenAIEngine {
        let settings = try options.settings(environment: ProcessInfo.processInfo.environment, templates: templates)
        let sink = LLMCallSink(recording: recording, logger: telemetry.logger)
        return try OpenAIEngine.make(
            settings: settings, limits: limits, logger: telemetry.logger, tracer: telemetry.tracer,
            metrics: telemetry.metrics,
            cache: StoreResponseCache(store: recording.recorder.store, logger: telemetry.logger),
            onCall: sink.record)
    }
}
