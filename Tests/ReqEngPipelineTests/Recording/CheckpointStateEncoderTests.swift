import Foundation
import ReqEngAgents
import ReqEngModel
import Testing

@testable import ReqEngPipeline

/// The checkpoint encoder re-encodes only changed fields, and writes what `JSONEncoder` writes.
@Suite("Checkpoint state encoder")
struct CheckpointStateEncoderTests {
    private static func whole<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    private static func requirement(_ id: String, confidence: Double) -> Requirement {
        Requirement(
            id: id, title: "Book \"online\" / é", statement: "Patients must book online.", type: .functional,
            priority: .must, acceptanceCriteria: ["a slot is held"], confidence: confidence)
    }

    @Test("successive node states encode to the bytes JSONEncoder writes for each whole state")
    func sameBytesAsWholeState() throws {
        let encoder = CheckpointStateEncoder()
        var state = GraphState(project: .init(name: "alpha", files: []))
        #expect(try encoder.encode(state) == Self.whole(state))
        state.requirements = [Self.requirement("REQ-001", confidence: 0.8)]
        #expect(try encoder.encode(state) == Self.whole(state))
        state.refinementPasses = 2
        state.fallbackNodes = ["extraction"]
        #expect(try encoder.encode(state) == Self.whole(state))
        // A change inside a kept array is seen: equal values only are reused.
        state.requirements[0].confidence = 0.9
        #expect(try encoder.encode(state) == Self.whole(state))
        state.fallbackNodes = nil
        state.requirements = []
        #expect(try encoder.encode(state) == Self.whole(state))
        let decoded = try JSONDecoder().decode(GraphState.self, from: try encoder.encode(state))
        #expect(decoded == state)
    }

    private struct Keyed: Encodable {
        var name: String
        var nested: [String: Int]
        var optional: Int?

        enum CodingKeys: String, CodingKey { case name, nested, optional }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            var nested = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .nested)
            try nested.encodeIfPresent(optional, forKey: .optional)
            try container.encodeNil(forKey: .optional)
        }
    }

    @Test("values with nested containers, unkeyed or single value top levels are encoded whole")
    func otherShapes() throws {
        let encoder = CheckpointStateEncoder()
        let keyed = Keyed(name: "x", nested: ["b": 1], optional: 3)
        #expect(try encoder.encode(keyed) == Self.whole(keyed))
        #expect(try encoder.encode([3, 1, 2]) == Self.whole([3, 1, 2]))
        #expect(try encoder.encode("text") == Self.whole("text"))
        #expect(try encoder.encode(["b": 1, "a": 2]) == Self.whole(["b": 1, "a": 2]))
    }
}
