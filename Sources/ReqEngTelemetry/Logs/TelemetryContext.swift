import Logging
import Tracing

/// Who and what the current task works for: the values every log line carries.
///
/// The pipeline binds it with `TelemetryContext.$current.withValue(...)`; the log handlers read it
/// through ``Logger/MetadataProvider/telemetry``, so no global state is involved.
package struct TelemetryContext: Sendable, Hashable {
    /// Run id, written as `request_id`.
    package var runID: String?
    package var userID: String?
    package var sessionID: String?
    /// The agent (graph node) currently running.
    package var agent: String?

    package init(runID: String? = nil, userID: String? = nil, sessionID: String? = nil, agent: String? = nil) {
        self.runID = runID
        self.userID = userID
        self.sessionID = sessionID
        self.agent = agent
    }

    /// The context of the current task (empty outside any binding).
    @TaskLocal package static var current = TelemetryContext()

    /// A copy with `agent` replaced, for binding around one node.
    package func with(agent: String?) -> TelemetryContext {
        var copy = self
        copy.agent = agent
        return copy
    }

    /// A copy with `sessionID` replaced.
    package func with(sessionID: String?) -> TelemetryContext {
        var copy = self
        copy.sessionID = sessionID
        return copy
    }

    /// The non-empty fields as log metadata under their log-line names.
    package var metadata: Logger.Metadata {
        var metadata: Logger.Metadata = [:]
        if let runID { metadata[LogField.requestID] = .string(runID) }
        if let userID { metadata[LogField.userID] = .string(userID) }
        if let sessionID { metadata[LogField.sessionID] = .string(sessionID) }
        if let agent { metadata[LogField.agent] = .string(agent) }
        return metadata
    }
}

extension Logger.MetadataProvider {
    /// Task-local ``TelemetryContext`` fields plus the `trace_id`/`span_id` of the current span.
    package static let telemetry = Logger.MetadataProvider {
        var metadata = TelemetryContext.current.metadata
        if let span = ServiceContext.current?.otlpSpanContext {
            metadata[LogField.traceID] = .string(span.traceID)
            metadata[LogField.spanID] = .string(span.spanID)
        }
        return metadata
    }
}
