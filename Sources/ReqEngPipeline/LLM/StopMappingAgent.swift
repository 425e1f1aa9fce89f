import ReqEngAgents

/// Wraps a model-backed agent so that a stop (budget exhausted, circuit breaker open) reaches the
/// batch as ``PipelineError/temporarilyUnavailable(_:)``: the batch stops, keeps what it finished,
/// and the run ends in the `temporary` error category.
struct StopMappingAgent: Agent {
    var wrapped: any Agent
    var name: String { wrapped.name }

    func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        do {
            return try await wrapped.run(&state, context: context)
        } catch let stop as ModelStopError {
            throw PipelineError.temporarilyUnavailable(
                "\(stop.description); documents finished so far are kept, and a re-run reuses every cached answer")
        }
    }
}
