/// Names of the fields every JSON log line carries (null when unknown).
package enum LogField {
    package static let timestamp = "timestamp"
    package static let service = "service"
    package static let level = "level"
    package static let message = "message"
    package static let requestID = "request_id"
    package static let sessionID = "session_id"
    package static let userID = "user_id"
    package static let agent = "agent"
    package static let eventType = "event_type"
    package static let traceID = "trace_id"
    package static let spanID = "span_id"

    /// Fields present on every line, in addition to the flattened extra metadata.
    package static let required = [
        timestamp, service, level, message, requestID, sessionID, userID, agent, eventType, traceID, spanID,
    ]
}
