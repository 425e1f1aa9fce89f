import ReqEngAgents
import ReqEngPipeline
import Testing

@Suite("Execution collector")
struct ExecutionCollectorTests {
    @Test("executions from concurrent projects are handed over per project, once")
    func perProject() async {
        let collector = ExecutionCollector()
        await withTaskGroup(of: Void.self) { group in
            for project in ["a", "b"] {
                group.addTask {
                    for step in 0..<50 {
                        collector.record(
                            AgentExecution(
                                project: project, agent: "agent-\(step)", status: .success,
                                startedAtUnixNano: Int64(step), durationNanoseconds: 1, confidence: nil,
                                requirementsAdded: 0, errorMessage: nil))
                    }
                }
            }
        }
        let first = collector.take(project: "a")
        #expect(first.count == 50)
        #expect(first.map(\.agent) == (0..<50).map { "agent-\($0)" }, "order within a project is kept")
        #expect(collector.take(project: "a").isEmpty)
        #expect(collector.take(project: "b").count == 50)
    }
}
