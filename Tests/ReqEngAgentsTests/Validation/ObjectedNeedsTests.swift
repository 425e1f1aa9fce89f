import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A need another stakeholder answers with "but …" or "it depends" is open until its proposer
/// gives in.
@Suite struct ObjectedNeedsTests {
    private static func contests(_ lines: [(String, String)], roles: [String: String] = [:]) -> [QualityIssue] {
        let transcript = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: roles.sorted { $0.key < $1.key }.map { Participant(name: $0.key, role: $0.value) },
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
        let requirements = ExtractionAgent().extract(from: [transcript]).requirements
        return ValidationAgent().validate(requirements, transcripts: [transcript]).filter {
            $0.issueType == ContestedNeeds.issueType
        }
    }

    @Test func anObjectionPastMurmursAndTheProposersOwnWordsIsAnError() throws {
        let found = Self.contests([
            ("Nadia", "The thermostat should show the outside temperature on its display."),
            ("Tomas", "Mm-hmm."),
            ("Nadia", "That would be a nice touch."),
            ("Eli", "Yeah, but then we need a sensor outside or an internet connection."),
        ])
        let contest = try #require(found.first)
        #expect(contest.severity == .error)
        #expect(contest.message.contains("Eli (turn 4)") && contest.message.contains("sensor outside"))
    }

    /// "Yeah, okay. Couldn't we ju" — "just buy the sensors from someone?": a yes broken
    /// off and gone on with as a question is no giving in; a plain "Yeah, that's right." is.
    @Test func aYesBrokenOffIntoAQuestionDoesNotSettleIt() {
        let opening: [(String, String)] = [
            ("Nadia", "The thermostat should show the outside temperature on its display."),
            ("Eli", "Well, it depends. Unless we have a sensor outside, we can't actually show that."),
        ]
        let questioned = Self.contests(
            opening + [
                ("Nadia", "Yeah okay. Couldn't we ju"), ("Eli", "a sensor."),
                ("Nadia", "just buy the sensors from someone we know?"),
            ])
        #expect(questioned.count == 1)
        let conceded = Self.contests(
            opening + [("Nadia", "Yeah okay."), ("Eli", "So no outside temperature."), ("Nadia", "Okay.")])
        #expect(conceded.isEmpty)
    }

    /// A decision taken over a "but …" that was argued back and never withdrawn stays open; an
    /// objector who comes round ("Okay, fair enough.") settles it, and so does a "but" about
    /// something else.
    @Test func aDecisionOverAnObjectionNeverWithdrawnIsContested() throws {
        let argued: [(String, String)] = [
            ("Nadia", "I'd leave the radio out of the thermostat, nobody listens to a radio there."),
            ("Eli", "But the radio is just one small chip."),
            ("Nadia", "Yeah, but then you need a tuner and an aerial as well."),
            ("Eli", "Those are cheap, honestly."),
        ]
        let found = Self.contests(argued + [("Nadia", "So anyway, we don't want a radio in the thermostat.")])
        let contest = try #require(found.first { $0.message.contains("decided over an objection") })
        #expect(contest.message.contains("Eli") && contest.message.contains("(turn 2)"))
        let withdrawn = Self.contests(
            argued.dropLast() + [
                ("Eli", "Okay, fair enough."), ("Nadia", "So anyway, we don't want a radio in the thermostat."),
            ])
        #expect(!withdrawn.contains { $0.message.contains("decided over an objection") })
        let elsewhere = Self.contests(
            [
                ("Nadia", "I'd leave the radio out of the thermostat, nobody listens to a radio there."),
                ("Eli", "But the weather today is really awful outside."),
                ("Nadia", "Yeah, but then you need a tuner and an aerial as well."),
                ("Eli", "Those are cheap, honestly."),
                ("Nadia", "So anyway, we don't want a radio in the thermostat."),
            ])
        #expect(!elsewhere.contains { $0.message.contains("decided over an objection") })
    }

