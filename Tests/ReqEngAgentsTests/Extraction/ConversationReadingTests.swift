import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Extraction over whole conversations: who speaks, confirmations, decisions without modals, what
/// is not a need. Every transcript here is written for the test (a fictional library app).
@Suite struct ConversationReadingTests {
    private static func transcript(
        _ lines: [(String, String)], roles: [String: String] = [:], id: String = "s1"
    ) -> Transcript {
        Transcript(
            id: id, sourcePath: "\(id).md", format: .markdown,
            participants: roles.sorted { $0.key < $1.key }.map { Participant(name: $0.key, role: $0.value) },
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
    }

    private static func extract(_ transcript: Transcript) -> [Requirement] {
        ExtractionAgent().extract(from: [transcript]).requirements
    }

    static let interview = transcript(
        [
            ("Kim", "Thanks for your time. Let's start with the loans."),
            ("Ola", "Sure. Members borrow books and return them at any branch."),
            ("Kim", "So you'd want members to renew their loans online?"),
            ("Ola", "Yes, exactly. Up to three times."),
            ("Kim", "And should the app send a reminder before a loan is due?"),
            ("Ola", "No, members hate those messages."),
            ("Kim", "So no reminders at all, then?"),
            ("Ola", "No. None."),
            ("Kim", "Do members need an account to search the catalogue?"),
            ("Ola", "Hmm, we haven't decided that yet."),
            ("Kim", "The loans page should show the due date in red, I guess."),
            ("Ola", "Members must be able to reserve a book that is on loan."),
        ], roles: ["Kim": "Business analyst", "Ola": "Head librarian"])

    @Test func aDeclaredAnalystIsAnInterviewer() {
        let roles = SpeakerRoles(Self.interview)
        #expect(roles.interviewers == ["Kim"])
        #expect(!roles.isInterviewer("Ola"))
    }

    @Test func questionRatioFindsTheInterviewerWithoutRoles() {
        var noRoles = Self.interview
        noRoles.participants = []
        #expect(SpeakerRoles(noRoles).interviewers == ["Kim"])
    }

    @Test func twoAnalystsTakingTurnsAreBothInterviewers() {
        let interview = Self.transcript([
            ("Kim", "So how do members borrow books today?"), ("Ola", "At the desk, with the card, it takes long."),
            ("Mo", "And would they use a kiosk for that?"), ("Ola", "Yes, if it's simple, with big buttons."),
            ("Kim", "Should it print a receipt every time?"), ("Ola", "Yes, always, members want paper."),
            ("Mo", "What about fines, how are they paid now?"), ("Ola", "Cash at the desk, it's a pain."),
            ("Kim", "Would card payment at the kiosk help?"), ("Ola", "It would, yes, card only at the kiosk."),
            ("Mo", "And returns, do they go to the kiosk too?"), ("Ola", "No, returns stay in the slot."),
        ])
        #expect(SpeakerRoles(interview).interviewers == ["Kim", "Mo"])
    }

    @Test func aTeamLabelledByItsJobsHasNoInterviewerThoughTheChairAsks() {
        let meeting = Self.transcript([
            ("Project Manager", "Battery or cable for the lamp?"), ("Engineer", "A battery, people move it around."),
            ("Project Manager", "Do we want colour changing?"), ("Marketing", "Nobody asked for it, it adds cost."),
            ("Project Manager", "The arm, fixed or adjustable?"), ("Designer", "Adjustable, with two joints."),
            ("Project Manager", "And the base, what do you think?"), ("Designer", "Heavy, so it doesn't tip."),
        ])
        #expect(SpeakerRoles(meeting).interviewers.isEmpty)
        #expect(SpeakerRoles.namesTeamRole("UX Designer") && SpeakerRoles.namesTeamRole("Marketing"))
        // A job named by what it looks after.
        #expect(SpeakerRoles.namesTeamRole("User Interface") && SpeakerRoles.namesTeamRole("QA"))
        #expect(!SpeakerRoles.namesTeamRole("Kim") && !SpeakerRoles.namesTeamRole("Client"))
        // Named people still have an interviewer when one of them mostly asks.
        var named = Self.interview
        named.participants = []
        #expect(SpeakerRoles(named).interviewers == ["Kim"])
    }

    @Test func aMeetingWhereEveryoneAsksAndDecidesHasNoInterviewer() {
        let meeting = Self.transcript([
            ("A", "Should it have a screen?"), ("B", "I think a screen is too expensive."),
            ("C", "What about the colour?"), ("A", "Yellow, like the logo."), ("B", "Do we want a cover?"),
            ("C", "Yes, a rubber cover."), ("A", "Is rubber cheap?"), ("C", "Cheap enough, I'd say."),
            ("B", "And the battery?"), ("A", "Could we go kinetic?"), ("C", "How about solar?"),
        ])
        #expect(SpeakerRoles(meeting).interviewers.isEmpty)
    }

    /// A chair who asks most (who starts, whether anyone objects, how many) among colleagues who
    /// ask the team too ("Do we …?") is no interviewer; stakeholders who only ask the interviewer
    /// back leave the interviewer one.
    @Test func aChairAmongColleaguesWhoAskTheTeamIsNoInterviewer() {
        let meeting = Self.transcript([
            ("Hanna", "Okay, is everyone here? Tobias, do you want to start?"),
            ("Tobias", "Sure. For the light I'd take the colour LEDs, they do the sunrise."),
            ("Hanna", "Okay. Anyone against that?"), ("Ravi", "No, that is what people expect from it."),
            ("Tobias", "Power comes from a normal cable, batteries would be empty in weeks."),
            ("Ravi", "What if there's a power cut in the night? Do we lose the alarm then?"),
            ("Tobias", "Good point, a small backup cell for the clock."),
            ("Hanna", "Fine. Lotte, what about the buttons?"), ("Lotte", "One big snooze button on top."),
            ("Hanna", "And the alarm time, where do people set it?"), ("Lotte", "With a dial on the back."),
            ("Lotte", "Do we do Bluetooth or wifi for the app? Wifi costs more."),
            ("Hanna", "How many sounds, then?"), ("Lotte", "Five nature sounds is plenty."),
            ("Ravi", "Can we also let people use their own song from the phone?"),
            ("Tobias", "That is a lot more memory, not in the first version."),
        ])
        #expect(SpeakerRoles(meeting).interviewers.isEmpty)
        // Two stakeholders who each ask the interviewer back twice, of "you", not of a team.
        let interview = Self.transcript([
            ("Kim", "How do members borrow books today?"), ("Ola", "At the desk, it takes long."),
            ("Kim", "Would they use a kiosk for that?"), ("Ola", "Sorry, which kiosk do you mean?"),
            ("Kim", "The one by the door. Should it print receipts?"), ("Mo", "Does it have paper? Then yes."),
            ("Kim", "What about fines, how are they paid now?"), ("Ola", "Cash at the desk, it's a pain."),
            ("Kim", "Would card payment at the kiosk help?"), ("Mo", "Do you mean debit cards? Yes, it would."),
            ("Kim", "And who empties the returns box?"), ("Ola", "The morning shift, every day at nine."),
            ("Kim", "Do you need reports from the kiosk?"), ("Mo", "A weekly count of the loans would help."),
            ("Kim", "Is the kiosk open at night?"), ("Ola", "Have you seen our opening hours? No, it is not."),
            ("Kim", "Should the screen be large?"), ("Mo", "Large enough for older members to read."),
            ("Kim", "How many languages?"), ("Ola", "Dutch and English, those two are enough."),
        ])
        #expect(SpeakerRoles(interview).interviewers == ["Kim"])
        // Two clients who ask each other as "we", with one interviewer: still an interview.
        let clients = Self.transcript([
            ("Kim", "How do members borrow books today?"), ("Ola", "At the desk. Do we still use the cards, Mo?"),
            ("Kim", "Would they use a kiosk for that?"), ("Mo", "Yes. Do we have room for one, Ola?"),
            ("Kim", "Should it print receipts?"), ("Ola", "Yes. Can we print them on cheap paper?"),
            ("Kim", "And fines, how are they paid now?"), ("Mo", "Cash. Should we stop that?"),
            ("Kim", "Would card payment help?"), ("Ola", "It would, card only at the kiosk."),
            ("Kim", "Do you need reports?"), ("Mo", "A weekly count of the loans."),
            ("Kim", "Is the kiosk open at night?"), ("Ola", "No, it is not."),
            ("Kim", "Who fills the paper?"), ("Mo", "The morning shift does that."),
            ("Kim", "And how many languages?"), ("Mo", "Dutch and English are enough."),
        ])
        #expect(SpeakerRoles(clients).interviewers == ["Kim"])
    }

    @Test func aConfirmedProposalCitesTheReplyThenTheProposal() throws {
        let requirements = Self.extract(Self.interview)
        let renew = try #require(requirements.first { $0.statement.lowercased().contains("renew") })
        #expect(renew.sourceRefs.map(\.turn) == [4, 3])
        #expect(renew.sourceRefs.first?.speaker == "Ola")
    }

    @Test func aRefusedProposalIsItsNegation() throws {
        let requirements = Self.extract(Self.interview)
        let reminder = try #require(requirements.first { $0.statement.lowercased().contains("reminder") })
        #expect(NegationPolarity.isNegated(reminder.statement))
        #expect(reminder.sourceRefs.map(\.turn).contains(6))
    }

    @Test func anUnansweredOrUnconfirmedInterviewerStatementIsNotARequirement() {
        let requirements = Self.extract(Self.interview)
        let cited = Set(requirements.flatMap(\.sourceRefs).map(\.turn))
        // Turn 9/10: no answer yet; turn 11: the analyst's own idea, never confirmed.
        #expect(!cited.contains(9) && !cited.contains(10) && !cited.contains(11))
        #expect(!requirements.contains { $0.statement.contains("red") })
    }

    @Test func theStakeholdersOwnNeedIsKept() {
        let requirements = Self.extract(Self.interview)
        #expect(requirements.contains { $0.statement.contains("reserve a book") && $0.sourceRefs[0].turn == 12 })
    }

    static let meeting = transcript([
        ("Lead", "Okay, we have thirty minutes. The Designer should present the prototype first."),
        ("Designer", "Right. So the scanner reads the barcode on the book and the scanner beeps."),
        ("Lead", "Good. You could also have a little screen on the scanner, I suppose."),
        ("Designer", "It may be a bit expensive though."),
        ("Marketing", "Let's go with the rubber casing for the scanner, it's cheaper."),
        ("Lead", "Fine. And no screen on the scanner, then."),
        ("Designer", "We should each have a look at the costs before next time."),
        ("Marketing", "The scanner should be light enough to hold in one hand."),
        ("Lead", "What we need is a good barcode reader, basically."),
        ("Designer", "That should be alright."),
    ])

    @Test func decisionsWithoutModalsKeepTheSpeakersWords() throws {
        let requirements = Self.extract(Self.meeting)
        let casing = try #require(requirements.first { $0.statement.contains("rubber casing") })
        #expect(casing.isInSpeakersWords)
        #expect(casing.statement.hasPrefix("Let's go with the rubber casing"))
        let ruledOut = try #require(requirements.first { $0.statement.contains("screen") })
        #expect(ruledOut.statement == "No screen on the scanner.")
        #expect(ruledOut.priority == .wont)
    }

    @Test func aParticipantsQuestionSettledByAnotherIsADecision() throws {
        let meeting = Self.transcript([
            ("Lead", "The scanner needs a case. The scanner case is the next thing."),
            ("Designer", "Should the scanner case be made of rubber?"),
            ("Marketing", "Yes, rubber, it survives a drop."),
            ("Designer", "Is that okay for everyone?"),
            ("Lead", "Yes."),
            ("Lead", "Should the scanner case be blue?"),
            ("Designer", "Hmm, let me think about the scanner colours."),
        ])
        let requirements = Self.extract(meeting)
        let rubber = try #require(requirements.first { $0.statement.contains("rubber") })
        #expect(rubber.sourceRefs.map(\.turn) == [3, 2])
        #expect(rubber.sourceRefs.first?.speaker == "Marketing")
        // A question with no need in it, and one nobody settled, decide nothing.
        #expect(!requirements.contains { $0.sourceRefs.contains { $0.turn == 4 || $0.turn == 6 } })
    }

    @Test func optionsTasksVerdictsAndWhClausesAreNotNeeds() {
        let statements = Self.extract(Self.meeting).map(\.statement)
        #expect(!statements.contains { $0.contains("present") })  // a task for a participant
        #expect(!statements.contains { $0.contains("little screen") })  // a floated option
        #expect(!statements.contains { $0.contains("expensive") })  // a possibility
        #expect(!statements.contains { $0.contains("look at the costs") })  // meeting talk
        #expect(!statements.contains { $0.contains("barcode reader") })  // a wh-clause
        #expect(!statements.contains { $0.contains("alright") })  // a verdict
        #expect(statements.contains { $0.contains("light enough to hold in one hand") })
    }

    @Test func explicitPriorityWordsOverrideTheModal() throws {
        let said = try #require(
            ExtractionFixtures.extract("The app must show opening hours, but honestly that's nice to have."))
        #expect(said.priority == .could)
        #expect(PriorityWords.priority(in: "Search is our highest priority") == .must)
        #expect(PriorityWords.priority(in: "That one is less important") == .could)
        #expect(PriorityWords.priority(in: "It is not the highest priority") == .could)
        #expect(PriorityWords.priority(in: "The app shall show the map") == nil)
    }

