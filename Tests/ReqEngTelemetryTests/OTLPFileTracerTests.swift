import Foundation
import Testing
import Tracing

@testable import ReqEngTelemetry

/// The OTLP/JSON tracer: span chains, attribute encoding, the written JSON shape, and HTTP export.
@Suite struct OTLPFileTracerTests {
    struct Failure: Error {}

    private func makeTracer(sink: MemoryLineSink, collector: URL? = nil) -> OTLPFileTracer {
        OTLPFileTracer(
            resource: .init(serviceName: "reqeng", serviceVersion: "9.9.9", attributes: ["service.instance.id": "r1"]),
            sink: sink,
            collector: collector,
            http: TelemetryHTTPClient(timeout: LoopbackHTTPServer.patience),
            idGenerator: .sequential(),
            clock: .fixed(Date(timeIntervalSince1970: 1_700_000_000.5))
        )
    }

    private func decode(_ line: String) throws -> OTLPJSON.ExportTraceServiceRequest {
        try JSONDecoder().decode(OTLPJSON.ExportTraceServiceRequest.self, from: Data(line.utf8))
    }

    private func spans(_ request: OTLPJSON.ExportTraceServiceRequest) -> [OTLPJSON.Span] {
        request.resourceSpans.flatMap(\.scopeSpans).flatMap(\.spans)
    }

    /// The first span of the first line written to `sink`.
    private func firstSpan(_ sink: MemoryLineSink) throws -> OTLPJSON.Span {
        let line = try #require(sink.lines.first)
        return try #require(spans(try decode(line)).first)
    }

    @Test func childSpansShareTheTraceAndPointAtTheirParent() throws {
        let sink = MemoryLineSink()
        let tracer = makeTracer(sink: sink)
        tracer.withSpan("run") { _ in
            tracer.withSpan("agent.extraction") { _ in
                tracer.withSpan("llm.call", ofKind: .client) { _ in }
            }
        }
        tracer.forceFlush()
        #expect(sink.lines.count == 1)
        let byName = Dictionary(uniqueKeysWithValues: spans(try decode(sink.lines[0])).map { ($0.name, $0) })
        let run = try #require(byName["run"])
        let agent = try #require(byName["agent.extraction"])
        let call = try #require(byName["llm.call"])
        #expect(run.parentSpanId == nil)
        #expect(agent.parentSpanId == run.spanId)
        #expect(call.parentSpanId == agent.spanId)
        #expect(Set([run.traceId, agent.traceId, call.traceId]).count == 1)
        #expect(call.kind == 3)
        #expect(run.kind == 1)
    }

