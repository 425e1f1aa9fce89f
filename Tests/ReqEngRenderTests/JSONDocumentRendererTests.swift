import Foundation
import Testing

@testable import ReqEngRender

@Suite struct JSONDocumentRendererTests {
    @Test func fixtureDocumentMatchesGolden() throws {
        let text = String(decoding: try JSONDocumentRenderer().render(DocumentFixture.document), as: UTF8.self)
        try GoldenFile.expectMatch(text, named: "clinic.json")
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let renderer = JSONDocumentRenderer()
        #expect(try renderer.render(DocumentFixture.document) == renderer.render(DocumentFixture.document))
    }

    @Test func absentOptionalsAreOmittedAndContractKeysPresent() throws {
        let data = Data(try JSONDocumentRenderer().render(DocumentFixture.document))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema_version"] as? String == "1.0.0")
        let requirements = try #require(object["requirements"] as? [[String: Any]])
        #expect(requirements[1]["actor"] == nil)
        #expect(requirements[0]["acceptance_criteria"] as? [String] == ["Booking confirmed within 2 s"])
    }
}