    @Test func aCorrectionSupersedesAndKeepsTheEarlierFormAsHistory() throws {
        let transcript = Self.transcript(
            [
                ("Ola", "Loans must last 14 days."),
                ("Kim", "Okay."),
                ("Ola", "Actually, loans must last 21 days."),
            ], roles: ["Kim": "Analyst", "Ola": "Librarian"])
        let requirements = Self.extract(transcript)
        #expect(requirements.count == 1)
        let loan = try #require(requirements.first)
        #expect(loan.statement.contains("21 days"))
        #expect(loan.rationale?.contains("14 days") == true)
        #expect(loan.sourceRefs.map(\.turn) == [3])
    }

    @Test func differentObjectsActionsOrQuantitiesNeverMerge() {
        let merger = RequirementMerger()
        #expect(
            !merger.sameNeed(
                "The system shall cancel orders within 5 seconds.", "The system shall cancel tickets within 5 seconds.")
        )
        #expect(
            !merger.sameNeed(
                "The system shall cancel orders within 5 seconds.", "The system shall cancel orders within 4 seconds."))
        #expect(
            !merger.sameNeed(
                "The system shall cancel orders within 5 seconds.", "The system shall print orders within 5 seconds."))
        #expect(
            merger.sameNeed(
                "The system shall send an SMS reminder to each patient.",
                "The system shall send an SMS reminder to every patient."))
        #expect(!merger.sameNeed("The system shall send reminders.", "The system shall not send reminders."))
    }

    @Test func twoValuesWithoutACorrectionStayTwoRequirements() {
        let transcript = Self.transcript(
            [("Ola", "Loans must last 14 days."), ("Kim", "Okay."), ("Ola", "Loans must last 21 days.")],
            roles: ["Kim": "Analyst", "Ola": "Librarian"])
        #expect(Self.extract(transcript).count == 2)
    }

    @Test func confidenceFollowsTheKindOfEvidence() {
        let interview = Self.extract(Self.interview)
        let meeting = Self.extract(Self.meeting)
        let confirmed = interview.filter { $0.sourceRefs.count > 1 }.map(\.confidence)
        #expect(!confirmed.isEmpty && !meeting.isEmpty)
        #expect((confirmed.min() ?? 0) > (meeting.map(\.confidence).max() ?? 1))
        #expect((interview + meeting).allSatisfy { (0.05...0.99).contains($0.confidence) })
    }

    @Test func aRequirementThatRulesSomethingOutSaysSoInItsTitle() throws {
        let requirements = Self.extract(
            Self.transcript([
                ("Ola", "The system must not send the loan history to other branches."),
                ("Ola", "The system must send a receipt after every loan."),
            ]))
        let ruledOut = try #require(requirements.first { $0.statement.contains("shall not") })
        #expect(ruledOut.title.hasPrefix("Not send"))
        let wanted = try #require(requirements.first { $0.statement.contains("receipt") })
        #expect(wanted.title.hasPrefix("Send"))
        // Every heading is made from the final statement.
        #expect(requirements.allSatisfy { $0.title == RequirementTitle.title(of: $0.statement) })
    }
}
