import Foundation
import ReqEngAgents
import ReqEngModel
import ReqEngStore
import Synchronization

/// Commits the graph state after every node to the run store, keyed by project, input fingerprint
/// and configuration hash, so a killed run resumes from the last committed node.
///
/// The transcripts, most of a state's bytes and unchanged after the ingest node, are encoded and
/// written once per project (``RunStore/save(checkpoint:transcripts:)``), and each checkpoint's
/// state is saved without them; ``latest()`` puts them back.
struct StoreCheckpointer: GraphCheckpointer {
    let store: RunStore
    let runID: String
    let project: String
    let inputHash: String
    let configHash: String
    /// The transcripts already in the store for these inputs, once saved or restored.
    private let savedTranscripts = SavedTranscripts()
    /// The previous checkpoint's fields, so a node's checkpoint encodes only what the node changed.
    private let stateEncoder = CheckpointStateEncoder()

    init(store: RunStore, runID: String, project: String, inputHash: String, configHash: String) {
        self.store = store
        self.runID = runID
        self.project = project
        self.inputHash = inputHash
        self.configHash = configHash
    }

    func save(node: String, step: Int, state: GraphState) async throws {
        var withoutTranscripts = state
        withoutTranscripts.transcripts = []
        let unsaved = !state.transcripts.isEmpty && savedTranscripts.value.withLock { $0 != state.transcripts }
        let transcripts = unsaved ? try Self.encoder.encode(state.transcripts) : nil
        let record = CheckpointRecord(
            runId: runID, project: project, node: node, step: step,
            state: try stateEncoder.encode(withoutTranscripts), inputHash: inputHash, configHash: configHash,
            createdAt: Date())
        let store = store
        try await store.onWriter { () throws(StoreError) in try store.save(checkpoint: record, transcripts: transcripts)
        }
        if unsaved { savedTranscripts.value.withLock { $0 = state.transcripts } }
    }

    /// The saved state to continue from, if this project has a checkpoint for these exact inputs.
    ///
    /// A state without transcripts gets the ones saved for the same inputs: only the ingest node
    /// sets them, and the same inputs parse to the same transcripts.
    func latest() -> (node: String, step: Int, state: GraphState)? {
        guard let record = try? store.latestCheckpoint(project: project, inputHash: inputHash, configHash: configHash),
            var state = try? JSONDecoder().decode(GraphState.self, from: record.state)
        else { return nil }
        if state.transcripts.isEmpty,
            let data = try? store.checkpointTranscripts(project: project, inputHash: inputHash, configHash: configHash)
        {
            guard let transcripts = try? JSONDecoder().decode([Transcript].self, from: data) else { return nil }
            state.transcripts = transcripts
            savedTranscripts.value.withLock { $0 = transcripts }
        }
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
    func compact() async throws {
        let (store, project, inputHash, configHash) = (store, project, inputHash, configHash)
        try await store.onWriter { () throws(StoreError) in
            try store.keepOnlyLatestCheckpoint(project: project, inputHash: inputHash, configHash: configHash)
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}

/// The transcripts a ``StoreCheckpointer`` knows to be in the store; one project's graph runs one
/// node at a time, the lock only makes the sharing explicit.
private final class SavedTranscripts: Sendable {
    let value = Mutex<[Transcript]?>(nil)
}
