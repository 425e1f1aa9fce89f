import Foundation
import ReqEngAgents
import ReqEngModel
import ReqEngStore
import Testing

@testable import ReqEngPipeline

/// Checkpoints keep the transcripts apart: written once for a project's inputs, left out of each
/// node's state, and put back when a run resumes.
@Suite("Checkpoint transcripts")
struct CheckpointTranscriptsTests {
    private static let marker = "the dashboard must refresh every five seconds"

    private func state() -> GraphState {
        var state = GraphState(project: .init(name: "alpha", files: []))
        state.transcripts = [
            Transcript(
                id: "s1", sourcePath: "alpha/s1.txt", format: .text,
                turns: [Turn(number: 1, speaker: "Ana", text: "Yes, " + Self.marker + ".")])
        ]
        return state
    }

    private func checkpointer(_ store: RunStore, inputHash: String = "in") -> StoreCheckpointer {
        StoreCheckpointer(store: store, runID: "r1", project: "alpha", inputHash: inputHash, configHash: "cfg")
    }

    private func store() throws -> RunStore {
        let directory = try PipelineFixture.temporaryDirectory("checkpoint-transcripts")
        let recorder = try RunRecorder.open(outputDirectory: directory)
        try recorder.begin(
            run: RunStart(id: "r1", startedAt: Date(), engine: "builtin", model: nil, inputs: [], configHash: "cfg"))
        return recorder.store
    }

    @Test("node states are saved without the transcripts, which are saved once and restored on resume")
    func savedApart() async throws {
        let store = try store()
        var state = state()
        let saver = checkpointer(store)
        try await saver.save(node: "ingest", step: 1, state: state)
        state.refinementPasses = 1
        try await saver.save(node: "extraction", step: 2, state: state)
        let record = try #require(try store.latestCheckpoint(project: "alpha", inputHash: "in", configHash: "cfg"))
        #expect(record.node == "extraction")
        #expect(!String(decoding: record.state, as: UTF8.self).contains(Self.marker), "no transcript in the state")
        let transcripts = try #require(
            try store.checkpointTranscripts(project: "alpha", inputHash: "in", configHash: "cfg"))
        #expect(String(decoding: transcripts, as: UTF8.self).contains(Self.marker))

        // A resumed run (a new checkpointer, as after a crash) gets the whole state back.
        let resumed = try #require(checkpointer(store).latest())
        #expect(resumed.node == "extraction")
        #expect(resumed.step == 2)
        #expect(resumed.state == state)
    }

    @Test("compaction keeps the transcripts of the inputs it keeps and drops those of other inputs")
    func compaction() async throws {
        let store = try store()
        try await checkpointer(store, inputHash: "old").save(node: "render", step: 7, state: state())
        try await checkpointer(store, inputHash: "new").save(node: "render", step: 7, state: state())
        try await checkpointer(store, inputHash: "new").compact()
        #expect(try store.checkpointTranscripts(project: "alpha", inputHash: "old", configHash: "cfg") == nil)
        #expect(try store.checkpointTranscripts(project: "alpha", inputHash: "new", configHash: "cfg") != nil)
        #expect(try checkpointer(store, inputHash: "new").latest()?.state == state())
    }
}
