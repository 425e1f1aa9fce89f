import Foundation
import InMemoryTracing
import Logging
import MetricsTestKit
import ReqEngIngest
import ReqEngModel
import ReqEngTelemetry
import Testing

@testable import ReqEngAgents

/// A node that reads the project's files into sessions the way ingest does, then logs a line.
private struct SessionReader: Agent {
    let name = "ingest"
    let sessions: Int

    func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        state.transcripts = (0..<sessions).map { index in
            Transcript(
                id: "s\(index)", sourcePath: "s\(index).txt", format: .text,
                turns: [Turn(number: 1, speaker: "Ana", text: "The system must work.")])
        }
        return AgentReport(details: ["sessions": sessions])
    }
}

/// A node that logs from inside its work.
private struct Talker: Agent {
    let name: String

    func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        context.logger.info("working", metadata: ["event_type": "test_inside"])
        return AgentReport(confidence: 0.75, requirementsAdded: 2)
    }
}

/// Sessions in logs and spans: named wherever one session is in scope, and typed log fields.
@Suite struct GraphInstrumentsSessionTests {
    private func run(sessions: Int) async throws -> (lines: [[String: Any]], spans: [FinishedInMemorySpan]) {
        let sink = MemoryLineSink()
        let handler = JSONLogHandler(label: "test", sink: sink)
        let logger = Logger(label: "test") { _ in MultiplexLogHandler([handler], metadataProvider: .telemetry) }
        var graph = AgentGraph(entry: "ingest")
        graph.add(SessionReader(sessions: sessions), then: .next("extraction"))
        graph.add(Talker(name: "extraction"), then: .end)
        let tracer = InMemoryTracer()
        _ = try await graph.run(
            GraphState(project: ProjectInput(name: "demo", files: [])),
            context: AgentContext(engine: EngineSettings(), logger: logger),
            instruments: GraphInstruments(tracer: tracer, metrics: TestMetrics()))
        let lines = try sink.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        return (lines, tracer.finishedSpans)
    }

    private func sessionAttribute(_ span: FinishedInMemorySpan) -> String? {
        if case .string(let value) = span.attributes.get("session.id") { return value }
        return nil
    }

    @Test func aOneSessionProjectNamesItsSessionOnEveryLineAndSpanOnceItIsRead() async throws {
        let (lines, spans) = try await run(sessions: 1)
        // ingest's start line comes before any file is read; everything after it names the session.
        #expect(lines.first?["event_type"] as? String == "agent_start")
        #expect(lines.first?["session_id"] is NSNull)
        for line in lines.dropFirst() {
            #expect(line["session_id"] as? String == "s0", "\(line)")
        }
        #expect(spans.map(sessionAttribute) == ["s0", "s0"])
    }

    @Test func aProjectOfSeveralSessionsNamesNoneOfThemOnAgentLines() async throws {
        let (lines, spans) = try await run(sessions: 2)
        for line in lines {
            #expect(line["session_id"] is NSNull, "\(line)")
        }
        #expect(spans.map(sessionAttribute) == [nil, nil])
        if case .int64(let count) = spans.last?.attributes.get("reqeng.sessions.count") {
            #expect(count == 2)
        } else {
            Issue.record("reqeng.sessions.count missing")
        }
    }

    @Test func agentLinesCarryNumbersAsNumbers() async throws {
        let (lines, _) = try await run(sessions: 1)
        let complete = try #require(
            lines.first { $0["event_type"] as? String == "agent_complete" && $0["agent"] as? String == "extraction" })
        #expect(complete["duration_ms"] is NSNumber && !(complete["duration_ms"] is String))
        #expect(complete["requirements_added"] as? Int == 2)
        #expect(complete["confidence"] as? Double == 0.75)
        let ingest = try #require(
            lines.first { $0["event_type"] as? String == "agent_complete" && $0["agent"] as? String == "ingest" })
        #expect(ingest["sessions"] as? Int == 1)
    }
}
