import ReqEngModel
import Testing

@testable import ReqEngAgents

/// A rule that a stated requirement rules out while other turns suggest it does not fire, and is
/// asked about instead.
@Suite struct RuleDisagreementTests {
    private static func transcript(_ lines: [(String, String)]) -> Transcript {
        Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            turns: lines.enumerated().map { Turn(number: $0.offset + 1, speaker: $0.element.0, text: $0.element.1) })
    }

    /// What the shipped catalogue infers from `transcript` with `requirements` stated.
    private static func infer(
        _ transcript: Transcript, _ requirements: [Requirement]
    ) throws
        -> InferenceAgent.Outcome
    {
        try InferenceAgent(softwareShareThreshold: 0).infer(transcripts: [transcript], requirements: requirements)
    }

    private static func stated(_ statement: String, turn: Int, speaker: String, quote: String) -> Requirement {
        Requirement(
            id: "REQ-001", title: "t", statement: statement, type: .functional, priority: .must, confidence: 0.8,
            sourceRefs: [SourceRef(sessionID: "s1", turn: turn, speaker: speaker, quote: quote)])
    }

    @Test func anExclusionThatOtherTurnsContradictIsAQuestionNotARequirement() throws {
        let transcript = Self.transcript([
            ("Ola", "Patrons shall not need a login at all."),
            ("Ben", "Staff log in to the back office to fix the loans."),
        ])
        let requirement = Self.stated(
            "Patrons shall not need a login at all.", turn: 1, speaker: "Ola",
            quote: "Patrons shall not need a login at all.")
        let outcome = try Self.infer(transcript, [requirement])
        #expect(!outcome.ruleIDs.values.contains("SEC-AUTH"))
        let disagreement = try #require(outcome.disagreements.first { $0.ruleID == "SEC-AUTH" })
        #expect(disagreement.requirementID == "REQ-001")
        #expect(disagreement.suggestedBy.map(\.turn) == [2])

        let issues = ValidationAgent().validate([requirement], transcripts: [transcript], disagreements: [disagreement])
        let finding = try #require(issues.first { $0.issueType == RuleDisagreement.issueType })
        #expect(finding.message.contains("back office") && finding.message.contains("login at all"))
        let questions = ClarificationAgent().questions(
            issues: issues, requirements: [requirement], transcripts: [transcript])
        let question = try #require(questions.first { $0.issueID == finding.id })
        #expect(question.addressee == "Ola")
        #expect(question.text.hasPrefix("You said “Patrons shall not need a login at all”"))
        #expect(question.text.contains("Should it be left out on purpose?"))
    }

    @Test(arguments: [
        "Right, the catalogue is public.",
        // What exists today is the reason for the exclusion, not a suggestion against it.
        "They already log in to the library portal every day.",
    ])
    func anExclusionNobodyContradictsRaisesNothing(reply: String) throws {
        let transcript = Self.transcript([("Ola", "Patrons shall not need a login at all."), ("Ben", reply)])
        let requirement = Self.stated(
            "Patrons shall not need a login at all.", turn: 1, speaker: "Ola",
            quote: "Patrons shall not need a login at all.")
        let outcome = try Self.infer(transcript, [requirement])
        #expect(outcome.disagreements.isEmpty)
        #expect(!outcome.ruleIDs.values.contains("SEC-AUTH"))
    }
}

extension RuleDisagreementTests {
    @Test func refusingOneWayOfMeetingARuleDoesNotRuleItOut() throws {
        let transcript = Self.transcript([
            ("Ola", "They scan their staff card to log in. No passwords, nobody remembers them."),
            ("Ben", "So each picker signs in with the card."),
            ("Ola", "Yes."),
        ])
        let requirement = Self.stated(
            "No passwords.", turn: 1, speaker: "Ola",
            quote: "They scan their staff card to log in. No passwords, nobody remembers them.")
        let outcome = try Self.infer(transcript, [requirement])
        // Signing in with a card is authentication without a password: nothing to settle.
        #expect(outcome.disagreements.isEmpty)
        #expect(!outcome.excludedRuleIDs.contains("SEC-AUTH"))
        // Storing passwords is what was refused: that rule is out.
        #expect(!outcome.ruleIDs.values.contains("SEC-PASSWORD"))
        // Signing in was stated: authentication is no inference of ours.
        let signIn = Self.stated(
            "Pickers shall log in by scanning their staff card.", turn: 2, speaker: "Ben",
            quote: "So each picker signs in with the card.")
        let stated = try Self.infer(transcript, [requirement, signIn])
        #expect(stated.coveredRuleIDs.contains("SEC-AUTH"))
    }

