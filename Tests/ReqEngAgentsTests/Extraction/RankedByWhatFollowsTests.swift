import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A need ranked by the short sentence after it ("That's the most important bit for me."), and a
/// thing named before "that would help" as the subject of the wish. Every line is written for the
/// test (a fictional bike-rental app).
@Suite struct RankedByWhatFollowsTests {
    private static func need(after remark: String) throws -> Requirement {
        let found = ClientWordingTests.extract([
            ("Kim", "What else?"), ("Ola", "Customers should pay for the rental in the app. " + remark),
        ])
        return try #require(found.first { $0.statement.contains("pay for the rental") })
    }

    @Test func aMustSaidOfTheNeedJustSaidRanksIt() throws {
        let need = try Self.need(after: "That's the most important bit for me.")
        #expect(need.priority == .must)
        #expect(need.statement == "Customers shall pay for the rental in the app.")
    }

    @Test func aNiceToHaveSaidOfItLowersIt() throws {
        let need = try Self.need(after: "That's nice to have, though.")
        #expect(need.priority == .could)
        #expect(need.statement == "Customers may pay for the rental in the app.")
    }

    @Test(arguments: [
        "That's really important for me.", "That's important, but the price matters more.",
        "The most important thing is the price.", "Is that a must?", "We open at eight.",
    ])
    func aRemarkThatRanksNothingNewLeavesTheNeed(remark: String) throws {
        #expect(try Self.need(after: remark).priority == .should)
    }

    @Test(arguments: [
        ("That's a must.", Priority.must), ("This one is essential for us.", .must), ("That's optional.", .could),
        ("That's the most important bit for me.", .must),
    ])
    func ranksPointedAt(sentence: String, priority: Priority) {
        #expect(ExtractionAgent.rankPointedAt(sentence) == priority)
    }

    @Test func aThingNamedBeforeThatIsTheSubjectOfTheWish() {
        #expect(
            PointerResolution.dislocated("A weekly list, that would help a lot.") == "A weekly list would help a lot.")
        #expect(PointerResolution.dislocated("For the parents, that would be nice.") == nil)
        #expect(PointerResolution.dislocated("Okay, that would be nice.") == nil)
    }
}
