import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite("Clarification agent")
struct ClarificationAgentTests {
    typealias F = QualityFixtures

    static let transcripts = [
        F.transcript(
            "s1", turns: [("Dana", "a"), ("Omar", "b"), ("Dana", "c")],
            participants: [Participant(name: "Dana", role: "Practice manager"), Participant(name: "Omar")]),
        F.transcript(
            "s2", turns: [("Omar", "d"), ("Omar", "e"), ("Omar", "f"), ("Lee", "g")],
            participants: [Participant(name: "Lee", role: "Receptionist")]),
    ]

    private func run(_ requirements: [Requirement], inferred: [Requirement] = []) async throws -> GraphState {
        var state = F.state(transcripts: Self.transcripts, requirements: requirements)
        state.inferred = inferred
        _ = try await ValidationAgent().run(&state, context: F.context)
        _ = try await ClarificationAgent().run(&state, context: F.context)
        return state
    }

    @Test func vagueWordsAreQuotedBackWithOptions() async throws {
        let state = try await run([
            F.requirement("REQ-001", "The booking page shall load fast.", speaker: "Omar")
        ])
        let question = try #require(state.questions.first { $0.text.contains("“fast”") })
        #expect(question.addressee == "Omar")
        #expect(question.requirementID == "REQ-001")
        #expect(question.text.contains("for example within 1 second or within 2 seconds"))
        #expect(question.text.hasSuffix("?"))
        #expect(
            question.issueID.map { id in state.issues.contains { $0.id == id && $0.issueType == "vague_term" } } == true
        )
    }

    @Test func onlyErrorsWarningsConflictsAndDuplicatesRaiseQuestions() async throws {
        let state = try await run([
            F.requirement("REQ-001", "The system shall not print labels.", speaker: "Dana")
        ])
        #expect(state.issues.map(\.issueType) == ["negative_statement"])
        #expect(state.questions.isEmpty)
    }

    @Test func aConflictIsPutToBothSpeakersNamingBothPositions() async throws {
        let state = try await run([
            F.requirement("REQ-001", "Patients must cancel at least 24 hours before the appointment.", speaker: "Dana"),
            F.requirement(
                "REQ-002", "Patients can cancel up to 2 hours before the appointment.", speaker: "Lee", session: "s2"),
        ])
        let conflicts = state.questions.filter { question in
            state.issues.contains { $0.id == question.issueID && $0.issueType == "conflict" }
        }
        let question = try #require(conflicts.first { $0.addressee == "Dana" })
        #expect(conflicts.count == 2)
        #expect(question.text.contains("“at least 24 hours”"))
        #expect(question.text.contains("“up to 2 hours”"))
        #expect(question.text.contains("REQ-002 (from Lee)"))
        let mirrored = try #require(conflicts.first { $0.addressee == "Lee" })
        #expect(mirrored.requirementID == "REQ-002")
        #expect(
            mirrored.text
                == "REQ-002 says “up to 2 hours” but REQ-001 (from Dana) says “at least 24 hours”. Which should hold: "
                + "REQ-002, REQ-001, or a different rule for different cases?")
    }

    @Test func aConflictWithinOneSpeakersWordsIsAskedOnce() async throws {
        let state = try await run([
            F.requirement("REQ-001", "Patients must cancel at least 24 hours before the appointment.", speaker: "Dana"),
            F.requirement("REQ-002", "Patients can cancel up to 2 hours before the appointment.", speaker: "Dana"),
        ])
        let conflicts = state.questions.filter { question in
            state.issues.contains { $0.id == question.issueID && $0.issueType == "conflict" }
        }
        #expect(conflicts.map(\.addressee) == ["Dana"])
    }

    @Test func inferredRequirementsGoToTheMostActiveSpeakerWithARole() async throws {
        // Omar speaks most but has no role; Dana (2 turns, a role) beats Lee (1 turn).
        #expect(ClarificationAgent.defaultAddressee(transcripts: Self.transcripts) == "Dana")
        #expect(ClarificationAgent.defaultAddressee(transcripts: []) == "Product owner")
        let state = try await run(
            [], inferred: [F.requirement("REQ-INF-001", "The system shall respond quickly.", inferred: true)])
        #expect(state.questions.map(\.addressee) == ["Dana"])
        let anonymous = try await run([F.requirement("REQ-001", "The page shall load fast.", speaker: "Unknown")])
        #expect(anonymous.questions.map(\.addressee) == ["Dana"])
    }

    @Test func questionsAreOrderedByAddresseeThenIssueAndNumbered() async throws {
        let state = try await run([
            F.requirement("REQ-001", "The page shall load fast.", speaker: "Omar"),
            F.requirement("REQ-002", "The system shall export the report in a format TBD.", speaker: "Dana"),
            F.requirement("REQ-003", "Invoices shall be sent where possible.", speaker: "Omar"),
            F.requirement("REQ-004", "The form shall be user-friendly.", speaker: "Dana"),
        ])
        #expect(state.questions.map(\.addressee) == ["Dana", "Dana", "Omar", "Omar", "Omar"])
        #expect(state.questions.map(\.id) == ["Q-001", "Q-002", "Q-003", "Q-004", "Q-005"])
        #expect(state.questions.map(\.requirementID) == ["REQ-002", "REQ-004", "REQ-001", "REQ-003", "REQ-003"])
        let issueOrder = state.issues.map(\.id)
        let omar = state.questions.filter { $0.addressee == "Omar" }.compactMap(\.issueID)
        #expect(omar == omar.sorted { (issueOrder.firstIndex(of: $0) ?? 0) < (issueOrder.firstIndex(of: $1) ?? 0) })
    }

    @Test func duplicatesAskWhetherToMerge() async throws {
        let state = try await run([
            F.requirement("REQ-001", "Patients must be able to book appointments online.", speaker: "Dana"),
            F.requirement("REQ-002", "Patients should be able to book an appointment online.", speaker: "Omar"),
        ])
        let question = try #require(state.questions.first { $0.text.contains("merge") })
        #expect(question.addressee == "Dana")
        #expect(question.text.contains("REQ-002, raised by Omar"))
    }

    @Test func oneSpeakersRepetitionIsTheAnalystsToMerge() async throws {
        let state = try await run([
            F.requirement("REQ-001", "Patients must be able to book appointments online.", speaker: "Dana"),
            F.requirement("REQ-002", "Patients should be able to book an appointment online.", speaker: "Dana"),
        ])
        #expect(state.issues.contains { $0.issueType == "duplicate" })
        #expect(!state.questions.contains { $0.text.contains("merge") }, "\(state.questions.map(\.text))")
    }

    @Test(arguments: [
        ("Invoices shall be mailed where possible.", "escape_clause", "“where possible”"),
        ("The system shall export PDF, CSV, etc.", "open_ended", "“etc”"),
        ("Invoices shall be printed every month.", "passive_voice", "“be printed”"),
        ("They shall receive a reminder.", "ambiguous_pronoun", "“they”"),
        ("The site shall always be reachable.", "absolute_term", "“always”"),
        ("The app shall pick the cheapest courier.", "comparative_term", "“cheapest”"),
        ("The form shall be intuitive.", "subjective_language", "“intuitive”"),
        ("Must export the monthly report.", "missing_actor", "Who should do this"),
        ("Monthly report in PDF.", "missing_action", "What exactly should happen"),
        ("The system shall export the report in a format TBD.", "tbd", "“tbd”"),
    ])
    func eachIssueTypeGetsATailoredQuestion(statement: String, issueType: String, expected: String) async throws {
        let state = try await run([F.requirement("REQ-001", statement, speaker: "Lee")])
        let issue = try #require(state.issues.first { $0.issueType == issueType })
        let question = try #require(state.questions.first { $0.issueID == issue.id })
        #expect(question.text.contains(expected), "\(question.text)")
        #expect(question.text.hasSuffix("?"))
        #expect(question.addressee == "Lee")
    }

    @Test func splittingACompoundIsTheAnalystsTaskNotAQuestion() async throws {
        let state = try await run([
            F.requirement("REQ-001", "The system shall send a receipt and display a summary.", speaker: "Lee")
        ])
        let issue = try #require(state.issues.first { $0.issueType == "compound_requirement" })
        #expect(!state.questions.contains { $0.issueID == issue.id })
    }

    @Test func unverifiableQualityOffersExampleTargets() async throws {
        let state = try await run([
            F.requirement(
                "REQ-001", "The system shall be highly available.", type: .nonFunctional, category: .availability,
                speaker: "Lee")
        ])
        let question = try #require(state.questions.first { $0.text.contains("availability target") })
        #expect(question.text.contains("99.5 % or 99.9 %"))
    }

    @Test func clarificationIsDeterministic() async throws {
        let requirements = [
            F.requirement("REQ-001", "It should be fast and user-friendly, etc.", speaker: "Omar"),
            F.requirement("REQ-002", "Monthly report in PDF.", speaker: "Dana"),
        ]
        let first = try await run(requirements)
        let second = try await run(requirements)
        #expect(first.questions == second.questions)
        #expect(first.questions.count >= 4)
    }
}
