import ReqEngModel
import Testing

@testable import ReqEngAgents

/// The software catalogue applies to conversations about software, and only to what is said of
/// the product, not supposed or compared. Lines written for the test.
@Suite struct InferenceAboutTheProductTests {
    typealias F = QualityFixtures

    private static func fired(
        _ lines: [(String, String)], threshold: Double = SoftwareTalk.threshold
    ) throws
        -> Set<String>
    {
        let agent = try InferenceAgent(softwareShareThreshold: threshold)
        return Set(agent.infer(transcripts: [F.transcript("s1", turns: lines)], requirements: []).ruleIDs.values)
    }

    @Test func aPhysicalProductImpliesNoSoftwareRequirements() throws {
        let meeting = [
            ("Ana", "The lock has a loud alarm and a rubber case."),
            ("Ben", "In mobile phones you don't remember people's phone number, you look up the name."),
            ("Ana", "We will release the lock in spring, internationally."),
            ("Ben", "The case should be yellow."),
        ]
        #expect(try Self.fired(meeting).isEmpty)
        #expect(SoftwareTalk.share(of: [F.transcript("s1", turns: meeting)]) < SoftwareTalk.threshold)
    }

    @Test func aSoftwareProductKeepsItsCatalogue() throws {
        let interview = [
            ("Ana", "Patients book online in the app."), ("Ben", "And they log in with an account?"),
            ("Ana", "Yes, each patient has an account with their own password."),
        ]
        #expect(SoftwareTalk.share(of: [F.transcript("s1", turns: interview)]) >= SoftwareTalk.threshold)
        #expect(try Self.fired(interview).contains("SEC-AUTH"))
    }

    @Test func whatIsOnlySupposedFiresNothing() throws {
        #expect(
            try !Self.fired([("Ana", "If the product is international, maybe a Spanish name.")], threshold: 0)
                .contains("I18N-TEXTS"))
        #expect(try Self.fired([("Ana", "Our users speak Spanish and English.")], threshold: 0).contains("I18N-TEXTS"))
    }

    @Test func moneyIsNoLoad() throws {
        #expect(try !Self.fired([("Ana", "It costs thousands of euros a year.")], threshold: 0).contains("PERF-LOAD"))
        #expect(
            try Self.fired([("Ana", "Thousands of parents register on day one.")], threshold: 0).contains("PERF-LOAD"))
    }
}

@Suite struct ConditionalNeedEvidenceTests {
    @Test func aConditionalNeedIsEvidence() throws {
        let agent = try InferenceAgent(softwareShareThreshold: 0)
        let transcript = QualityFixtures.transcript(
            "s1", turns: [("Ana", "If I search for a batch after a recall, I need the answer in under 2 seconds.")])
        #expect(agent.infer(transcripts: [transcript], requirements: []).ruleIDs.values.contains("PERF-SEARCH"))
    }
}
