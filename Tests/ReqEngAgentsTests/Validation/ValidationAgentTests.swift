import Foundation
import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite("Validation agent")
struct ValidationAgentTests {
    typealias F = QualityFixtures

    @Test func issuesAreNumberedInRequirementThenRuleOrder() async throws {
        var state = F.state(requirements: [
            F.requirement("REQ-001", "The report format is TBD and the page shall load fast."),
            F.requirement("REQ-002", "The system shall print labels."),
            F.requirement("REQ-003", "Invoices shall be sent where possible."),
        ])
        _ = try await ValidationAgent().run(&state, context: F.context)
        #expect(state.issues.map(\.id) == (1...state.issues.count).map { String(format: "ISS-%03d", $0) })
        let order = state.issues.compactMap(\.requirementID)
        #expect(order == order.sorted())
        let first = state.issues.filter { $0.requirementID == "REQ-001" }.map(\.issueType)
        #expect(first.prefix(2) == ["tbd", "vague_term"])
        #expect(state.issues.contains { $0.requirementID == "REQ-003" && $0.issueType == "passive_voice" })
        #expect(!state.issues.contains { $0.requirementID == "REQ-002" && $0.severity != .info })
    }

    @Test func eachPassReplacesTheIssues() async throws {
        var state = F.state(requirements: [F.requirement("REQ-001", "The report format is TBD.")])
        _ = try await ValidationAgent().run(&state, context: F.context)
        #expect(state.issues.contains { $0.issueType == "tbd" })
        state.requirements = [F.requirement("REQ-001", "The system shall export the report as PDF.")]
        _ = try await ValidationAgent().run(&state, context: F.context)
        #expect(!state.issues.contains { $0.issueType == "tbd" })
    }

    @Test func inferredRequirementsAreValidatedToo() async throws {
        var state = F.state(requirements: [F.requirement("REQ-001", "The system shall print labels.")])
        state.inferred = [F.requirement("REQ-INF-001", "The system shall respond quickly.", inferred: true)]
        _ = try await ValidationAgent().run(&state, context: F.context)
        #expect(state.issues.contains { $0.requirementID == "REQ-INF-001" && $0.issueType == "vague_term" })
    }

    @Test func confidenceIsTheShareOfRequirementsWithoutErrors() async throws {
        var state = F.state(requirements: [
            F.requirement("REQ-001", "The report format is TBD."),
            F.requirement("REQ-002", "The system shall print labels."),
            F.requirement("REQ-003", "The system shall export invoices."),
            F.requirement("REQ-004", "Monthly report in PDF."),
        ])
        let report = try await ValidationAgent().run(&state, context: F.context)
        #expect(report.confidence == 0.5)
        // REQ-001 (tbd, and no modal: missing_action) and REQ-004 (missing_action).
        #expect(report.details["errors"] == 3)
        #expect(report.details["issues_found"] == state.issues.count)
    }

    @Test func confidenceIsNilWithoutRequirements() async throws {
        var state = F.state()
        let report = try await ValidationAgent().run(&state, context: F.context)
        #expect(report.confidence == nil)
        #expect(state.issues.isEmpty)
    }

    @Test func validationIsDeterministic() {
        let requirements = [
            F.requirement("REQ-001", "Patients must cancel at least 24 hours before the appointment."),
            F.requirement("REQ-002", "Patients can cancel up to 2 hours before the appointment.", speaker: "Omar"),
            F.requirement("REQ-003", "It should be fast and user-friendly, etc."),
        ]
        let first = ValidationAgent().validate(requirements)
        let second = ValidationAgent().validate(requirements)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func refinementIssueTypesKeepTheirNames() {
        let issues = ValidationAgent().validate([
            F.requirement("REQ-001", "Must send a reminder and display the booking."),
            F.requirement("REQ-002", "Monthly report in PDF."),
        ])
        let types = Set(issues.map(\.issueType))
        #expect(types.isSuperset(of: ["compound_requirement", "missing_actor", "missing_action"]))
    }
}
