import ReqEngModel
import Testing

@testable import ReqEngAgents

/// Questions an analyst would put to a stakeholder: none for rewording that is the analyst's own
/// task, one per thing to settle, conflicts first, and never to the person who asked.
@Suite struct QuestionsWorthAskingTests {
    private static func issue(
        _ id: String, _ type: String, _ severity: Severity, on requirement: String
    ) -> QualityIssue {
        QualityIssue(
            id: id, requirementID: requirement, severity: severity, issueType: type, rule: "r",
            message: "Vague term(s) \"fast\".", suggestion: "s")
    }

    private static let requirement = Requirement(
        id: "REQ-001", title: "t", statement: "The scanner should be fast.", type: .nonFunctional,
        category: .performance, priority: .should, confidence: 0.8,
        sourceRefs: [SourceRef(sessionID: "s1", turn: 2, speaker: "Ola", quote: "The scanner should be fast.")])

    private static func questions(_ issues: [QualityIssue], transcripts: [Transcript] = []) -> [Question] {
        ClarificationAgent().questions(issues: issues, requirements: [requirement], transcripts: transcripts)
    }

    @Test func rewordingIsTheAnalystsTaskNotAQuestion() {
        #expect(Self.questions([Self.issue("ISS-001", "speaker_wording", .warning, on: "REQ-001")]).isEmpty)
        #expect(Self.questions([Self.issue("ISS-001", "passive_voice", .warning, on: "REQ-001")]).count == 1)
    }

    /// A prohibition in the passive binds whoever would do it: nobody is asked who that is.
    @Test func aPassiveProhibitionAsksNobodyWhoDoesIt() {
        let rule = Requirement(
            id: "REQ-002", title: "t", statement: "A seat shall not be sold twice.", type: .functional,
            priority: .must, confidence: 0.8,
            sourceRefs: [SourceRef(sessionID: "s1", turn: 4, speaker: "Ola", quote: "A seat can't be sold twice.")])
        let issues = [
            Self.issue("ISS-001", "passive_voice", .warning, on: "REQ-002"),
            Self.issue("ISS-002", "passive_voice", .warning, on: "REQ-001"),
        ]
        let asked = ClarificationAgent().questions(
            issues: issues, requirements: [rule, Self.requirement], transcripts: [])
        #expect(asked.map(\.issueID) == ["ISS-002"])
    }

    /// "This feature" in a statement kept in the speaker's words: rewording cannot say which
    /// feature, so the speaker is asked to name it.
    @Test func aVagueReferenceAsksTheSpeakerToNameIt() throws {
        let feature = Requirement(
            id: "REQ-003", title: "t", statement: "We don't have to include this feature.", type: .functional,
            priority: .wont, confidence: 0.5,
            rationale: Requirement.speakerWordingNote,
            sourceRefs: [SourceRef(sessionID: "s1", turn: 9, speaker: "Ola", quote: "We don't have to include this.")])
        let issues = ValidationAgent().validate([feature])
        #expect(issues.map(\.issueType).contains(VagueReferenceRule.issueType))
        let asked = ClarificationAgent().questions(issues: issues, requirements: [feature], transcripts: [])
        let question = try #require(asked.first { $0.text.contains("this feature") })
        #expect(question.addressee == "Ola")
        #expect(
            question.text
                == "In “We don't have to include this feature” (REQ-003), which one is “this feature”? Please name it.")
    }

    @Test func aVagueWordWhoseTargetIsAskedForAnywayIsNotAskedTwice() {
        let asked = Self.questions([
            Self.issue("ISS-001", "unverifiable_nfr", .warning, on: "REQ-001"),
            Self.issue("ISS-002", "vague_term", .warning, on: "REQ-001"),
        ])
        #expect(asked.map(\.issueID) == ["ISS-001"])
    }

    @Test func conflictsComeFirstThenErrors() {
        let asked = Self.questions([
            Self.issue("ISS-001", "passive_voice", .warning, on: "REQ-001"),
            Self.issue("ISS-002", "unverifiable_nfr", .error, on: "REQ-001"),
            Self.issue("ISS-003", "conflict", .error, on: "REQ-001"),
        ])
        #expect(asked.map(\.issueID) == ["ISS-003", "ISS-002", "ISS-001"])
    }

    @Test func theInterviewerIsNeverTheOneAsked() {
        let interview = Transcript(
            id: "s1", sourcePath: "s1.md", format: .markdown,
            participants: [
                Participant(name: "Kim", role: "Business analyst"), Participant(name: "Ola", role: "Warehouse lead"),
            ],
            turns: [
                Turn(number: 1, speaker: "Kim", text: "What do you need?"),
                Turn(number: 2, speaker: "Ola", text: "Scanners."),
                Turn(number: 3, speaker: "Kim", text: "Which ones?"),
                Turn(number: 4, speaker: "Kim", text: "And how fast?"),
            ])
        #expect(ClarificationAgent.defaultAddressee(transcripts: [interview]) == "Ola")
    }
}

