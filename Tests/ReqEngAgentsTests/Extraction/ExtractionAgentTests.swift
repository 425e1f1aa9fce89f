import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite struct ExtractionAgentTests {
    private func run(_ transcripts: [Transcript]) async throws -> (GraphState, AgentReport) {
        var state = ExtractionFixtures.state(transcripts)
        let report = try await ExtractionAgent().run(&state, context: ExtractionFixtures.context)
        return (state, report)
    }

    @Test func extractsNeedsInSourceOrderWithSequentialIDs() async throws {
        let (state, report) = try await run([ExtractionFixtures.intake, ExtractionFixtures.followUp])
        let ids = state.requirements.map(\.id)
        #expect(ids == (1...ids.count).map { ExtractionAgent.id($0) })
        #expect(ids.first == "REQ-001")
        let firstRefs = state.requirements.compactMap(\.sourceRefs.first)
        let order = firstRefs.map { ($0.sessionID == "intake-1" ? 0 : 1000) + $0.turn }
        #expect(order == order.sorted())
        #expect(report.requirementsAdded == state.requirements.count)
        #expect(report.confidence == ExtractionAgent.meanConfidence(state.requirements))
        #expect(state.requirements.allSatisfy { !$0.sourceRefs.isEmpty && !$0.inferred })
        // Greetings, the question, the restatement and "Yeah, exactly." yield nothing.
        let turns = Set(state.requirements.flatMap(\.sourceRefs).filter { $0.sessionID == "intake-1" }.map(\.turn))
        #expect(turns.isDisjoint(with: [1, 2, 3, 5, 6]))
    }

    @Test func mergesANeedRestatedInAnotherSession() async throws {
        let (state, _) = try await run([ExtractionFixtures.intake, ExtractionFixtures.followUp])
        let reminder = try #require(state.requirements.first { $0.statement.contains("SMS reminder") })
        #expect(reminder.sourceRefs.map(\.sessionID) == ["intake-1", "follow-up-2"])
        #expect(reminder.sourceRefs.map(\.speaker) == ["Dana", "Sam"])
        #expect(reminder.acceptanceCriteria == ["Lead time = 24 h"])
        #expect(state.requirements.filter { $0.statement.contains("SMS reminder") }.count == 1)
    }

    @Test func measuredNeedIsClassifiedWithCriteria() async throws {
        let (state, _) = try await run([ExtractionFixtures.intake])
        let load = try #require(state.requirements.first { $0.statement.contains("2 seconds") })
        #expect(load.type == .nonFunctional)
        #expect(load.category == .performance)
        #expect(load.acceptanceCriteria == ["Response time <= 2 s"])
        #expect(load.condition == "when everyone calls")
        let photo = try #require(state.requirements.first { $0.statement.contains("photo") })
        #expect(photo.priority == .could)
        #expect(photo.type == .functional)
    }

    @Test func outOfScopeItemIsAWontRequirement() async throws {
        let (state, _) = try await run([ExtractionFixtures.followUp])
        let payments = try #require(state.requirements.first { $0.statement.contains("payments") })
        #expect(payments.priority == .wont)
        #expect(payments.statement == "The system will not provide online payments.")
    }

    @Test func sameInputGivesIdenticalOutput() async throws {
        let first = try await run([ExtractionFixtures.intake, ExtractionFixtures.followUp]).0.requirements
        for _ in 0..<3 {
            let again = try await run([ExtractionFixtures.intake, ExtractionFixtures.followUp]).0.requirements
            #expect(again == first)
        }
    }

    @Test func confidenceIsRoundedToTwoDecimalsInRange() async throws {
        let (state, _) = try await run([ExtractionFixtures.intake, ExtractionFixtures.followUp])
        for requirement in state.requirements {
            #expect((0...1).contains(requirement.confidence))
            #expect((requirement.confidence * 100).rounded() / 100 == requirement.confidence)
        }
    }

    @Test func assistantTurnsAreNotStakeholderNeeds() async throws {
        let chat = Transcript(
            id: "chat", sourcePath: "chat.json", format: .json,
            turns: [
                Turn(number: 1, speaker: "assistant", text: "The system must do whatever you need. What do you need?"),
                Turn(number: 2, speaker: "user", text: "The system must archive invoices for ten years."),
            ])
        let (state, _) = try await run([chat])
        #expect(state.requirements.map(\.sourceRefs.first?.turn) == [2])
    }
}