    /// An interview about a shift rota in which the log-in is settled: a password is said, taken
    /// back at once, and a text-message link confirmed in the interviewer's words.
    private static let rotaLogIn: [(String, String)] = [
        ("Priya", "Thanks for making time. I'll be writing up the requirements for the rota website."),
        ("Joost", "Sure. I coordinate the volunteers at the shelter, about sixty people."),
        ("Priya", "Do volunteers need an app?"),
        ("Joost", "A website is fine. Half of them are retired. It has to work on an old phone."),
        ("Priya", "Should they log in with a password?"),
        ("Joost", "Hmm. A password, I guess. Actually, no, they'll forget it. A link by text message, like my bank."),
        ("Priya", "A one-time login link sent by text."),
        ("Joost", "Right, that."),
        ("Priya", "Do you want reminders before a shift?"),
        ("Joost", "Yes, the evening before."),
    ]

    @Test func whatTheSpeakerTookBackAtOnceSuggestsNothing() throws {
        let transcript = Self.transcript(Self.rotaLogIn)
        let stated = ExtractionAgent().extract(from: [transcript]).requirements
        #expect(stated.contains { $0.statement.contains("login link") })
        let outcome = try Self.infer(transcript, stated)
        // Neither the password taken back nor the link itself argues for passwords.
        #expect(outcome.disagreements.isEmpty, "\(outcome.disagreements.map(\.ruleID))")
        #expect(InferenceCorpus.takesBack("Actually, no, they'll forget it."))
        #expect(InferenceCorpus.takesBack("Hmm, no wait."))
        #expect(!InferenceCorpus.takesBack("Actually, a password is fine."))
        #expect(!InferenceCorpus.takesBack("No passwords."))
    }

    @Test func aRefusalOfTheVeryThingTheRuleIsAboutAnswersIt() {
        // The app's offline mode presupposes the app that was refused.
        #expect(
            InferenceAgent.refusalAnswers(
                "No app, please.", rule: "The mobile app shall show the last synchronised data offline.",
                suggesting: ["The mechanic works on a tablet on the bench."]))
        // The only suggestion is the photo the speaker took back.
        #expect(
            InferenceAgent.refusalAnswers(
                "No photos.", rule: "The system shall scan each uploaded file for malware.",
                suggesting: ["A photo on their record would be good."]))
        // Schools logging in is another thing than the visitors' account that was refused.
        #expect(
            !InferenceAgent.refusalAnswers(
                "No.", rule: "The system shall require authentication with a personal account.",
                suggesting: ["But the schools should be able to log in and update their own prices."]))
        #expect(
            !InferenceAgent.refusalAnswers(
                "No passwords for patrons.", rule: "The system shall require authentication.",
                suggesting: ["Staff log in to the back office."]))
    }
}

/// The turn a disagreement quotes says something.
@Suite struct RuleDisagreementQuoteTests {
    @Test func aBareConfirmationIsNotQuotedWhenTheProposalIsThere() {
        let ref = { (turn: Int, speaker: String, quote: String) in
            SourceRef(sessionID: "s1", turn: turn, speaker: speaker, quote: quote)
        }
        let disagreement = RuleDisagreement(
            ruleID: "SEC-AUTH", ruleStatement: "The system shall require authentication.", requirementID: "REQ-002",
            said: ref(3, "Lea", "No passwords, nobody remembers them."),
            suggestedBy: [ref(6, "Lea", "Yep."), ref(5, "Ina", "So staff sign in by scanning their badge.")])
        #expect(disagreement.finding.message.contains("\"So staff sign in by scanning their badge.\" (Ina, s1 turn 5)"))
        #expect(!disagreement.finding.message.contains("Yep"))
        let alone = RuleDisagreement(
            ruleID: "SEC-AUTH", ruleStatement: "The system shall require authentication.", requirementID: "REQ-002",
            said: ref(3, "Lea", "No passwords."), suggestedBy: [ref(6, "Lea", "Yep.")])
        #expect(alone.finding.message.contains("\"Yep.\" (Lea, s1 turn 6)"))
        // A bare "No." answering a proposal is quoted as the requirement it became.
        let answered = RuleDisagreement(
            ruleID: "SEC-AUTH", ruleStatement: "The system shall require authentication.", requirementID: "REQ-002",
            said: ref(3, "Lea", "No."), suggestedBy: [ref(6, "Ina", "Staff sign in by scanning their badge.")])
        let message = answered.finding(statement: "Visitors will not have an account.").message
        #expect(message.hasPrefix("REQ-002 says \"Visitors will not have an account.\" (Lea, s1 turn 3)"))
    }
}
