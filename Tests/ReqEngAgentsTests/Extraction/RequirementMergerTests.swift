import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct RequirementMergerTests {
    @Test(arguments: [
        (
            "The system shall export the monthly report as PDF.", "The system should export monthly reports as PDF.",
            true
        ),
        ("The system shall send a reminder SMS to patients.", "The system shall send patients a reminder SMS.", true),
        ("The system shall export the monthly report as PDF.", "The system shall email the monthly report.", false),
        ("The system shall store card numbers.", "The system shall not store card numbers.", false),
        ("Receptionists shall be able to cancel bookings.", "Doctors shall be able to view lab results.", false),
    ])
    func similarityThreshold(_ lhs: String, _ rhs: String, _ same: Bool) {
        let similarity = RequirementMerger.similarity(lhs, rhs)
        #expect((similarity >= RequirementMerger().threshold) == same, "similarity \(similarity)")
    }

    /// A need said again more briefly ("it should fit the hand") is the same need even when the
    /// first saying named more (half the words are shared, and all of the brief one's).
    @Test func aBriefRestatementWithHalfTheWordsIsTheSameNeed() {
        let merger = RequirementMerger()
        #expect(merger.sameNeed("The handle should fit the hand shape.", "It should fit the hand."))
        #expect(!merger.sameNeed("The handle should fit the hand shape.", "It should fit the pocket."))
        #expect(!merger.sameNeed("The handle should be light, soft and fit the hand.", "It should fit the hand."))
        #expect(!merger.sameNeed("The handle should not fit the hand shape.", "It should fit the hand."))
    }

    /// "It has to be fast. The list should load in two seconds.": a loose quality and, next, its
    /// measure are one need, in the measured words.
    /// "The device …" and "The design …" name the product being built, as "The system …" does: the
    /// subject tells no two needs apart; a part of the product ("The handle …") still does.
    @Test func aSubjectThatOnlyNamesTheProductIsNoContent() {
        let merger = RequirementMerger()
        #expect(merger.sameNeed("The design should sit flat on a desk.", "The device should sit flat."))
        #expect(merger.sameNeed("The device should sit flat.", "The product should sit flat on a desk."))
        #expect(merger.sameNeed("The remote control must float in water.", "The system must float in water."))
        #expect(!merger.sameNeed("The design should sit flat on a desk.", "The unit should sit on a shelf."))
        #expect(!merger.sameNeed("The base should sit flat on a desk.", "The shade should sit flat."))
        #expect(RequirementMerger.withoutProductSubject("The unit must be small.") == "must be small.")
        #expect(RequirementMerger.withoutProductSubject("Unit prices must be small.") == "Unit prices must be small.")
    }

    @Test func aLooseQualityFollowedByItsMeasureIsOneNeed() {
        let found = ExtractionFixtures.kioskInterview([
            ("Kim", "How quick does the search need to be?"),
            ("Ola", "It has to be fast. The results should be there in two seconds."),
            ("Kim", "And the screen?"), ("Ola", "It has to be bright. We need a big screen for the hall."),
        ])
        let measured = found.first { $0.statement.contains("2 seconds") }
        #expect(measured?.sourceRefs.count == 2)
        #expect(!found.contains { $0.statement.contains("fast") })
        // No measure, no fold: the bright screen and the big one stay two needs.
        #expect(found.contains { $0.statement.contains("bright") })
    }

    @Test func foldKeepsTheFirstAndTheStrongestPriority() {
        let first = Requirement(
            id: "", title: "Export", statement: "The system should export the monthly report as PDF.",
            type: .functional, priority: .should, confidence: 0.8,
            sourceRefs: [SourceRef(sessionID: "a", turn: 2, speaker: "Ana", quote: "q1")])
        var second = first
        second.statement = "The system shall export monthly reports as PDF."
        second.priority = .must
        second.acceptanceCriteria = ["Completion time <= 5 min"]
        second.sourceRefs = [SourceRef(sessionID: "b", turn: 7, speaker: "Bo", quote: "q2")]
        let merged = RequirementMerger().merge([first, second])
        #expect(merged.count == 1)
        #expect(merged[0].statement == first.statement)
        #expect(merged[0].priority == .must)
        #expect(merged[0].sourceRefs.map(\.sessionID) == ["a", "b"])
        #expect(merged[0].acceptanceCriteria == ["Completion time <= 5 min"])
        #expect(merged[0].confidence == 0.85)
    }
}

extension RequirementMergerTests {
    private static func said(
        _ statement: String, turn: Int, by speaker: String = "Ola", priority: Priority = .should
    )
        -> Requirement
    {
        Requirement(
            id: "", title: statement, statement: statement, type: .functional, priority: priority, confidence: 0.7,
            sourceRefs: [SourceRef(sessionID: "s", turn: turn, speaker: speaker, quote: statement)])
    }

