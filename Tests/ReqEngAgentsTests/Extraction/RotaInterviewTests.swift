import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Ways of speaking met in a volunteer-rota interview of our own: an "it" that echoes the question's
/// verb, what is seen per thing, a rule closed off with "full stop", a wish put off for now, and a
/// priority said as "the number one thing".
struct RotaInterviewTests {
    private static let opening: [(String, String)] = [
        ("Kim", "Thanks for making time. Tell me about the shifts at the bike station."),
        ("Ola", "Volunteers run the bike station in shifts, three shifts a day, and the shifts are on paper."),
    ]

    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        InterviewAnswerTests.extract(opening + lines)
    }

    @Test func anItThatEchoesTheQuestionsVerbIsTheThingAsked() {
        let found = Self.extract([
            ("Kim", "What about the staff, do they need to see the shift list?"),
            ("Ola", "The staff should see it, read only."),
        ])
        #expect(found.map(\.statement).contains("The staff should see the shift list, read only."))
        // Quoted as said.
        #expect(
            found.first { $0.statement.contains("shift list") }?.sourceRefs.first?.quote
                == "The staff should see it, read only.")
    }

    @Test func anItWithAnotherVerbStaysAsSaid() {
        #expect(
            PointerResolution.echoedObject(
                in: "The staff should print it.", question: "Do they need to see the shift list?") == nil)
        #expect(
            PointerResolution.echoedObject(in: "They see it.", question: "Do they see it?") == nil)
        #expect(
            PointerResolution.echoedObject(in: "They should see it.", question: "Should they see the list at home?")
                == nil)
        #expect(
            PointerResolution.echoedObject(in: "Yes, they use it daily.", question: "Do they use your app?")
                == "Yes, they use the app daily.")
    }

    @Test func whatIsSeenPerThingIsANeed() {
        let found = Self.extract([
            ("Kim", "So the main problem is knowing who is on a shift?"),
            ("Ola", "Yes. I need to see for each shift who is coming."),
        ])
        #expect(found.contains { $0.statement.contains("see for each shift who is coming") })
        // Seeing how something goes is waiting for it, not data.
        #expect(!NeedDetector.seesData(["see", "for", "now"][...]))
        #expect(NeedDetector.seesData(["see", "for", "each"][...]))
    }

    @Test func aRuleClosedOffWithFullStopIsAMust() throws {
        let found = Self.extract([
            ("Kim", "How do new volunteers start?"),
            ("Ola", "Untrained volunteers don't get shifts, full stop."),
        ])
        let rule = try #require(
            found.first { $0.statement == "Untrained volunteers don't get shifts." }, "\(found.map(\.statement))")
        #expect(rule.priority == .must)
        #expect(PriorityVerdict.reading("Cash at the station, period.")?.priority == .must)
        // A pointing subject names nothing, and a closing word inside the clause closes nothing.
        #expect(PriorityVerdict.reading("That's it, full stop.") == nil)
        #expect(PriorityVerdict.reading("The period of a shift is four hours.") == nil)
    }

    @Test func anAdjectiveBeforeTheNounIsPartOfTheSubjectOfAProposal() {
        #expect(
            ConfirmedProposal.declarative("Can a new volunteer join a shift with a trained one?", rejected: true)
                == "A new volunteer cannot join a shift with a trained one")
        #expect(
            ConfirmedProposal.declarative("Should the regular members book online?", rejected: false)
                == "The regular members should book online")
    }

    @Test func aWishPutOffIsNotWantedForNow() throws {
        for reply in [
            "That would be nice, but not now.", "Yes, but not now.", "Nice to have. Not for the first version.",
        ] {
            let found = Self.extract([("Kim", "Do you want statistics about the shifts?"), ("Ola", reply)])
            let later = try #require(found.first { $0.sourceRefs.contains { $0.turn == 4 } })
            #expect(later.priority == .wont)
            #expect(later.statement == "We don't want statistics about the shifts for now.", "\(reply)")
        }
        // Refused outright, it is refused for good.
        let refused = Self.extract([("Kim", "Do you want statistics about the shifts?"), ("Ola", "No, never.")])
        #expect(refused.map(\.statement).contains("We don't want statistics about the shifts."))
        // A statement that already says when is left as it is.
        #expect(ExtractionAgent.forNow("No statistics in the first version.") == "No statistics in the first version.")
    }

    @Test func aTopicPutOffIsNotWantedForNow() throws {
        let found = Self.extract([
            ("Kim", "And shift statistics? Some stations have them."),
            ("Ola", "Nice to have. Not for the first version of the shift app."),
        ])
        let later = try #require(found.first { $0.sourceRefs.contains { $0.turn == 4 } })
        #expect(later.statement == "No shift statistics for now.")
        #expect(later.priority == .wont)
    }

    @Test func anAmountWrittenWithAThousandsSeparatorIsANumber() {
        #expect(TextTokens.isNumber("2,000") && TextTokens.isNumber("10,000.50") && TextTokens.isNumber("1,250,000"))
        #expect(!TextTokens.isNumber("2,00") && !TextTokens.isNumber("1,") && !TextTokens.isNumber("12,3456"))
        let found = Self.extract([
            ("Kim", "Is there a budget?"), ("Ola", "The budget is 2,000 euros for the first year."),
        ])
        #expect(found.map(\.statement).contains("The budget is 2,000 euros for the first year."))
    }

    @Test func aCountBeforeItNamesNothingItCouldStandFor() {
        #expect(PointerResolution.dislocated("About 1,500, it should handle more later.") == nil)
        #expect(PointerResolution.dislocated("The shift list, it should be on the phone.") != nil)
    }

    @Test func theNumberOneThingIsAMust() {
        #expect(PriorityWords.priority(in: "Exactly. That's the number one thing.") == .must)
    }

    @Test func aSpokenTailIsNoPartOfAProposal() {
        #expect(
            ConfirmedProposal.declarative("Hours per shift, that kind of thing?", rejected: false)
                == ConfirmedProposal.declarative("Hours per shift?", rejected: false))
        #expect(StatementBuilder.droppingTrailingNoise("hours per shift, stuff like that") == "hours per shift")
    }
}
