import Foundation
import Logging
import ReqEngBase
import ReqEngModel

/// Runs one model-backed node with a per-node fallback to the built-in agent.
///
/// The model's work is computed on a copy of the state and applied only when complete. A failure
/// that stops the run (budget, circuit breaker) is rethrown as ``ModelStopError``; any other (invalid
/// answer twice, endpoint unavailable, request refused) runs the built-in agent for this node
/// instead, logged as an `llm_fallback` event and reported as `llm_fallback: 1`.
package enum ModelNode {
    ///
    /// `produces` names the requirements the node makes (`\.requirements`, `\.inferred`): those
    /// without an engine yet are stamped with the engine that made them, the model's or `builtin`.
    /// A fallback is also listed in ``GraphState/fallbackNodes``, for the document's run section.
    package static func run(
        _ name: String, fallback: any Agent, state: inout GraphState, context: AgentContext,
        produces: WritableKeyPath<GraphState, [Requirement]>? = nil,
        body: (GraphState) async throws(ChatFailure) -> (GraphState, AgentReport)
    ) async throws -> AgentReport {
        do throws(ChatFailure) {
            let (updated, report) = try await body(state)
            state = updated
            if let produces { stamp(&state[keyPath: produces], engine: context.engine.name) }
            return report
        } catch {
            if case .stopped(let reason) = error { throw ModelStopError(reason: reason) }
            context.logger.warning(
                "llm fallback to the built-in agent",
                metadata: ["event_type": "llm_fallback", "llm_agent": "\(name)", "error_message": "\(error)"])
            var report = try await fallback.run(&state, context: context)
            report.details["llm_fallback"] = 1
            recordFallback(name, in: &state, produces: produces)
            return report
        }
    }

    /// The engine name requirements made by the built-in agents carry in a model-backed run.
    package static let builtinEngine = "builtin"

    /// Notes that `name` fell back, and stamps what the built-in agent produced.
    package static func recordFallback(
        _ name: String, in state: inout GraphState, produces: WritableKeyPath<GraphState, [Requirement]>?
    ) {
        if let produces { stamp(&state[keyPath: produces], engine: builtinEngine) }
        var nodes = state.fallbackNodes ?? []
        if !nodes.contains(name) { nodes.append(name) }
        state.fallbackNodes = nodes
    }

    /// Sets `producedBy` on requirements that have none.
    static func stamp(_ requirements: inout [Requirement], engine: String) {
        for index in requirements.indices where requirements[index].producedBy == nil {
            requirements[index].producedBy = engine
        }
    }

    /// Decodes a validated answer into `T` (snake_case keys as in the schemas).
    package static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(ChatFailure) -> T {
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(T.self, from: Data(value.serialized().utf8))
        } catch {
            throw .invalidAnswer("the answer does not decode: \(error)")
        }
    }
}
