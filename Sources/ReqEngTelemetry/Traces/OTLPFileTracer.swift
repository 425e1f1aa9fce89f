import Foundation
import Logging
import Synchronization
import Tracing

/// A `Tracer` that buffers ended spans and writes them as OTLP/JSON, one `ExportTraceServiceRequest`
/// per line and per flush, optionally also posting each batch to an OTLP/HTTP collector.
package final class OTLPFileTracer: Tracer {
    package typealias Span = OTLPSpan

    /// `service.*` resource attributes and the instrumentation scope of every exported batch.
    package struct Resource: Sendable, Hashable {
        package var serviceName: String
        package var serviceVersion: String
        /// Further resource attributes (e.g. `service.instance.id`).
        package var attributes: [String: String]

        package init(serviceName: String, serviceVersion: String, attributes: [String: String] = [:]) {
            self.serviceName = serviceName
            self.serviceVersion = serviceVersion
            self.attributes = attributes
        }
    }

    private struct State {
        var finished: [FinishedSpan] = []
        var uploads: [Task<Void, Never>] = []
        var batchesWritten = 0
    }

    private let resource: Resource
    private let sink: (any LineSink)?
    private let collector: URL?
    /// Sent with every collector export; secret, never logged.
    private let headers: [(String, String)]
    private let http: TelemetryHTTPClient
    private let idGenerator: TraceIDGenerator
    private let clock: TelemetryClock?
    private let logger: Logger
    private let state = Mutex(State())

    /// - Parameters:
    ///   - sink: where OTLP/JSON lines go (the run's `.otlp.jsonl` file); nil for collector-only export.
    ///   - collector: full OTLP/HTTP traces URL (see ``OTLPEndpoint``); nil to write the file only.
    ///   - headers: sent with each export (`OTEL_EXPORTER_OTLP_HEADERS`); never logged.
    ///   - clock: when set, span times come from it instead of the instants callers pass (tests).
    ///   - logger: receives a warning when a collector export fails.
    package init(
        resource: Resource,
        sink: (any LineSink)?,
        collector: URL? = nil,
        headers: [(String, String)] = [],
        http: TelemetryHTTPClient = TelemetryHTTPClient(),
        idGenerator: TraceIDGenerator = .random,
        clock: TelemetryClock? = nil,
        logger: Logger = Logger(label: "reqeng.tracer", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.resource = resource
        self.sink = sink
        self.collector = collector
        self.headers = headers
        self.http = http
        self.idGenerator = idGenerator
        self.clock = clock
        self.logger = logger
    }

    package func startSpan<Instant: TracerInstant>(
        _ operationName: String,
        context: @autoclosure () -> ServiceContext,
        ofKind kind: SpanKind,
        at instant: @autoclosure () -> Instant,
        function: String,
        file fileID: String,
        line: UInt
    ) -> OTLPSpan {
        var spanContext = context()
        let parent = spanContext.otlpSpanContext
        let identity = OTLPSpanContext(
            traceID: parent?.traceID ?? idGenerator.nextTraceID(),
            spanID: idGenerator.nextSpanID(),
            sampled: parent?.sampled ?? true
        )
        spanContext.otlpSpanContext = identity
        return OTLPSpan(
            name: operationName,
            context: spanContext,
            identity: identity,
            parentSpanID: parent?.spanID,
            kind: kind,
            startNanoseconds: clock?.nanosecondsSinceEpoch() ?? instant().nanosecondsSinceEpoch,
            clock: clock,
            onEnd: { [weak self] finished in
                self?.state.withLock { $0.finished.append(finished) }
            }
        )
    }

    /// Writes the spans ended since the last flush as one line, and starts posting them to the collector.
    package func forceFlush() {
        let spans = state.withLock { state in
            defer { state.finished.removeAll() }
            return state.finished
        }
        guard !spans.isEmpty, let line = encodedLine(spans) else { return }
        sink?.write(line: line)
        var upload: Task<Void, Never>?
        if let collector {
            let http = http
            let logger = logger
            let headers = headers
            upload = Task {
                if let failure = await http.send(
                    Data(line.utf8), to: collector, contentType: "application/json", headers: headers)
                {
                    logger.warning(
                        "trace export failed; the traces file still has every span",
                        metadata: ["event_type": "telemetry_export_failed", "reason": .string(failure)]
                    )
                }
            }
        }
        state.withLock { state in
            state.batchesWritten += 1
            if let upload { state.uploads.append(upload) }
        }
    }

    /// Flushes and waits for every collector upload started so far (each bounded by the HTTP timeout).
    package func shutdown() async {
        forceFlush()
        let uploads = state.withLock { state in
            defer { state.uploads.removeAll() }
            return state.uploads
        }
        for upload in uploads {
            await upload.value
        }
    }

    /// Lines written so far.
    package var batchesWritten: Int {
        state.withLock { $0.batchesWritten }
    }

    /// One `ExportTraceServiceRequest` as a single JSON line, spans ordered by start time.
    private func encodedLine(_ spans: [FinishedSpan]) -> String? {
        let ordered = spans.enumerated().sorted { left, right in
            (left.element.startNanoseconds, left.offset) < (right.element.startNanoseconds, right.offset)
        }
        var attributes = [
            OTLPJSON.KeyValue(key: SemanticAttributes.serviceName, value: .init(stringValue: resource.serviceName)),
            OTLPJSON.KeyValue(
                key: SemanticAttributes.serviceVersion, value: .init(stringValue: resource.serviceVersion)),
        ]
        let fixed: Set = [SemanticAttributes.serviceName, SemanticAttributes.serviceVersion]
        for key in resource.attributes.keys.sorted() where !fixed.contains(key) {
            attributes.append(OTLPJSON.KeyValue(key: key, value: .init(stringValue: resource.attributes[key] ?? "")))
        }
        let request = OTLPJSON.ExportTraceServiceRequest(resourceSpans: [
            OTLPJSON.ResourceSpans(
                resource: OTLPJSON.Resource(attributes: attributes),
                scopeSpans: [
                    OTLPJSON.ScopeSpans(
                        scope: OTLPJSON.Scope(name: resource.serviceName, version: resource.serviceVersion),
                        spans: ordered.map(\.element.otlp)
                    )
                ]
            )
        ])
        guard let data = try? Self.encoder.encode(request) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }()
}

extension OTLPFileTracer {
    /// W3C `traceparent` header name used by ``inject(_:into:using:)`` and ``extract(_:into:using:)``.
    package static let traceparentKey = "traceparent"

    package func inject<Carrier, Inject: Injector>(
        _ context: ServiceContext,
        into carrier: inout Carrier,
        using injector: Inject
    ) where Inject.Carrier == Carrier {
        guard let span = context.otlpSpanContext else { return }
        injector.inject(span.traceparent, forKey: Self.traceparentKey, into: &carrier)
    }

    package func extract<Carrier, Extract: Extractor>(
        _ carrier: Carrier,
        into context: inout ServiceContext,
        using extractor: Extract
    ) where Extract.Carrier == Carrier {
        guard let header = extractor.extract(key: Self.traceparentKey, from: carrier),
            let span = OTLPSpanContext(traceparent: header)
        else { return }
        context.otlpSpanContext = span
    }
}