    @Test func writesTheOTLPJSONShape() throws {
        let sink = MemoryLineSink()
        let tracer = OTLPFileTracer(
            resource: .init(serviceName: "reqeng", serviceVersion: "9.9.9"), sink: sink, idGenerator: .random)
        tracer.withSpan("run") { span in
            span.addEvent(SpanEvent(name: "checkpoint", attributes: ["node": "validation"]))
        }
        tracer.forceFlush()
        let line = try #require(sink.lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let resourceSpans = try #require((object["resourceSpans"] as? [[String: Any]])?.first)
        let resource = try #require(resourceSpans["resource"] as? [String: Any])
        let resourceKeys = (resource["attributes"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
        #expect(resourceKeys == ["service.name", "service.version"])
        let scopeSpans = try #require((resourceSpans["scopeSpans"] as? [[String: Any]])?.first)
        #expect((scopeSpans["scope"] as? [String: Any])?["name"] as? String == "reqeng")
        let span = try #require((scopeSpans["spans"] as? [[String: Any]])?.first)
        #expect(span["startTimeUnixNano"] is String)
        #expect(span["endTimeUnixNano"] is String)
        #expect(span["kind"] as? Int == 1)
        #expect((span["status"] as? [String: Any])?["code"] as? Int == 0)
        let traceID = try #require(span["traceId"] as? String)
        let spanID = try #require(span["spanId"] as? String)
        #expect(OTLPSpanContext.isHex(traceID, length: 32))
        #expect(OTLPSpanContext.isHex(spanID, length: 16))
        let event = try #require((span["events"] as? [[String: Any]])?.first)
        #expect(event["timeUnixNano"] is String)
        #expect(event["name"] as? String == "checkpoint")
    }

    @Test func encodesEveryAttributeKind() throws {
        let sink = MemoryLineSink()
        let tracer = makeTracer(sink: sink)
        tracer.withSpan("typed") { span in
            span.attributes["gen_ai.request.model"] = "m1"
            span.attributes["gen_ai.usage.input_tokens"] = 12
            span.attributes["confidence"] = 0.75
            span.attributes["inferred"] = true
            span.attributes["turns"] = [1, 2]
            span.attributes["speakers"] = ["ana", "ben"]
        }
        tracer.forceFlush()
        let span = try firstSpan(sink)
        let values = Dictionary(uniqueKeysWithValues: span.attributes.map { ($0.key, $0.value) })
        #expect(values["gen_ai.request.model"] == OTLPJSON.AnyValue(stringValue: "m1"))
        #expect(values["gen_ai.usage.input_tokens"] == OTLPJSON.AnyValue(intValue: "12"))
        #expect(values["confidence"] == OTLPJSON.AnyValue(doubleValue: 0.75))
        #expect(values["inferred"] == OTLPJSON.AnyValue(boolValue: true))
        #expect(values["turns"]?.arrayValue?.values.map(\.intValue) == ["1", "2"])
        #expect(values["speakers"]?.arrayValue?.values.map(\.stringValue) == ["ana", "ben"])
        #expect(span.attributes.map(\.key) == span.attributes.map(\.key).sorted())
        #expect(span.startTimeUnixNano == "1700000000500000000")
    }

    @Test func recordedErrorsSetStatusTypeAndExceptionEvent() throws {
        let sink = MemoryLineSink()
        let tracer = makeTracer(sink: sink)
        #expect(throws: Failure.self) {
            try tracer.withSpan("agent.validation") { _ in throw Failure() }
        }
        tracer.forceFlush()
        let span = try firstSpan(sink)
        #expect(span.status.code == 2)
        let errorType = span.attributes.first { $0.key == "error.type" }?.value.stringValue
        #expect(errorType?.hasSuffix("Failure") == true)
        #expect(span.events.map(\.name) == ["exception"])
    }

    @Test func okStatusIsFinal() throws {
        let sink = MemoryLineSink()
        let tracer = makeTracer(sink: sink)
        tracer.withSpan("done") { span in
            span.setStatus(SpanStatus(code: .ok))
            span.setStatus(SpanStatus(code: .error, message: "late"))
        }
        tracer.forceFlush()
        #expect(try firstSpan(sink).status.code == 1)
    }

    @Test func writesOneLinePerNonEmptyFlush() {
        let sink = MemoryLineSink()
        let tracer = makeTracer(sink: sink)
        tracer.withSpan("project-a") { _ in }
        tracer.forceFlush()
        tracer.forceFlush()
        tracer.withSpan("project-b") { _ in }
        tracer.forceFlush()
        #expect(sink.lines.count == 2)
        #expect(tracer.batchesWritten == 2)
    }

    @Test func traceparentRoundTripsAndRejectsMalformedHeaders() {
        let header = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
        #expect(OTLPSpanContext(traceparent: header)?.traceparent == header)
        #expect(OTLPSpanContext(traceparent: "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01") == nil)
        #expect(OTLPSpanContext(traceparent: "00-00000000000000000000000000000000-b7ad6b7169203331-01") == nil)
        #expect(OTLPSpanContext(traceparent: "garbage") == nil)
    }

    @Test(arguments: [
        (["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://c:4318/custom"], "http://c:4318/custom"),
        (["OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318/"], "http://c:4318/v1/traces"),
        (
            ["OTEL_EXPORTER_OTLP_ENDPOINT": "http://base:4318", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://t/x"],
            "http://t/x"
        ),
        ([:], nil),
    ])
    func resolvesTheCollectorEndpoint(environment: [String: String], expected: String?) throws {
        #expect(try OTLPEndpoint.traces(environment: environment)?.absoluteString == expected)
    }

    @Test func rejectsANonHTTPEndpoint() {
        #expect(throws: TelemetryError.self) {
            try OTLPEndpoint.traces(environment: ["OTEL_EXPORTER_OTLP_ENDPOINT": "ftp://x"])
        }
    }

    @Test func postsEachBatchToTheCollector() async throws {
        let server = try #require(LoopbackHTTPServer())
        let sink = MemoryLineSink()
        let collector = TelemetryHTTPClient.appending("/v1/traces", to: server.url)
        let tracer = makeTracer(sink: sink, collector: collector)
        let exchange = server.answerOne(status: 200)
        tracer.withSpan("run") { _ in }
        await tracer.shutdown()
        let request = try #require(await exchange.request)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/traces")
        #expect(request.headers["content-type"] == "application/json")
        #expect(String(decoding: request.body, as: UTF8.self) == sink.lines.first)
    }

    @Test func aFailedExportIsReportedNotThrown() async throws {
        let server = try #require(LoopbackHTTPServer())
        let client = TelemetryHTTPClient(timeout: LoopbackHTTPServer.patience)
        let exchange = server.answerOne(status: 503)
        let failure = await client.send(Data("{}".utf8), to: server.url, contentType: "application/json")
        _ = await exchange.request
        #expect(failure?.contains("503") == true)
        let closedPort = try #require(URL(string: "http://127.0.0.1:9/"))
        let unreachable = await client.send(Data(), to: closedPort, contentType: "application/json")
        #expect(unreachable != nil)
    }
}
