import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A design meeting of our own for a television remote, four roles round the table: how a team
/// puts a thing on its product, gives the reason for a proposal, reports a survey, and takes back
/// what it said it did not need.
struct RemoteDesignMeetingTests {
    /// Turns that make "the remote" the thing the meeting designs.
    private static let opening: [(String, String)] = [
        ("Project Manager", "Okay, welcome back. This is the functional design meeting for the remote."),
        ("Industrial Designer", "I looked at the inside of the remote: the battery, the chip and the buttons."),
        ("User Interface", "People mostly use the channel and the volume buttons on the remote."),
        ("Marketing", "Half of the people we asked lose the remote at least once a week."),
        ("Project Manager", "And the price of the remote is fixed at twenty-five euros."),
        ("User Interface", "So the buttons on the remote should be big."),
    ]

    private static func extract(_ lines: [(String, String)]) -> [Requirement] {
        InterviewAnswerTests.extract(opening + lines)
    }

    @Test func aThingPutOnABareItIsPutOnTheProduct() {
        let found = Self.extract([("Project Manager", "Yes, the logo has to be on it, that's from management.")])
        #expect(found.contains { $0.statement == "The logo shall be on the remote." && $0.priority == .must })
    }

    @Test func workOnABareItStaysATaskOfTheTeam() {
        #expect(ExtractionAgent.placedOnProduct("We have to work on it.", in: nil) == "We have to work on it.")
        let found = Self.extract([("Project Manager", "We have to work on it, the deadline is close.")])
        #expect(!found.contains { $0.statement.contains("work on the remote") })
    }

    @Test func whatSomeoneIsSparedIsTheReasonForTheProposal() {
        let found = Self.extract([
            (
                "Industrial Designer",
                "We could use a rechargeable battery, so people don't have to buy batteries all the time."
            )
        ])
        #expect(!found.contains { $0.statement.lowercased().contains("buy batteries") })
    }

    @Test func aSentenceThatOpensWithSoStillStatesItsNeed() {
        let said = "So people don't have to buy batteries."
        let match = NeedDetector().detectAll(said, original: said).first
        #expect(match.map { CandidateFilter().rejection(of: $0) } == .some(nil))
    }

    @Test func aRangeOfAgesIsNoSubject() {
        let found = Self.extract([
            ("Marketing", "A lot of people between, like, fifteen and thirty-five would want to talk to the remote.")
        ])
        #expect(!found.contains { $0.statement.hasPrefix("35") || $0.statement.hasPrefix("Thirty") })
    }

    @Test func aNeedDoneWithoutIsTakenBackWhenAnotherInsistsAndItsSpeakerGivesIn() {
        let said: [(String, String)] = [
            (
                "User Interface",
                "And I also think we don't need the number buttons, because you can scroll through channels."
            ),
            ("Marketing", "No, I think we do need them. Older people want to type the channel number."),
            ("User Interface", "Okay, fair enough."),
        ]
        let found = Self.extract(said)
        #expect(!found.contains { $0.priority == .wont && $0.statement.contains("number buttons") })
        // Without the insisting "no", the team's "we don't need" stands as a Won't.
        let stands = Self.extract(Array(said.prefix(1)))
        #expect(stands.contains { $0.priority == .wont && $0.statement.contains("number buttons") })
    }

    @Test(arguments: [
        ("No, I think we do need them.", true), ("No, we want that.", true), ("No, we don't.", false),
        ("No.", false), ("Yes, we do need them.", false),
    ])
    func aNoThatInsistsOnTheThingDoneWithout(reply: String, insists: Bool) {
        #expect(ContestedNeeds.insists(reply) == insists)
    }

    @Test func aRefusedStillNeededThingIsNotNeeded() {
        let found = Self.extract([
            ("Project Manager", "And the teletext button, do we still need that?"),
            ("User Interface", "I don't think so. Nobody uses teletext anymore."),
        ])
        #expect(found.contains { $0.priority == .wont && $0.statement.contains("teletext") })
        #expect(!found.contains { $0.statement.contains("still") })
    }

    @Test func whatTheTeamWillPutInIsADecision() {
        let found = Self.extract([
            ("Project Manager", "Okay, so we'll put in a finder function that makes the remote beep.")
        ])
        #expect(found.contains { $0.statement.contains("finder function") && $0.priority == .should })
    }

