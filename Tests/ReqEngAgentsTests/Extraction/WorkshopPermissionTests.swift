import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A workshop's questions about who may do what: "Can team leads see each other's teams?" "No."
/// is a rule, not a feature left out. Every line is written for the test (a fictional leave-request
/// portal).
@Suite struct WorkshopPermissionTests {
    @Test func aRefusedPermissionIsARule() throws {
        let found = InterviewAnswerTests.extract([
            ("Kim", "Thanks for coming. How should leave requests work in the new portal?"),
            ("Ola", "Every leave request goes to the team lead, and the portal shows the team's leave."),
            ("Kim", "Can team leads see each other's teams in the portal?"),
            ("Ola", "No. Only their own team."),
        ])
        let rule = try #require(found.first { $0.statement.contains("each other's teams") })
        #expect(rule.statement == "Team leads shall not see each other's teams in the portal.")
        #expect(rule.priority != .wont)
    }

    @Test func whoMayIsAskedOfPeople() {
        #expect(ConfirmedProposal.asksPermission("Can team leads see each other's teams?"))
        #expect(ConfirmedProposal.asksPermission("So, may volunteers edit the list?"))
        #expect(!ConfirmedProposal.asksPermission("Can the portal export the list?"))
        #expect(!ConfirmedProposal.asksPermission("Should team leads see each other's teams?"))
    }

    @Test func aNounBeforePeopleIsPartOfTheSubject() {
        #expect(ConfirmedProposal.shortSubjectLength(["team", "leads", "see", "the", "list"]) == 2)
        #expect(
            ConfirmedProposal.declarative("Can team leads see the list?", rejected: true)
                == "Team leads cannot see the list")
    }

    @Test func aNeedPhraseInsideAConditionStatesNoNeed() {
        #expect(ExtractionFixtures.extract("Email when something needs my approval.") == nil)
        #expect(ExtractionFixtures.extract("Every place cancelled after the deposit has to be charged.") != nil)
    }

    @Test func aFreeRelativeBeforeItIsStillTheProduct() throws {
        let found = try #require(ExtractionFixtures.extract("So whatever you build, it can't be slow."))
        #expect(found.statement == "The system shall not be slow.")
    }

    @Test func aConditionWithoutItsCommaStillHasAMainClause() {
        #expect(ConfirmedProposal.hasMainClause(afterCondition: "After two working days it escalates to the manager"))
        #expect(!ConfirmedProposal.hasMainClause(afterCondition: "After two working days at the latest"))
    }

    @Test func whomItMattersToMaySayItFirst() {
        let words = "For HR the main thing is that every request is approved by the lead".split(separator: " ")
            .map(String.init)
        #expect(
            PseudoCleft.rankedThing(words, words.map(SpeechCleaner.bare))?.0
                == "Every request is approved by the lead")
        let other = "For HR it is fine that the lead approves".split(separator: " ").map(String.init)
        #expect(PseudoCleft.rankedThing(other, other.map(SpeechCleaner.bare)) == nil)
    }
}