    @Test func aShortNoTakesBackAWishOfTheSameSpeaker() throws {
        let wish = Self.said("A photo of the member on their kiosk card would be good.", turn: 10)
        let retraction = Self.said("No photos.", turn: 12, priority: .wont)
        let merged = RequirementMerger().merge([wish, retraction])
        let only = try #require(merged.count == 1 ? merged.first : nil)
        #expect(only.statement == "No photos.")
        #expect(only.rationale?.contains("Supersedes") == true)
    }

    @Test func aNoOfSomeoneElseOrLongAfterOrOfAPartStaysItsOwn() {
        let wish = Self.said("A photo of the member on their kiosk card would be good.", turn: 10)
        #expect(
            RequirementMerger().merge([wish, Self.said("No photos.", turn: 12, by: "Kim", priority: .wont)]).count == 2)
        #expect(RequirementMerger().merge([wish, Self.said("No photos.", turn: 30, priority: .wont)]).count == 2)
        #expect(
            RequirementMerger().merge([
                wish, Self.said("No photos of children at the kiosk.", turn: 12, priority: .wont),
            ])
            .count == 2)
    }

    @Test func aRefusalSaidTwiceInOneBreathIsOneWont() throws {
        let short = Self.said("No app, please.", turn: 24, priority: .wont)
        let long = Self.said("I don't want riders downloading an app to fix a flat tyre.", turn: 24, priority: .wont)
        let merged = RequirementMerger().merge([short, long])
        let only = try #require(merged.count == 1 ? merged.first : nil)
        #expect(only.statement == "No app, please.")
        #expect(only.sourceRefs.count == 2)
        // Another thing refused, or the same refused by someone else, stays its own.
        let other = Self.said("I don't want riders paying online.", turn: 24, priority: .wont)
        #expect(RequirementMerger().merge([short, other]).count == 2)
        let someoneElse = Self.said(
            "I don't want riders downloading an app.", turn: 25, by: "Kim", priority: .wont)
        #expect(RequirementMerger().merge([short, someoneElse]).count == 2)
    }

    /// "Riders will not log in to rent a bike." and "No login.": a thing written as one word or
    /// two is one thing.
    @Test func aRefusalOfAThingWrittenAsTwoWordsIsTheSameWont() {
        let long = Self.said("Riders will not log in to rent a bike.", turn: 24, priority: .wont)
        #expect(RequirementMerger().merge([long, Self.said("No login.", turn: 24, priority: .wont)]).count == 1)
        #expect(RequirementMerger().merge([long, Self.said("No logbook.", turn: 24, priority: .wont)]).count == 2)
    }

    @Test func aShortNoAfterARefusalItRestatesIsFolded() throws {
        var confirmed = Self.said("No reviews or star ratings on the site at all.", turn: 76, priority: .wont)
        confirmed.sourceRefs.append(SourceRef(sessionID: "s", turn: 78, speaker: "Ola", quote: "No reviews."))
        let merged = RequirementMerger().merge([confirmed, Self.said("No reviews.", turn: 78, priority: .wont)])
        #expect(merged.count == 1)
    }

    @Test func aShortNoSummingUpWhatWasRuledOutIsFolded() throws {
        let said = Self.said("The dimmer shall dim LED bulbs without flickering.", turn: 51, by: "Ines")
        let summed = Self.said("No flicker.", turn: 58, by: "Kim", priority: .wont)
        let merged = RequirementMerger().merge([said, summed])
        let only = try #require(merged.count == 1 ? merged.first : nil)
        #expect(only.statement == said.statement)
        #expect(only.sourceRefs.map(\.turn) == [51, 58])
        // Long after, of something else, or of what was wished rather than ruled out: its own.
        #expect(RequirementMerger().merge([said, Self.said("No flicker.", turn: 80, priority: .wont)]).count == 2)
        #expect(RequirementMerger().merge([said, Self.said("No hum.", turn: 58, priority: .wont)]).count == 2)
        let wished = Self.said("The dimmer shall show a flicker when it is overloaded.", turn: 51)
        #expect(RequirementMerger().merge([wished, summed]).count == 2)
    }

    @Test func twoThingsRefusedInOneBreathAreTwoWonts() {
        let refused = ExtractionFixtures.kioskInterview([
            ("Kim", "How does the library pay for the kiosk screen?"),
            ("Ola", "From the council budget. We don't want ads, and no paid ranking."),
        ])
        #expect(refused.map(\.statement) == ["We don't want advertisements.", "No paid ranking."])
        #expect(refused.allSatisfy { $0.priority == .wont })
        #expect(ExtractionAgent.splittingRefusals(Self.said("We need a scanner, and no cables.", turn: 3)).count == 1)
    }

    @Test(arguments: [
        ("We should give up with the dimmer.", true), ("Let's drop the titanium.", true),
        ("We can just scrap the night light.", true), ("Users should be able to drop a booking.", false),
        ("We should drop by the workshop on Friday to see the prototype.", false),
        ("We should keep the dimmer.", false),
    ])
    func aTeamLeavingAThingOutIsAWont(statement: String, wont: Bool) {
        let marked = ExtractionAgent.markingDropsAsWont(Self.said(statement, turn: 4))
        #expect((marked.priority == .wont) == wont, "\(statement)")
    }
}
