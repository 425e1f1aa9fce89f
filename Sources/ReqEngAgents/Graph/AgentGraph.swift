import Logging
import Tracing

/// A small, explicit state machine over ``GraphState``: named nodes, edges, conditional edges and
/// one bounded loop, with a checkpoint after every node.
///
/// The graph is data: ``AgentGraph/standard(extraction:inference:validation:clarification:synthesis:render:maxRefinements:)``
/// builds the reqeng graph, tests build their own. Running it is ``AgentGraph/run(_:context:instruments:checkpoint:)``.
package struct AgentGraph: Sendable {
    /// Where control goes after a node.
    package enum Edge: Sendable {
        /// Always to the named node.
        case next(String)
        /// To the node the router names, chosen from the state after the node ran.
        case conditional(@Sendable (GraphState) -> String)
        /// Back to `back` while `condition` holds and fewer than `limit` loops were made, else to `exit`.
        /// Each loop taken increments ``GraphState/refinementPasses``.
        case boundedLoop(back: String, exit: String, limit: Int, condition: @Sendable (GraphState) -> Bool)
        /// The run is over.
        case end
    }

    /// Name a router may return to end the run (LangGraph's `END`).
    package static let endNode = "__end__"

    package private(set) var nodes: [String: any Agent] = [:]
    package private(set) var edges: [String: Edge] = [:]
    package let entry: String
    /// Hard stop against a mis-wired graph: more node executions than this is an error.
    package var maxSteps: Int

    package init(entry: String, maxSteps: Int = 64) {
        self.entry = entry
        self.maxSteps = maxSteps
    }

    /// Adds `agent` under its own name, with the edge that leaves it.
    package mutating func add(_ agent: any Agent, then edge: Edge) {
        nodes[agent.name] = agent
        edges[agent.name] = edge
    }

    /// The node names reachable from the entry, in the order a run without loops visits them.
    package var nodeNames: [String] { nodes.keys.sorted() }

    /// Runs the graph from its entry node until an `.end` edge.
    ///
    /// Every node execution is wrapped by ``GraphInstruments`` (span, logs, metrics); after each node
    /// the state is handed to `checkpoint` so a killed run can resume. With `resumingAfter`, the
    /// state is one a checkpoint saved after that node (at step `resumedStep`): the run continues
    /// where that node's edge leads, exactly as the uninterrupted run would have.
    package func run(
        _ initial: GraphState,
        context: AgentContext,
        instruments: GraphInstruments,
        checkpoint: (any GraphCheckpointer)? = nil,
        resumingAfter: (node: String, step: Int)? = nil
    ) async throws(GraphError) -> GraphState {
        var state = initial
        var current = entry
        var steps = 0
        if let resumingAfter {
            steps = resumingAfter.step
            current = try route(from: resumingAfter.node, state: &state)
        }
        while current != Self.endNode {
            guard let agent = nodes[current] else { throw .unknownNode(current) }
            steps += 1
            guard steps <= maxSteps else { throw .stepLimitExceeded(maxSteps) }
            do {
                try await instruments.execute(agent, state: &state, context: context)
            } catch {
                throw .agentFailed(agent: current, underlying: error)
            }
            if let checkpoint {
                do {
                    try await checkpoint.save(node: current, step: steps, state: state)
                } catch {
                    throw .checkpointFailed(node: current, message: String(describing: error))
                }
            }
            current = try route(from: current, state: &state)
        }
        return state
    }

    /// The node after `node` for this state; taking the bounded loop counts a refinement pass.
    private func route(from node: String, state: inout GraphState) throws(GraphError) -> String {
        guard let edge = edges[node] else { throw .unknownNode(node) }
        switch edge {
        case .end:
            return Self.endNode
        case .next(let name):
            return name
        case .conditional(let router):
            return router(state)
        case .boundedLoop(let back, let exit, let limit, let condition):
            guard state.refinementPasses < limit, condition(state) else { return exit }
            state.refinementPasses += 1
            return back
        }
    }
}

/// Receives the state after every node, e.g. to commit it to the run store.
package protocol GraphCheckpointer: Sendable {
    func save(node: String, step: Int, state: GraphState) async throws
}

/// Why a graph run stopped without a document.
package enum GraphError: Error, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case stepLimitExceeded(Int)
    case agentFailed(agent: String, underlying: any Error & Sendable)
    case checkpointFailed(node: String, message: String)

    package var description: String {
        switch self {
        case .unknownNode(let name): "the agent graph routes to '\(name)', which is not a node"
        case .stepLimitExceeded(let limit): "the agent graph did not finish within \(limit) node executions"
        case .agentFailed(let agent, let underlying): "agent '\(agent)' failed: \(underlying)"
        case .checkpointFailed(let node, let message): "could not checkpoint after '\(node)': \(message)"
        }
    }
}
