import Logging

/// A human-readable `LogHandler` for standard error:
/// `2025-03-04T05:06:07.089Z warning [extraction] message key=value`.
///
/// Only the agent and the event's own metadata are shown; run, user and trace ids stay in the JSON log.
package struct ConsoleLogHandler: LogHandler {
    package var logLevel: Logger.Level
    package var metadata: Logger.Metadata = [:]
    package var metadataProvider: Logger.MetadataProvider?

    private let sink: any LineSink
    private let clock: TelemetryClock
    /// `event_type`s not shown: the program tells a person about them in its own words (a progress
    /// line, a closing message), so echoing the log line would say the same thing twice.
    private let silencedEvents: Set<String>

    package init(
        sink: any LineSink = StandardErrorSink(),
        logLevel: Logger.Level = .info,
        clock: TelemetryClock = .system,
        silencedEvents: Set<String> = []
    ) {
        self.sink = sink
        self.logLevel = logLevel
        self.clock = clock
        self.silencedEvents = silencedEvents
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() {
            merged.merge(provided) { _, provided in provided }
        }
        if let explicit = event.metadata {
            merged.merge(explicit) { _, explicit in explicit }
        }
        if !silencedEvents.isEmpty, case .string(let event) = merged[LogField.eventType],
            silencedEvents.contains(event)
        {
            return
        }
        var line = ISO8601Timestamp.string(from: clock.now()) + " " + event.level.rawValue
        if case .string(let agent) = merged[LogField.agent] {
            line += " [" + agent + "]"
        }
        line += " " + event.message.description
        let hidden: Set<String> = [
            LogField.agent, LogField.requestID, LogField.userID, LogField.traceID, LogField.spanID,
        ]
        for key in merged.keys.sorted() where !hidden.contains(key) {
            line += " " + key + "=" + (merged[key].map { "\($0)" } ?? "")
        }
        if let error = event.error {
            line += " error=\(error)"
        }
        sink.write(line: line)
    }
}
