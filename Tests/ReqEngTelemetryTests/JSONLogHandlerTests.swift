import Foundation
import Logging
import Testing
import Tracing

@testable import ReqEngTelemetry

/// The JSON log handler: fixed fields, task-local context, span ids, flattening, determinism.
@Suite struct JSONLogHandlerTests {
    static let instant = Date(timeIntervalSince1970: 1_741_064_767.089)

    private func makeLogger(sink: MemoryLineSink, level: Logger.Level = .info) -> Logger {
        let handler = JSONLogHandler(label: "test", sink: sink, logLevel: level, clock: .fixed(Self.instant))
        return Logger(label: "test") { _ in MultiplexLogHandler([handler], metadataProvider: .telemetry) }
    }

    private func decode(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func writesEveryFixedFieldWithNullWhenUnknown() throws {
        let sink = MemoryLineSink()
        makeLogger(sink: sink).info("hello")
        let line = try #require(sink.lines.first)
        let fields = try decode(line)
        for key in LogField.required {
            #expect(fields.keys.contains(key), "missing \(key)")
        }
        #expect(fields["timestamp"] as? String == "2025-03-04T05:06:07.089Z")
        #expect(fields["service"] as? String == "reqeng")
        #expect(fields["level"] as? String == "info")
        #expect(fields["message"] as? String == "hello")
        #expect(fields["request_id"] is NSNull)
        #expect(fields["trace_id"] is NSNull)
    }

    @Test func carriesTaskLocalContextAndExplicitMetadata() throws {
        let sink = MemoryLineSink()
        let logger = makeLogger(sink: sink)
        let context = TelemetryContext(runID: "20250304T050607Z-abc123", userID: "ana", sessionID: "s-1")
        TelemetryContext.$current.withValue(context.with(agent: "extraction")) {
            logger.info("agent finished", metadata: ["event_type": "agent_complete", "requirements_count": "4"])
        }
        logger.info("outside")
        let inside = try decode(sink.lines[0])
        #expect(inside["request_id"] as? String == "20250304T050607Z-abc123")
        #expect(inside["user_id"] as? String == "ana")
        #expect(inside["session_id"] as? String == "s-1")
        #expect(inside["agent"] as? String == "extraction")
        #expect(inside["event_type"] as? String == "agent_complete")
        #expect(inside["requirements_count"] as? String == "4")
        let outside = try decode(sink.lines[1])
        #expect(outside["agent"] is NSNull)
    }

    /// Numbers and flags stay typed, so `jq 'select(.duration_ms > 100)'` compares numbers; text
    /// that looks like a number stays text.
    @Test func numbersAndBooleansKeepTheirJSONType() throws {
        let sink = MemoryLineSink()
        makeLogger(sink: sink).info(
            "typed",
            metadata: [
                "count": .number(4), "duration_ms": .milliseconds(.microseconds(163_200)), "ratio": .number(0.25),
                "cached": .bool(false), "label": "163.2", "huge": .stringConvertible(UInt64.max),
                "infinite": .number(.infinity),
            ])
        let line = try #require(sink.lines.first)
        for fragment in [
            #""count":4,"#, #""duration_ms":163.2,"#, #""ratio":0.25,"#, #""cached":false,"#, #""label":"163.2","#,
            #""huge":"18446744073709551615","#, #""infinite":"inf","#,
        ] {
            #expect(line.contains(fragment), "\(fragment) not in \(line)")
        }
    }

    @Test func takesTraceAndSpanIDsFromTheCurrentSpan() throws {
        let sink = MemoryLineSink()
        let logger = makeLogger(sink: sink)
        let tracer = OTLPFileTracer(
            resource: .init(serviceName: "reqeng", serviceVersion: "0"), sink: nil, idGenerator: .sequential())
        tracer.withSpan("agent.extraction") { _ in
            logger.info("inside span")
        }
        let line = try #require(sink.lines.first)
        let fields = try decode(line)
        #expect(fields["trace_id"] as? String == "00000000000000000000000000000001")
        #expect(fields["span_id"] as? String == "0000000000000001")
    }

    @Test func flattensNestedMetadataAndSortsKeys() throws {
        let sink = MemoryLineSink()
        makeLogger(sink: sink).warning(
            "nested", metadata: ["llm": ["model": "m1", "tokens": ["in": "3"]], "tags": ["a", "b"]])
        let line = try #require(sink.lines.first)
        let fields = try decode(line)
        #expect(fields["llm.model"] as? String == "m1")
        #expect(fields["llm.tokens.in"] as? String == "3")
        #expect(fields["tags"] as? [String] == ["a", "b"])
        let keyOrder = line.split(separator: ",").compactMap { part -> String? in
            guard let start = part.firstIndex(of: "\""), let colon = part.range(of: "\":") else { return nil }
            return String(part[part.index(after: start)..<colon.lowerBound])
        }
        #expect(keyOrder == keyOrder.sorted())
    }

    @Test func metadataCannotOverrideFixedFields() throws {
        let sink = MemoryLineSink()
        makeLogger(sink: sink).error("real", metadata: ["message": "forged", "level": "trace"])
        let line = try #require(sink.lines.first)
        let fields = try decode(line)
        #expect(fields["message"] as? String == "real")
        #expect(fields["level"] as? String == "error")
    }

    @Test func dropsLinesBelowTheLevel() {
        let sink = MemoryLineSink()
        let logger = makeLogger(sink: sink, level: .warning)
        logger.info("quiet")
        logger.warning("loud")
        #expect(sink.lines.count == 1)
    }

    @Test func escapesControlCharactersInMessages() throws {
        let sink = MemoryLineSink()
        makeLogger(sink: sink).info("line\none \"quoted\" \u{1}")
        let line = try #require(sink.lines.first)
        #expect(!line.contains("\n"))
        #expect(try decode(line)["message"] as? String == "line\none \"quoted\" \u{1}")
    }

    @Test func consoleHandlerShowsAgentAndHidesIDs() throws {
        let sink = MemoryLineSink()
        let console = ConsoleLogHandler(sink: sink, logLevel: .info, clock: .fixed(Self.instant))
        let logger = Logger(label: "test") { _ in MultiplexLogHandler([console], metadataProvider: .telemetry) }
        TelemetryContext.$current.withValue(TelemetryContext(runID: "r", agent: "validation")) {
            logger.notice("checked", metadata: ["issues": "2"])
        }
        #expect(sink.lines == ["2025-03-04T05:06:07.089Z notice [validation] checked issues=2"])
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (951_782_400.5, "2000-02-29T00:00:00.500Z"),
        (-0.001, "1969-12-31T23:59:59.999Z"),
    ])
    func formatsTimestampsInUTCWithMilliseconds(seconds: Double, expected: String) {
        #expect(ISO8601Timestamp.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }
}
