import Synchronization
import Tracing

/// A span of ``OTLPFileTracer``: mutable until ended, then handed to the tracer's export buffer once.
package final class OTLPSpan: Span {
    private struct State {
        var name: String
        var attributes: SpanAttributes = [:]
        var events: [FinishedSpan.Event] = []
        var links: [FinishedSpan.Link] = []
        var status: SpanStatus?
        var ended = false
    }

    package let context: ServiceContext
    /// This span's ids.
    package let identity: OTLPSpanContext
    package let parentSpanID: String?
    private let kind: SpanKind
    private let startNanoseconds: UInt64
    private let clock: TelemetryClock?
    private let state: Mutex<State>
    private let onEnd: @Sendable (FinishedSpan) -> Void

    init(
        name: String,
        context: ServiceContext,
        identity: OTLPSpanContext,
        parentSpanID: String?,
        kind: SpanKind,
        startNanoseconds: UInt64,
        clock: TelemetryClock?,
        onEnd: @escaping @Sendable (FinishedSpan) -> Void
    ) {
        self.context = context
        self.identity = identity
        self.parentSpanID = parentSpanID
        self.kind = kind
        self.startNanoseconds = startNanoseconds
        self.clock = clock
        self.state = Mutex(State(name: name))
        self.onEnd = onEnd
    }

    package var operationName: String {
        get { state.withLock { $0.name } }
        set { state.withLock { $0.name = newValue } }
    }

    package var attributes: SpanAttributes {
        get { state.withLock { $0.attributes } }
        set { state.withLock { $0.attributes = newValue } }
    }

    package var isRecording: Bool {
        state.withLock { !$0.ended }
    }

    /// Error is sticky against later unset; ok is final (OpenTelemetry status rules).
    package func setStatus(_ status: SpanStatus) {
        state.withLock { state in
            guard !state.ended, state.status?.code != .ok else { return }
            state.status = status
        }
    }

    package func addEvent(_ event: SpanEvent) {
        let nanoseconds = clock?.nanosecondsSinceEpoch() ?? event.nanosecondsSinceEpoch
        state.withLock { state in
            guard !state.ended else { return }
            state.events.append(.init(name: event.name, nanoseconds: nanoseconds, attributes: event.attributes))
        }
    }

    /// Adds an `exception` event, sets the status to error and the `error.type` attribute.
    package func recordError<Instant: TracerInstant>(
        _ error: any Error,
        attributes: SpanAttributes,
        at instant: @autoclosure () -> Instant
    ) {
        let nanoseconds = clock?.nanosecondsSinceEpoch() ?? instant().nanosecondsSinceEpoch
        let typeName = String(reflecting: type(of: error))
        var eventAttributes = attributes
        eventAttributes["exception.type"] = typeName
        eventAttributes["exception.message"] = String(describing: error)
        state.withLock { state in
            guard !state.ended else { return }
            state.events.append(.init(name: "exception", nanoseconds: nanoseconds, attributes: eventAttributes))
            state.attributes["error.type"] = typeName
            if state.status?.code != .ok {
                state.status = SpanStatus(code: .error, message: String(describing: error))
            }
        }
    }

    package func addLink(_ link: SpanLink) {
        guard let target = link.context.otlpSpanContext else { return }
        state.withLock { state in
            guard !state.ended else { return }
            state.links.append(.init(traceID: target.traceID, spanID: target.spanID, attributes: link.attributes))
        }
    }

    package func end<Instant: TracerInstant>(at instant: @autoclosure () -> Instant) {
        let endNanoseconds = clock?.nanosecondsSinceEpoch() ?? instant().nanosecondsSinceEpoch
        let finished: FinishedSpan? = state.withLock { state in
            guard !state.ended else { return nil }
            state.ended = true
            return FinishedSpan(
                name: state.name,
                identity: identity,
                parentSpanID: parentSpanID,
                kind: kind,
                startNanoseconds: startNanoseconds,
                endNanoseconds: max(endNanoseconds, startNanoseconds),
                attributes: state.attributes,
                events: state.events,
                links: state.links,
                status: state.status
            )
        }
        if let finished { onEnd(finished) }
    }
}
