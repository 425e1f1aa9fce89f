import InMemoryTracing
import Logging
import MetricsTestKit
import ReqEngIngest
import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A scripted node: appends its name to a trace in the state's notices and can add findings.
private struct ScriptedAgent: Agent {
    let name: String
    var addsErrorFinding: (@Sendable (GraphState) -> Bool)?
    var fails = false

    struct Failure: Error {}

    func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        if fails { throw Failure() }
        state.notices.append(InputNotice(path: name, message: "ran"))
        if let addsErrorFinding {
            state.issues =
                addsErrorFinding(state)
                ? [
                    QualityIssue(
                        id: "ISS-001", requirementID: "REQ-001", severity: .error, issueType: "compound_requirement",
                        rule: "INCOSE R18", message: "two needs", suggestion: "split")
                ] : []
        }
        return AgentReport(confidence: 0.5, requirementsAdded: name == "extraction" ? 1 : 0)
    }
}

private func visited(_ state: GraphState) -> [String] { state.notices.map(\.path) }

private func makeState(transcripts: Int = 1) -> GraphState {
    var state = GraphState(project: ProjectInput(name: "demo", files: []))
    state.transcripts = (0..<transcripts).map { index in
        Transcript(
            id: "s\(index)", sourcePath: "s\(index).txt", format: .text,
            turns: [Turn(number: 1, speaker: "Ana", text: "The system must work.")])
    }
    return state
}

private func standardGraph(
    validationError: @escaping @Sendable (GraphState) -> Bool, maxRefinements: Int, failing: String? = nil
) -> AgentGraph {
    func node(_ name: String) -> ScriptedAgent { ScriptedAgent(name: name, fails: name == failing) }
    return AgentGraph.standard(
        ingest: node("ingest"), extraction: node("extraction"), inference: node("inference"),
        validation: ScriptedAgent(name: "validation", addsErrorFinding: validationError),
        clarification: node("clarification"), synthesis: node("synthesis"), render: node("render"),
        maxRefinements: maxRefinements)
}

private let context = AgentContext(engine: EngineSettings(), logger: Logger(label: "test"))

@Suite struct AgentGraphTests {
    @Test func runsTheNodesInDesignOrderWithoutFindings() async throws {
        let graph = standardGraph(validationError: { _ in false }, maxRefinements: 2)
        let state = try await graph.run(makeState(), context: context, instruments: .none)
        #expect(
            visited(state) == [
                "ingest", "extraction", "inference", "validation", "clarification", "synthesis", "render",
            ])
        #expect(state.refinementPasses == 0)
    }

    @Test(arguments: [0, 1, 3])
    func refinementLoopIsBoundedWhenErrorsPersist(limit: Int) async throws {
        let graph = standardGraph(validationError: { _ in true }, maxRefinements: limit)
        let state = try await graph.run(makeState(), context: context, instruments: .none)
        #expect(state.refinementPasses == limit)
        #expect(visited(state).filter { $0 == "extraction" }.count == limit + 1)
        #expect(visited(state).last == "render")
    }

    @Test func loopStopsAsSoonAsRefinementFixesTheErrors() async throws {
        let graph = standardGraph(validationError: { $0.refinementPasses == 0 }, maxRefinements: 5)
        let state = try await graph.run(makeState(), context: context, instruments: .none)
        #expect(state.refinementPasses == 1)
        #expect(visited(state).filter { $0 == "validation" }.count == 2)
    }

    @Test func projectWithoutUsableTranscriptEndsAfterIngest() async throws {
        let graph = standardGraph(validationError: { _ in false }, maxRefinements: 1)
        let state = try await graph.run(makeState(transcripts: 0), context: context, instruments: .none)
        #expect(visited(state) == ["ingest"])
        #expect(state.document == nil)
    }

    @Test func unknownNodeIsAnErrorNotACrash() async {
        var graph = AgentGraph(entry: "a")
        graph.add(ScriptedAgent(name: "a"), then: .next("missing"))
        await #expect(throws: GraphError.self) {
            _ = try await graph.run(makeState(), context: context, instruments: .none)
        }
    }

    @Test func checkpointReceivesTheStateAfterEveryNode() async throws {
        let recorder = CheckpointRecorder()
        let graph = standardGraph(validationError: { _ in false }, maxRefinements: 1)
        _ = try await graph.run(makeState(), context: context, instruments: .none, checkpoint: recorder)
        #expect(
            await recorder.nodes == [
                "ingest", "extraction", "inference", "validation", "clarification", "synthesis", "render",
            ])
        #expect(await recorder.steps == Array(1...7))
    }

    @Test func everyExecutionIsASpanAndCountedByStatus() async throws {
        let tracer = InMemoryTracer()
        let metrics = TestMetrics()
        let graph = standardGraph(validationError: { _ in false }, maxRefinements: 1, failing: "inference")
        await #expect(throws: GraphError.self) {
            _ = try await graph.run(
                makeState(), context: context, instruments: GraphInstruments(tracer: tracer, metrics: metrics))
        }
        let spans = tracer.finishedSpans.map(\.operationName)
        #expect(spans == ["agent.ingest", "agent.extraction", "agent.inference"])
        let success = try metrics.expectCounter(
            "agent_invocations_total", [("agent_name", "extraction"), ("status", "success")])
        #expect(success.totalValue == 1)
        let failed = try metrics.expectCounter(
            "agent_invocations_total", [("agent_name", "inference"), ("status", "error")])
        #expect(failed.totalValue == 1)
        let durations = try metrics.expectTimer("agent_duration_seconds", [("agent_name", "ingest")])
        #expect(durations.values.count == 1)
    }
}

private actor CheckpointRecorder: GraphCheckpointer {
    var nodes: [String] = []
    var steps: [Int] = []

    func save(node: String, step: Int, state: GraphState) async throws {
        nodes.append(node)
        steps.append(step)
    }
}
