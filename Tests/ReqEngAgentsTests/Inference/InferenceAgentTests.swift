import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite("Inference agent")
struct InferenceAgentTests {
    typealias F = QualityFixtures

    static func rule(
        _ id: String, any: [String], requiresAll: [[String]] = [], coveredBy: [[String]] = [["covered"]]
    ) -> InferenceRule {
        InferenceRule(
            id: id, title: "Title \(id)", statement: "The system shall do \(id).", type: .nonFunctional,
            category: .security, priority: .should, actor: "The system", action: "do", acceptanceCriteria: ["ok"],
            rationale: "Because.", confidence: 0.5,
            triggers: .init(any: any, requiresAll: requiresAll), coveredBy: coveredBy,
            examples: .init(positive: [], negative: []))
    }

    static let catalogue = InferenceCatalogue(rules: [
        rule("A", any: ["log in", "password"]),
        rule("B", any: ["payment*"]),
        rule("C", any: ["personal data"], requiresAll: [["eu", "europe"]]),
    ])

    @Test func inferredRequirementsAreNumberedInCatalogueOrderWithEvidence() async throws {
        let transcripts = [
            F.transcript(
                "s1", turns: [("Dana", "Hello. We take payments at the desk."), ("Omar", "Staff log in daily.")]),
            F.transcript("s2", turns: [("Dana", "Each clerk has a password. Payments by card too.")]),
        ]
        var state = F.state(transcripts: transcripts)
        let report = try await InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0).run(
            &state, context: F.context)
        #expect(state.inferred.map(\.id) == ["REQ-INF-001", "REQ-INF-002"])
        #expect(state.inferred.map(\.statement) == ["The system shall do A.", "The system shall do B."])
        #expect(state.inferred.allSatisfy { $0.inferred && $0.confidence == 0.5 })
        let auth = try #require(state.inferred.first)
        #expect(
            auth.sourceRefs == [
                SourceRef(sessionID: "s1", turn: 2, speaker: "Omar", quote: "Staff log in daily."),
                SourceRef(sessionID: "s2", turn: 1, speaker: "Dana", quote: "Each clerk has a password."),
            ])
        #expect(auth.rationale?.contains("\"log in\", \"password\"") == true)
        #expect(state.inferred[1].sourceRefs.first?.quote == "We take payments at the desk.")
        #expect(report.requirementsAdded == 2)
        #expect(report.confidence == 0.5)
    }

    @Test func evidenceIsCappedAtThreeTurns() {
        let turns = (1...6).map { ("Dana", "Turn \($0): we log in again.") }
        let outcome = InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0).infer(
            transcripts: [F.transcript("s1", turns: turns)], requirements: [])
        #expect(outcome.requirements.first?.sourceRefs.map(\.turn) == [1, 2, 3])
    }

    @Test func statementsAreQuotedBeforeQuestions() {
        let transcript = F.transcript(
            "s1",
            turns: [
                ("Ann", "Do staff log in?"), ("Dana", "Yes, everyone logs in."),
                ("Ann", "With a password?"), ("Dana", "A password, yes."),
            ])
        let outcome = InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0).infer(
            transcripts: [transcript], requirements: [])
        #expect(outcome.requirements.first?.sourceRefs.map(\.turn) == [4, 1, 3])
    }

    @Test func requiresAllGroupsMayBeMetAnywhereInTheProject() {
        let agent = InferenceAgent(
            catalogue: InferenceCatalogue(rules: [Self.catalogue.rules[2]]), softwareShareThreshold: 0)
        let without = F.transcript("s1", turns: [("Dana", "We keep personal data of members.")])
        #expect(agent.infer(transcripts: [without], requirements: []).requirements.isEmpty)
        let elsewhere = F.transcript("s2", turns: [("Omar", "Our members live across Europe.")])
        let outcome = agent.infer(transcripts: [without, elsewhere], requirements: [])
        #expect(outcome.requirements.count == 1)
        // The trigger first, then where the project says the rule applies.
        #expect(outcome.requirements.first?.sourceRefs.map(\.sessionID) == ["s1", "s2"])
        #expect(outcome.requirements.first?.rationale?.contains("where \"Europe\" is said") == true)
        #expect(InferenceCorpus.asSaid("eu", in: "A neutral site, hosted in the EU.") == "EU")
        #expect(InferenceCorpus.asSaid("eu", in: "A neutral site.") == "eu")
    }

    /// A trigger's own turn that also says the context is cited once: no other turn is quoted for
    /// the context it already gives.
    @Test func aTriggerThatSaysTheContextTooIsCitedOnce() {
        let agent = InferenceAgent(
            catalogue: InferenceCatalogue(rules: [Self.catalogue.rules[2]]), softwareShareThreshold: 0)
        let transcript = F.transcript(
            "s1",
            turns: [
                ("Omar", "Our members live across Europe."),
                ("Dana", "We keep personal data of members in Europe."),
            ])
        let outcome = agent.infer(transcripts: [transcript], requirements: [])
        #expect(outcome.requirements.first?.sourceRefs.map(\.turn) == [2])
        #expect(outcome.requirements.first?.rationale?.contains("where \"Europe\" is said") == true)
    }

    @Test func coveredRulesAreNotEmitted() {
        let agent = InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0)
        let transcript = F.transcript("s1", turns: [("Dana", "Staff log in and take payments.")])
        let stated = F.requirement("REQ-001", "Card payments go through the provider.")
        let outcome = agent.infer(transcripts: [transcript], requirements: [stated])
        #expect(outcome.requirements.map(\.statement) == ["The system shall do A.", "The system shall do B."])
        let covering = F.requirement("REQ-001", "This is covered already.")
        let suppressed = agent.infer(transcripts: [transcript], requirements: [covering])
        #expect(suppressed.requirements.isEmpty)
        #expect(suppressed.coveredRuleIDs == ["A", "B"])
    }

    @Test func triggersMatchWholeWordsCaseInsensitively() {
        let agent = InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0)
        let noisy = F.transcript("s1", turns: [("Dana", "The catalogue has blog posts and passwordless kiosks.")])
        #expect(agent.infer(transcripts: [noisy], requirements: []).requirements.isEmpty)
        let shouted = F.transcript("s1", turns: [("Dana", "EVERYONE MUST LOG-IN FIRST!")])
        #expect(agent.infer(transcripts: [shouted], requirements: []).requirements.count == 1)
    }

    @Test func statedRequirementsAreEvidenceWhenTurnsSayNothing() {
        let stated = F.requirement(
            "REQ-004", "The shop shall accept payments by card.", speaker: "Lee", session: "s9", turn: 7)
        let outcome = InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0).infer(
            transcripts: [], requirements: [stated])
        #expect(outcome.requirements.map(\.id) == ["REQ-INF-001"])
        #expect(outcome.requirements.first?.sourceRefs.first?.speaker == "Lee")
        #expect(outcome.requirements.first?.sourceRefs.first?.turn == 7)
    }

    @Test func eachRunReplacesInferredAndIsDeterministic() async throws {
        let transcript = F.transcript("s1", turns: [("Dana", "Staff log in. Payments are online.")])
        var state = F.state(transcripts: [transcript])
        state.inferred = [F.requirement("REQ-INF-009", "Stale.", inferred: true)]
        let agent = InferenceAgent(catalogue: Self.catalogue, softwareShareThreshold: 0)
        _ = try await agent.run(&state, context: F.context)
        let first = state.inferred
        _ = try await agent.run(&state, context: F.context)
        #expect(state.inferred == first)
        #expect(!first.contains { $0.id == "REQ-INF-009" })
    }

    @Test func theShippedCatalogueInfersFromARealisticSession() throws {
        let agent = try InferenceAgent(softwareShareThreshold: 0)
        let transcript = F.transcript(
            "intake",
            turns: [
                ("Dana", "Patients in Germany will book through the website and pay a deposit by credit card."),
                ("Omar", "Receptionists log in at the front desk and can edit bookings."),
                ("Dana", "We back up the database every night."),
            ])
        let outcome = agent.infer(transcripts: [transcript], requirements: [])
        let rules = Set(outcome.ruleIDs.values)
        #expect(
            rules.isSuperset(of: ["SEC-AUTH", "PAY-PCI-DSS", "PAY-NO-CARD-DATA", "ACC-WCAG", "AVAIL-RESTORE-TEST"]))
        #expect(rules.isSuperset(of: ["PRIV-HEALTH-SAFEGUARDS", "AUDIT-TRAIL"]))
        #expect(outcome.requirements.allSatisfy { $0.sourceRefs.count <= 3 && !$0.sourceRefs.isEmpty })
    }

    @Test func aStakeholderRulingTheSubjectOutInOtherWordsMakesAQuestionNotAnInference() throws {
        var translations = Self.rule("L", any: ["english", "polish", "dutch"])
        translations.triggers.excludedBy = ["dutch only"]
        let agent = InferenceAgent(catalogue: InferenceCatalogue(rules: [translations]), softwareShareThreshold: 0)
        let wanted = F.transcript("s1", turns: [("Dana", "We'd like English and Polish on the site too.")])
        #expect(agent.infer(transcripts: [wanted], requirements: []).requirements.count == 1)
        let contested = F.transcript(
            "s1",
            turns: [("Dana", "We'd like English and Polish on the site too."), ("Omar", "Honestly, no. Dutch only.")])
        let outcome = agent.infer(transcripts: [contested], requirements: [])
        #expect(outcome.requirements.isEmpty)
        #expect(outcome.excludedRuleIDs == ["L"])
    }

    @Test func noAccountRulesOutGuardingSignIns() throws {
        let agent = try InferenceAgent(softwareShareThreshold: 0)
        let refused = F.transcript(
            "s1",
            turns: [
                ("Ana", "To save your own recipes you'd have to log in and make an account."),
                ("Ben", "Mm, no. No account. People see a login screen and delete the app."),
            ])
        let outcome = agent.infer(transcripts: [refused], requirements: [])
        let fired = Set(outcome.ruleIDs.values)
        #expect(fired.isDisjoint(with: ["SEC-LOCKOUT", "SEC-PASSWORD", "SEC-AUTH"]), "\(fired)")
        #expect(outcome.excludedRuleIDs.contains("SEC-LOCKOUT"))
    }
}
