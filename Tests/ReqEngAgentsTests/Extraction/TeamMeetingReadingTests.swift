import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A design team's meeting (no interviewer): what one member has to do is their task, a bare "No
/// X." describes unless X was just proposed, and a peer's question settled by a "yes" counts only
/// when it states a need. Every line is written for the test (a fictional bike-lock product).
@Suite struct TeamMeetingReadingTests {
    private static func statements(_ lines: [(String, String)]) -> [String] {
        ExtractionFixtures.teamMeeting(lines).map(\.statement)
    }

    private static let opening: [(String, String)] = [
        ("Designer", "The lock opens with a fingerprint, and the lock has a loud alarm."),
        ("Manager", "The lock is charged by a small solar panel on the lock."),
    ]

    @Test func aPriceTheProductMustSellAtIsANeedThoughItsWordsAreNew() {
        let found = ExtractionFixtures.teamMeeting([
            ("Project Manager", "Okay. Price?"), ("Marketing", "It has to sell for under sixty euros."),
        ])
        #expect(found.contains { $0.statement == "The system shall sell for under 60 euros." })
        // A bare "it" with words the meeting never uses again is still no need.
        #expect(
            ExtractionFixtures.teamMeeting([
                ("Project Manager", "Okay. Anything else?"), ("Marketing", "It has to go through the door."),
            ]).isEmpty)
    }

    /// "We do not want to make it a kiosk." rules out what someone raised a few turns before, so it
    /// is a need though the meeting names the thing only twice; a "we don't want" about something
    /// nobody raised stays unanchored.
    @Test func aTeamRefusingWhatWasJustRaisedIsAWont() {
        let raised = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Designer", "Some people could even use a kiosk to unlock it, right?"),
                ("Manager", "Hmm."),
                ("Marketing", "Our lock,"),
                ("Manager", "Yeah."),
                ("Marketing", "we do not want to make it a kiosk."),
            ])
        let refusal = raised.first { $0.statement == "We do not want to make it a kiosk." }
        #expect(refusal?.priority == .wont)
        #expect(refusal?.sourceRefs.map(\.turn) == [7])
        let unraised = Self.statements(
            Self.opening + [
                ("Designer", "Some people could even use a phone to unlock it, right?"),
                ("Manager", "Hmm."),
                ("Marketing", "we do not want to make it a kiosk."),
            ])
        #expect(!unraised.contains { $0.contains("kiosk") })
    }

    @Test func whatASurveyFoundIsNoDecision() {
        let found = Self.statements(
            Self.opening + [
                ("Marketing", "Most customers want a scooter lock as well."),
                ("Marketing", "Some users also should get a shed lock."),
                ("Designer", "The lock must open in under two seconds with a fingerprint."),
            ])
        #expect(!found.contains { $0.contains("scooter") || $0.contains("shed") })
        #expect(found.contains { $0.contains("2 seconds") })
    }

    /// "…, right?" answered "Yes, definitely.": a need said for the others to agree to, and agreed,
    /// however rarely its words recur; without the agreement it stays unanchored.
    @Test func aTaggedNeedOthersAgreeToIsAStatement() {
        let agreed = Self.statements(
            Self.opening + [
                ("Manager", "And it has to work with both bike racks and scooters, right?"),
                ("Designer", "Both, yeah, definitely."),
            ])
        #expect(agreed.contains("The system shall work with both bike racks and scooters."))
        let unanswered = Self.statements(
            Self.opening + [
                ("Manager", "And it has to work with both bike racks and scooters, right?"),
                ("Designer", "Hm, not sure about scooters."),
            ])
        #expect(!unanswered.contains { $0.contains("scooters") })
        #expect(NeedDetector.asksAssent("It folds, doesn't it?"))
        #expect(!NeedDetector.asksAssent("Does it fold, or not?"))
    }

    /// "My suggestion is …" that another speaker agrees to is a decision; unanswered, it is not.
    @Test func aSuggestionOthersAgreeToIsADecision() {
        let agreed = Self.statements(
            Self.opening + [
                ("Designer", "My suggestion is we ship the lock with two spare keys in the box."),
                ("Manager", "Two keys. Sounds right to me."),
            ])
        #expect(agreed.contains("We ship the lock with two spare keys in the box."))
        let ignored = Self.statements(
            Self.opening + [
                ("Designer", "My suggestion is we ship the lock with two spare keys in the box."),
                ("Manager", "Hm, let's look at the colours first."),
            ])
        #expect(!ignored.contains { $0.contains("spare keys") })
        #expect(ConversationContext.agrees("Two keys. Sounds right to me."))
        #expect(!ConversationContext.agrees("Two keys? No, not right."))
    }

    /// "…, and that's it": a spoken end to a list, no part of the need.
    @Test func andThatsItIsNoPartOfTheNeed() {
        #expect(
            StatementBuilder.droppingTrailingNoise("a small display with the time and the date, and that's it")
                == "a small display with the time and the date")
    }

    @Test func aQualityRankedOrAnOptionBackedIsAStatement() {
        let found = Self.statements(
            Self.opening + [
                ("Designer", "I think the weight is really important."),
                ("Manager", "Having a lock that unlocks by phone is a good idea, 'cause keys get lost."),
                ("Designer", "That's a good idea."),
                ("Marketing", "The weather today is really important."),
            ])
        #expect(found.contains("The weight is really important."))
        #expect(found.contains("Having a lock that unlocks by phone is a good idea."))
        // A verdict on nothing named, and a thing that is neither the product nor a quality of it.
        #expect(!found.contains { $0.hasPrefix("That") || $0.contains("weather") })
    }

    @Test func whatTheTeamWouldNotHaveIsAWont() throws {
        let found = try #require(
            ExtractionFixtures.teamMeeting(
                Self.opening + [("Designer", "We wouldn't have a separate alarm button on the lock.")]
            ).first { $0.sourceRefs.first?.turn == 3 })
        #expect(found.priority == .wont)
        #expect(found.statement == "We wouldn't have a separate alarm button on the lock.")
    }

    @Test func aThingThatWouldBeGoodIsAWish() throws {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Marketing", "People hate a lock with many buttons, the lock buttons."),
                ("Manager", "Okay, so fewer buttons maybe would be good?"),
                ("Marketing", "Yeah. Not many buttons on the lock."),
                ("Designer", "That would be good."),
                ("Manager", "A light on the lock would be nice."),
            ])
        let buttons = try #require(found.first { $0.statement == "Fewer buttons would be good." })
        #expect(buttons.sourceRefs.map(\.turn) == [5, 4])
        let light = try #require(found.first { $0.statement.contains("light on the lock") })
        #expect(light.priority == .could)
        #expect(!found.contains { $0.statement.hasPrefix("That") })
    }

    @Test func notOnlyIsNoDenial() {
        #expect(!NegationPolarity.isNegated("The lock is not only loud but also bright."))
        #expect(!NegationPolarity.isNegated("It is not just a lock."))
        #expect(NegationPolarity.isNegated("It is not a lock."))
    }

    @Test func aHedgeLikeItSeemsIsNoPartOfTheStatement() {
        #expect(
            SpeechCleaner().clean("It seems that the lock has to be waterproof.").text
                == "The lock has to be waterproof.")
    }

    @Test func whatAMemberHasToDoIsTheirTaskNotARequirement() {
        let found = Self.statements(
            Self.opening + [
                ("Designer", "I have to draw the lock housing with the fingerprint sensor by Friday."),
                ("Manager", "The lock must open in under two seconds with a fingerprint."),
            ])
        #expect(!found.contains { $0.lowercased().contains("draw") })
        #expect(found.contains { $0.contains("2 seconds") })
    }

    @Test func aBareNoDescribesUnlessItAnswersAProposal() {
        let fillers = ["Okay.", "Right.", "Fine.", "Good.", "Sure.", "Yes."].map { ("Designer", $0) }
        let described = Self.statements(
            Self.opening + [("Designer", "The alarm of the old lock was annoying.")] + fillers + [
                ("Designer", "I tried the solar panel prototype yesterday."), ("Manager", "No alarm."),
            ])
        #expect(!described.contains { $0.hasPrefix("No alarm") })
        let refused = Self.statements(
            Self.opening + [
                ("Designer", "Should the lock have a loud alarm too?"), ("Manager", "No alarm."),
            ])
        // The reply and the proposal it refuses are one Won't.
        #expect(refused.filter { $0.contains("alarm") } == ["The lock will not have a loud alarm."])
        let reasoned = Self.statements(
            Self.opening + [("Designer", "The alarm of the old lock was annoying.")] + fillers + [
                ("Manager", "No alarm at all because it drains the battery of the lock.")
            ])
        #expect(reasoned.contains { $0.hasPrefix("No alarm") })
    }

    @Test func theTeamsWeIsNeverRewrittenAsUsers() {
        let said = Self.statements(
            Self.opening + [
                ("Designer", "If we have a bigger alarm, the lock has to be charged by a bigger solar panel."),
                ("Manager", "The lock will change, and we have to charge the lock by the solar panel."),
            ])
        #expect(!said.contains { $0.contains("users") }, "\(said)")
        #expect(said.contains { $0.contains("If we have a bigger alarm") }, "\(said)")
    }

    @Test func noPressureRulesNothingOut() {
        let said = Self.statements(
            Self.opening + [
                ("Designer", "The lock senses the pressure of the finger, and the pressure opens it."),
                ("Designer", "Sorry, I'm a bit nervous about this part."),
                ("Manager", "No pressure at all. Who wants to start?"),
            ])
        #expect(!said.contains { $0.hasPrefix("No pressure") }, "\(said)")
        let refused = Self.statements(
            Self.opening + [
                ("Designer", "The lock senses the pressure of the finger, and the pressure opens it."),
                ("Manager", "No fingerprint at all. Who wants to start?"),
            ])
        #expect(refused.contains { $0.hasPrefix("No fingerprint") }, "\(refused)")
    }

    @Test func anOptionRuledOutInAQuestionAndAgreedToIsAWont() {
        let lines =
            Self.opening + [
                ("Designer", "Should we put a G_P_S_ tracker on the lock?"), ("Manager", "It only adds cost."),
                ("Manager", "So no G_P_S_?"),
            ]
        let transcript = Transcript(
            id: "m1", sourcePath: "m1.json", format: .json,
            turns: (lines + [("Designer", "Mm-hmm.")]).enumerated().map {
                Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1)
            })
        let agreed = ExtractionAgent().extract(from: [transcript]).requirements.first { $0.statement == "No GPS." }
        #expect(agreed?.priority == .wont)
        #expect(agreed?.sourceRefs.map(\.turn) == [5, 6])
        // A "hmm" only thinks; a "no" agrees with the negative question as well as a "yes".
        #expect(!Self.statements(lines + [("Designer", "Hmm.")]).contains("No GPS."))
        #expect(Self.statements(lines + [("Designer", "No.")]).contains("No GPS."))
        // What was never talked about is not ruled out by a passing question.
        #expect(
            !Self.statements(Self.opening + [("Manager", "So no rear light?"), ("Designer", "Yeah.")]).contains {
                $0.hasPrefix("No rear")
            })
    }

    @Test func aPeersQuestionSettledByYesCountsOnlyWhenItStatesANeed() {
        let task = Self.statements(
            Self.opening + [
                ("Designer", "I have to explain the lock alarm to the board?"), ("Manager", "Yeah."),
            ])
        #expect(!task.contains { $0.lowercased().contains("explain") })
        let need = Self.statements(
            Self.opening + [
                ("Designer", "Should the lock have a fingerprint reader and a loud alarm?"), ("Manager", "Yes."),
            ])
        #expect(need.contains { $0.lowercased().contains("fingerprint") })
    }

    @Test func aDecisionThatHandsOutTasksIsNoRequirement() {
        let found = Self.statements(
            Self.opening + [
                ("Manager", "So we decided to split the work, so the designer should work on the lock housing."),
                ("Manager", "And we decided to go with a fingerprint reader on the lock."),
            ])
        #expect(!found.contains { $0.lowercased().contains("housing") })
        #expect(found.contains { $0.lowercased().contains("fingerprint reader") })
    }

    @Test func aDecisionWithATagAskingForAssentIsStated() {
        let found = Self.statements(
            Self.opening + [("Manager", "Excellent, so we'll go with the fingerprint reader on the lock, yeah?")])
        #expect(found.contains { $0.lowercased().contains("fingerprint reader") })
        let asked = Self.statements(
            Self.opening + [("Manager", "So do we go with the fingerprint reader on the lock?")])
        #expect(!asked.contains { $0.lowercased().contains("go with the fingerprint reader") })
    }

    /// A need whose words the meeting never returns to counts when someone else endorses it in so
    /// many words ("Good point."), past a murmur or two; a bare "yeah", an endorsement with a "but"
    /// or the speaker's own "good idea" leaves it unanchored.
    @Test func aNeedOthersEndorseCountsWhateverWordsRecur() {
        let need = ("Designer", "So we need to avoid confusing labels like these.")
        let endorsed = Self.statements(Self.opening + [need, ("Marketing", "Mm."), ("Manager", "Nice. Good point.")])
        #expect(endorsed.contains("We need to avoid confusing labels."))
        for reply in [("Manager", "Yeah."), ("Manager", "Good point, but not now."), ("Designer", "Good idea.")] {
            #expect(!Self.statements(Self.opening + [need, reply]).contains { $0.contains("labels") })
        }
        #expect(ConversationContext.endorses("Yeah, I'd certainly support that idea."))
        #expect(!ConversationContext.endorses("I don't think that's a good idea."))
    }

    /// "A loud alarm on the lock is quite handy": a feature the speaker backs, a Could; "that's
    /// really useful" names nothing.
    @Test func aFeatureCalledHandyIsACould() throws {
        let found = ExtractionFixtures.teamMeeting(
            Self.opening + [
                ("Designer", "So I think a loud alarm on the lock is quite handy."),
                ("Manager", "That's really useful."),
                ("Marketing", "The lock with a spare key, yes."),
            ])
        let key = try #require(found.first { $0.statement.contains("handy") })
        #expect(key.statement == "A loud alarm on the lock is quite handy.")
        #expect(key.priority == .could)
        #expect(!found.contains { $0.statement.lowercased().hasPrefix("that") })
    }

    @Test func aPeersQuestionIsAnsweredPastBackchannelsAndTheAskersAfterthoughts() {
        let found = Self.statements(
            Self.opening + [
                ("Designer", "For riding at night, do you think the lock should have a small light on it?"),
                ("Marketing", "Oh. Okay."), ("Designer", "Like a little lamp on the lock, you know,"),
                ("Designer", "or is that a bit silly?"),
                ("Manager", "I don't see why not, riders unlock the lock in the dark all the time."),
            ])
        #expect(found.contains { $0.hasPrefix("The lock should have a small light on it") })
    }

    @Test func theAskersNewQuestionEndsTheSearchForAnAnswer() {
        let found = Self.statements(
            Self.opening + [
                ("Manager", "Do the riders want to see the time on the lock?"), ("Designer", "Mm."),
                ("Manager", "That is the question."), ("Marketing", "Probably not."),
                ("Manager", "Is the lock heavy?"), ("Designer", "Yes."),
            ])
        #expect(!found.contains { $0.contains("time on the lock") })
    }

    @Test func aMemberCheckingWhatAnotherMeantProposesNothing() {
        let found = Self.statements(
            Self.opening + [
                ("Manager", "So you mean we should make the lock a lot more expensive but fancy?"),
                ("Designer", "Yeah."),
            ])
        #expect(!found.contains { $0.contains("expensive") })
    }
}
