import Foundation
import Testing

@testable import ReqEngModel

@Suite struct RequirementCodingTests {
    @Test func encodesContractFieldNamesInSnakeCase() throws {
        let requirement = Requirement(
            id: "REQ-001", title: "Book slots", statement: "The system shall let patients book slots.",
            type: .functional, priority: .must, acceptanceCriteria: ["within 2 s"], confidence: 0.8,
            sourceRefs: [SourceRef(sessionID: "s1", turn: 3, speaker: "Ana", quote: "book slots")])
        let data = try JSONEncoder().encode(requirement)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["acceptance_criteria"] as? [String] == ["within 2 s"])
        let refs = try #require(object["source_refs"] as? [[String: Any]])
        #expect(refs.first?["session_id"] as? String == "s1")
        #expect(object["type"] as? String == "functional")
    }

    @Test(arguments: NFRCategory.allCases)
    func promiseCodesRoundTrip(category: NFRCategory) {
        #expect(NFRCategory(promiseCode: category.promiseCode) == category)
    }

    @Test func functionalCodeIsNoCategory() {
        #expect(NFRCategory(promiseCode: "F") == nil)
    }
}
