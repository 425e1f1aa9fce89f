import Foundation
import ReqEngAgents
import ReqEngStore

/// Commits the graph state after every node to the run store, keyed by project, input fingerprint
/// and configuration hash, so a killed run resumes from the last committed node.
struct StoreCheckpointer: GraphCheckpointer {
    let store: RunStore
    let runID: String
    let project: String
    let inputHash: String
    let configHash: String

    func save(node: String, step: Int, state: GraphState) async throws {
        let data = try Self.encoder.encode(state)
        try store.save(
            checkpoint: CheckpointRecord(
                runId: runID, project: project, node: node, step: step, state: data, inputHash: inputHash,
                configHash: configHash, createdAt: Date()))
    }

    /// The saved state to continue from, if this project has a checkpoint for these exact inputs.
    func latest() -> (node: String, step: Int, state: GraphState)? {
        guard let record = try? store.latestCheckpoint(project: project, inputHash: inputHash, configHash: configHash),
            let state = try? JSONDecoder().decode(GraphState.self, from: record.state)
        else { return nil }
        return (record.node, record.step, state)
    }

    /// The node and writing run of the latest checkpoint, its state left undecoded.
    func latestHead() -> (node: String, runID: String?)? {
        guard
            let head = try? store.latestCheckpointHead(project: project, inputHash: inputHash, configHash: configHash)
        else { return nil }
        return (head.node, head.runId)
    }

    /// Keeps only the final checkpoint of a finished project: its done-marker for incremental runs.
    func compact() throws {
        try store.keepOnlyLatestCheckpoint(project: project, inputHash: inputHash, configHash: configHash)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