    @Test func aFrameSaidAgainAfterAWholeClauseListsAndDoesNotRestart() {
        #expect(
            SpeechCleaner().clean("It should be fancy, it should be easy to use.").text
                == "It should be fancy, it should be easy to use.")
        #expect(SpeechCleaner().clean("We have to, in my view we have to add a bell.").text == "We have to add a bell.")
        #expect(SpeechCleaner().clean("We should, we should add a bell.").text == "We should add a bell.")
    }

    @Test func clausesJoinedByACommaAloneAreReadApart() {
        #expect(
            CoordinatedNeeds.clauses(
                "It should be fancy, it should be easy to use, and we should keep the buttons few.")
                == ["It should be fancy.", "It should be easy to use.", "We should keep the buttons few."])
        // A pronoun that agrees with the subject before it stands for it; the quote keeps what was said.
        let said = CoordinatedNeeds.clausesAsSaid(
            "Passwords must not be stored in plain text, they have to be hashed properly.")
        #expect(
            said.map(\.read) == [
                "Passwords must not be stored in plain text.", "Passwords have to be hashed properly.",
            ])
        #expect(said.last?.said == "They have to be hashed properly.")
        // A pronoun that may point at someone else leaves the sentence whole.
        let whole = "When a pick list is done, the next one should come up, they shouldn't have to walk back."
        #expect(CoordinatedNeeds.clauses(whole) == [whole])
        // A condition before the comma is no clause of its own.
        #expect(
            CoordinatedNeeds.clauses("If the battery runs low, it should beep twice.")
                == ["If the battery runs low, it should beep twice."])
    }

    @Test func twoThingsEachWithItsArticleAreOneSubject() {
        let found = Self.extract([
            ("Project Manager", "And our corporate colour and the slogan must be visible on the remote.")
        ])
        #expect(found.contains { $0.statement.contains("corporate colour and the slogan") && $0.priority == .must })
    }

    @Test func aTagPutToTheRoomAfterACommaAsksAgreementToWhatCameBefore() {
        #expect(
            ConfirmedProposal.tagApart(["The number of buttons, fifteen max, everybody fine with that?"])
                == ["The number of buttons, fifteen max.", "everybody fine with that?"])
        // "…, right?" after a question of its own checks what someone meant.
        #expect(
            ConfirmedProposal.tagApart(["So will you add the channel keys, right?"])
                == ["So will you add the channel keys, right?"])
        let found = Self.extract([
            ("Project Manager", "The number of buttons, fifteen max, everybody fine with that?"),
            ("User Interface", "Yes."), ("Marketing", "Sure, yeah."),
        ])
        #expect(found.contains { $0.statement.hasPrefix("The number of buttons, 15 max") })
        #expect(!found.contains { $0.statement.contains("fine with that") })
    }

    @Test func aMeetingOfJobsWhoseChairAsksMostHasNoInterviewer() {
        let lines: [(String, String)] = [
            ("Project Manager", "Who wants to start with the remote?"), ("Marketing", "I can start with the remote."),
            ("Project Manager", "Questions on that, about the remote?"), ("User Interface", "No, none from me."),
            ("Project Manager", "And the interface of the remote?"), ("User Interface", "Fifteen buttons at most."),
            ("Project Manager", "The screen on the remote?"), ("Industrial Designer", "Too expensive, I'd skip it."),
        ]
        #expect(SpeakerRoles(InterviewAnswerTests.transcript(lines)).interviewers.isEmpty)
    }

    @Test func whatUsingItIsLikeIsSaidOfTheProduct() {
        let found = Self.extract([("Marketing", "It should be easy to use.")])
        #expect(found.contains { $0.statement == "The remote should be easy to use." })
        // "It" that stands for the clause after it stays as said.
        let ref = SourceRef(sessionID: "s", turn: 1, speaker: "A", quote: "It should be possible to cancel.")
        #expect(
            ExtractionAgent().requirement(from: "It should be possible to cancel.", source: ref, speakerRole: nil)?
                .statement == "It should be possible to cancel.")
    }

    @Test func whatAPrototypeIsMadeOfForNowIsNoDesign() {
        #expect(
            DesignDescription.asNeed(
                "It's made of clay for now.", original: "It's made of clay for now, obviously.") == nil)
        #expect(DesignDescription.asNeed("It's made of rubber.", original: "It's made of rubber.") != nil)
    }

    @Test func aThingKeptIsADecisionWithoutItsEcho() {
        let found = Self.extract([
            ("Industrial Designer", "The scroll wheel is expensive, and the kinetic battery too."),
            ("Marketing", "And we keep the scroll wheel?"),
            ("Project Manager", "Yes, the scroll wheel stays. People liked that in the tests."),
        ])
        #expect(found.contains { $0.statement == "We keep the scroll wheel." })
    }

    @Test func anOptionTheChairTakesAfterARemarkOnItIsTakenUp() {
        let floated: [(String, String)] = [
            ("Project Manager", "That's too much for the remote. What can we drop?"),
            ("User Interface", "We could use a normal battery instead of the kinetic one."),
            ("Industrial Designer", "That saves about two euros on the remote."),
        ]
        let found = Self.extract(floated + [("Project Manager", "Okay, let's do that. Normal battery.")])
        #expect(
            found.contains {
                $0.statement == "We should use a normal battery instead of the kinetic one." && $0.priority == .should
            })
        // A remark with nobody deciding takes nothing up.
        #expect(!Self.extract(floated).contains { $0.statement.contains("normal battery") })
    }

    @Test func aTopicItsAskerDecidesOnByPointingIsHadOrLeftOut() {
        let asked: [(String, String)] = [
            ("Marketing", "Half of the people lose the remote, so a beeper would help."),
            ("Project Manager", "And the lost remote, the beeper?"),
            ("Marketing", "I think that's really important. Half the people lose it."),
        ]
        let had = Self.extract(asked + [("Project Manager", "Okay, we'll have that.")])
        #expect(had.contains { $0.statement == "We'll have the beeper." && $0.priority == .should })
        let left = Self.extract(asked + [("Project Manager", "Hmm. Let's leave that out then.")])
        #expect(left.contains { $0.statement == "No beeper." && $0.priority == .wont })
        // Decided by nobody, the topic is no requirement.
        #expect(!Self.extract(asked).contains { $0.statement.contains("beeper.") && $0.statement.hasPrefix("We'll") })
    }

    @Test func aNoThatOnlyRestatesTheOnlyLosesNoNegation() {
        let said = "Two things: the remote should only work with the TV, so no video recorder or anything."
        let ref = SourceRef(sessionID: "s", turn: 1, speaker: "A", quote: said)
        #expect(
            ExtractionAgent().requirement(from: said, source: ref, speakerRole: nil)?.statement
                == "The remote should only work with the TV.")
        #expect(!ExtractionAgent.restatesOnly("The remote should work with the TV.", in: said))
        #expect(
            !ExtractionAgent.restatesOnly(
                "The remote should only work with the TV.", in: "It should only work with the TV, so no, we don't."))
    }
}