    @Test func aValueJudgedTooMuchOrAListNarrowedToOneIsObjected() {
        #expect(ContestedNeeds.overshoots("Three is too many. Twice is enough.", need: "renew up to three times"))
        #expect(!ContestedNeeds.overshoots("The queue is too long today.", need: "renew up to three times"))
        #expect(ContestedNeeds.narrowsToOne("Dutch only is fine for us, honestly.", need: "support Dutch and English"))
        #expect(!ContestedNeeds.narrowsToOne("Only the app, yes.", need: "support Dutch and English"))
        #expect(!ContestedNeeds.narrowsToOne("Dutch only.", need: "The app shall support Dutch."))
        #expect(ContestedNeeds.objects("I disagree, most renewals are for textbooks."))
        let found = Self.contests([
            ("Tom", "Members should be able to renew a loan up to three times."),
            ("Karel", "Three is too many. Twice is enough, otherwise popular books never come back."),
            ("Tom", "I disagree, most renewals are for textbooks nobody else wants."),
        ])
        #expect(found.count == 1)
    }

    @Test func itDependsObjectsAndSoDoesWhatAbout() {
        #expect(ContestedNeeds.objects("Well, it depends. Unless we build the sets ourselves we can't show menus."))
        #expect(ContestedNeeds.objects("Yeah, but what about the new rule from head office? We drop the radio."))
        #expect(ContestedNeeds.objects("I know what you mean, but you'll need more buttons for the player."))
        // Said with the stutters of speech.
        #expect(ContestedNeeds.objects("Yeah I I know what you mean, but but you'll need more buttons for the player."))
        #expect(ContestedNeeds.objects("But then if you lose your phone you lose all of it."))
    }

    @Test func questionsGoingAlongAndShortRepliesDoNotObject() {
        #expect(!ContestedNeeds.objects("But what kind of thermostats did you look at?"))
        #expect(!ContestedNeeds.objects("Yeah but how many."))
        #expect(!ContestedNeeds.objects("But also it should be cheap to make."))
        #expect(!ContestedNeeds.objects("But that's fine with me, go ahead."))
        #expect(!ContestedNeeds.objects("Yes, and it should be cheap to make."))
        #expect(!ContestedNeeds.objects("It should depend on the season."))
        // A limit set on the need takes it up; "not everyone", "not now" still set something against it.
        #expect(!ContestedNeeds.objects("But not automatically given to someone else."))
        #expect(!ContestedNeeds.objects("Yes, but not for the group rooms, those stay manual."))
        #expect(ContestedNeeds.objects("But not everyone has a phone with them."))
        #expect(ContestedNeeds.objects("But not now, we have no budget this year."))
    }

    @Test func aProposerWhoGivesInSettlesTheObjection() {
        let settled = Self.contests([
            ("Nadia", "The thermostat should show the outside temperature on its display."),
            ("Eli", "But then we need a sensor outside or an internet connection."),
            ("Nadia", "Okay, true, let's leave it."),
        ])
        #expect(settled.isEmpty)
    }

    @Test func anInterviewersButProbesAndDoesNotObject() {
        let probed = Self.contests(
            [
                ("Marek", "The kiosk should print a receipt for every visit."),
                ("Ines", "But then the paper runs out on busy days, doesn't it?"),
            ], roles: ["Ines": "Interviewer", "Marek": "Clinic manager"])
        #expect(probed.isEmpty)
    }

    @Test func onlyTheFirstAnswerCanObject() {
        let late = Self.contests([
            ("Nadia", "The thermostat should show the outside temperature on its display."),
            ("Eli", "Right, noted for the list we keep."),
            ("Tomas", "And the casing, what colour do we take?"),
            ("Nadia", "White, I'd say, like the walls."),
            ("Tomas", "Fine with me."),
            ("Eli", "But then we need a sensor outside or an internet connection."),
        ])
        #expect(late.isEmpty)
    }
}
