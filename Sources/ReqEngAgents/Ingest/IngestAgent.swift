import ReqEngIngest
import ReqEngModel
import ReqEngTelemetry

/// Parses the project's transcript files into sessions; a file that cannot be used becomes a
/// recorded ``InputFailure`` and the rest of the project goes on.
package struct IngestAgent: Agent {
    package let name = "ingest"
    private let loader: TranscriptLoader
    private let redactor: SecretRedactor

    /// `redactor` masks secrets (and, if asked, personal data) in every turn before any other node
    /// sees the text, so no document, log, trace, store row or report can carry them.
    package init(limits: InputLimits = InputLimits(), redactor: SecretRedactor = SecretRedactor()) {
        loader = TranscriptLoader(limits: limits)
        self.redactor = redactor
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        let loaded = loader.load(state.project)
        state.transcripts = loaded.transcripts.map(redactor.redact)
        state.notices = loaded.notices
        state.failures = loaded.failures
        // One line per session read, carrying its session id, so a session can be followed in the
        // log from the file it came from.
        for transcript in state.transcripts {
            TelemetryContext.$current.withValue(TelemetryContext.current.with(sessionID: transcript.id)) {
                context.logger.info(
                    "session read",
                    metadata: [
                        "event_type": "session_loaded", "file": "\(transcript.sourcePath)",
                        "turns": .number(transcript.turns.count),
                    ])
            }
        }
        for failure in loaded.failures {
            TelemetryContext.$current.withValue(TelemetryContext.current.with(sessionID: failure.path)) {
                context.logger.warning(
                    "input file failed",
                    metadata: [
                        "event_type": "input_error", "file": "\(failure.path)", "error_type": "\(failure.kind)",
                        "error_message": "\(failure.reason)",
                    ])
            }
        }
        return AgentReport(details: [
            "sessions": state.transcripts.count, "turns": state.transcripts.reduce(0) { $0 + $1.turns.count },
            "failed_files": state.failures.count,
        ])
    }
}