/// Example answers that fit the words they ask about.
@Suite struct QuestionOptionsTests {
    typealias F = QualityFixtures

    @Test func fewIsASmallNumberNotAFloor() {
        #expect(QuestionWriter.options(for: "few", category: .usability) == "for example 3, or 5")
        #expect(QuestionWriter.options(for: "several", category: nil).contains("at least"))
    }

    /// "Not too many buttons" sets a ceiling: asking "at least 10?" would get the premise wrong.
    @Test func tooManyIsACeilingNotAFloor() {
        #expect(
            QuestionWriter.options(for: "many", category: nil, statement: "Big letters, and not too many buttons.")
                == "for example at most 5, or at most 10")
        #expect(
            QuestionWriter.options(for: "many", category: nil, statement: "The kiosk serves many members.")
                .contains("at least"))
    }

    /// "A date that's too soon" is days ahead on a calendar; "reply soon" is a response time.
    @Test func soonOfADateIsDaysAheadNotSeconds() {
        #expect(
            QuestionWriter.options(
                for: "soon", category: .performance,
                statement: "The system should not let them pick a date that's too soon.")
                == "for example at least 1 day ahead, or at least 1 week ahead")
        #expect(
            QuestionWriter.options(for: "soon", category: .performance, statement: "The kiosk should answer soon.")
                .contains("second"))
    }

    @Test func workingOfflineAsksHowLongNotHowSoonBack() {
        let offline = QuestionWriter.options(
            for: nil, category: .faultTolerance, statement: "The kiosk shall keep working without a connection.")
        #expect(offline.contains("offline"))
        #expect(
            QuestionWriter.options(
                for: nil, category: .faultTolerance, statement: "The kiosk shall recover after a crash."
            )
            .contains("back in service"))
    }

    @Test func aSizeOrFrequencyWordAsksForOneWhateverTheCategory() {
        #expect(QuestionWriter.options(for: "easy", category: .usability).contains("first-time users"))
        #expect(QuestionWriter.options(for: "often", category: .usability).contains("once a day"))
    }

    @Test(
        arguments: [
            ("The lamp should be small enough for a bedside table.", "15 cm"),
            ("The remote control should not be too big.", "15 cm"),
            ("Large photos of the damage shall be accepted.", "MB"),
            ("The news should be big, at the top of the page.", "share of the screen"),
            ("The kiosk shall print the receipt in large text.", "points"),
            // What the word describes: a display itself, or a small part.
            ("I want a small, simple display that shows the time.", "diagonal"),
            ("No tiny USB plug, with shaky hands that's hopeless.", "mm"),
            ("LCD with the big digits.", "mm high"),
            ("Nice, big buttons that are easy to press.", "10 mm across"),
            // The bound the words ask for: a ceiling for "small" and "not too big", a floor for
            // "not very small" and "big"; a distance in metres.
            ("The remote control should not be too big.", "at most 15 cm"),
            ("This handset should not be very small.", "at least 20 cm"),
            ("The reach from the sofa to the set shall be quite a big distance.", "at least 5 m"),
            ("We can fit a small microphone in the handset.", "at most 10 mm across"),
        ])
    func aSizeIsAskedForInTheMeasureOfWhatItSizes(statement: String, unit: String) {
        let term = ["small", "big", "large", "tiny"].first { statement.lowercased().contains($0) }
        let options = QuestionWriter.options(for: term, category: .usability, statement: statement)
        #expect(options.contains(unit), "\(options)")
        // A thing held in the hand is never measured in megabytes, nor a file in centimetres.
        #expect(unit == "MB" ? !options.contains("cm") : !options.contains("MB"))
    }

    @Test func easyToDoSomethingElseIsNotAFirstUse() {
        #expect(QuestionWriter.easyTask(in: "The lamp should be easy to clean.") == "clean")
        #expect(QuestionWriter.easyTask(in: "The rooms should be easy to edit, not built in.") == "edit")
        #expect(QuestionWriter.easyTask(in: "The kiosk must be easy to use for elderly patients.") == nil)
        #expect(QuestionWriter.easyTask(in: "The menu shall be simple.") == nil)
        let lamp = F.requirement("REQ-001", "The lamp should be easy to clean.")
        let issues = ValidationAgent().validate([lamp]).filter { $0.issueType == "subjective_language" }
        let issue = try? #require(issues.first)
        let question = issue.map {
            QuestionWriter.text(for: $0, requirement: lamp, related: nil, relatedSpeaker: nil)
        }
        #expect(question?.contains("easy to clean") == true)
        #expect(question?.contains("first-time users") == false)
    }

    /// The question asked about the subjective wording of `statement`.
    private static func subjectiveQuestion(_ statement: String) throws -> String {
        let requirement = F.requirement("REQ-001", statement)
        let issue = try #require(
            ValidationAgent().validate([requirement]).first { $0.issueType == "subjective_language" })
        return QuestionWriter.text(for: issue, requirement: requirement, related: nil, relatedSpeaker: nil)
    }

    @Test func aMatterOfLooksIsJudgedByPeopleWhoSeeIt() throws {
        let question = try Self.subjectiveQuestion("The band should look like a nice everyday watch.")
        #expect(question.contains("target users shown the design"))
        #expect(!question.contains("first-time users"))
    }

    /// "Simple" said of how a thing is made is counted in parts, not in first-time users.
    @Test func simpleToMakeIsCountedInParts() throws {
        let question = try Self.subjectiveQuestion("The lock should be a simple mass-produced device.")
        #expect(question.contains("number of parts"))
        #expect(!question.contains("first-time users"))
        #expect(try Self.subjectiveQuestion("The menu shall be simple.").contains("first-time users"))
    }

    /// A product that is to keep working while its network is down is asked what keeps working,
    /// and for how long, not how soon it is back in service.
    @Test func workingThroughAnOutageIsAskedWhatKeepsWorking() {
        let switchOptions = QuestionWriter.options(
            for: nil, category: .faultTolerance,
            statement: "The switch shall keep working as a normal switch if the Wi-Fi or the app is down.")
        #expect(switchOptions.contains("which functions must keep working"))
        #expect(
            QuestionWriter.options(
                for: nil, category: .faultTolerance, statement: "The system shall recover from faults."
            )
            .contains("back in service"))
    }

    @Test func aScaleTargetCountsWhatTheStatementCounts() {
        #expect(
            QuestionWriter.options(
                for: nil, category: .scalability, statement: "The system shall scale to all schools nationally.")
                == "for example 1,000 or 10,000 schools")
        #expect(
            QuestionWriter.options(for: nil, category: .scalability, statement: "The system shall scale.")
                .contains("users at the same time"))
    }

    @Test func aPlaceOnThePageIsNoComparison() {
        let news = F.requirement("REQ-001", "The top of the page shows the tasks, and the news goes lower down.")
        #expect(!ValidationAgent().validate([news]).contains { $0.issueType == "comparative_term" })
        let faster = F.requirement("REQ-001", "Search shall be faster.")
        #expect(ValidationAgent().validate([faster]).contains { $0.issueType == "comparative_term" })
        // What the need is for ("to make it easier for them") sets no target of its own.
        let purpose = F.requirement("REQ-001", "To make it easier for them: big letters on the kiosk.")
        #expect(!ValidationAgent().validate([purpose]).contains { $0.issueType == "comparative_term" })
    }
}
