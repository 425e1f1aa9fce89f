import ReqEngAgents
import Synchronization

/// Gathers the node executions the graph reports (`GraphInstruments.onExecution`) from any number
/// of concurrent projects, and hands each project's over once it finishes.
///
/// Usage: `GraphInstruments(tracer:metrics:onExecution: collector.record)`, then
/// `recorder.record(…, executions: collector.take(project: name), …)`.
package final class ExecutionCollector: Sendable {
    private let pending = Mutex<[String: [AgentExecution]]>([:])

    package init() {}

    /// Keeps one execution until its project is taken.
    @Sendable package func record(_ execution: AgentExecution) {
        pending.withLock { $0[execution.project, default: []].append(execution) }
    }

    /// The executions of `project` so far, in the order reported; they are forgotten here.
    package func take(project: String) -> [AgentExecution] {
        pending.withLock { $0.removeValue(forKey: project) ?? [] }
    }
}
