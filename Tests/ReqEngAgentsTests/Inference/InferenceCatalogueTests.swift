import Foundation
import ReqEngModel
import Testing

@testable import ReqEngAgents

@Suite("Inference catalogue data")
struct InferenceCatalogueTests {
    typealias F = QualityFixtures

    static let catalogue: InferenceCatalogue? = try? InferenceCatalogue.bundled()
    static var ruleIDs: [String] { catalogue?.rules.map(\.id) ?? [] }

    @Test func theShippedCatalogueLoadsWithEnoughRules() throws {
        let catalogue = try InferenceCatalogue.bundled()
        #expect(catalogue.rules.count >= 25)
        #expect(Set(catalogue.rules.map(\.id)).count == catalogue.rules.count)
        let categories = Set(catalogue.rules.compactMap(\.category))
        #expect(categories.isSuperset(of: [.security, .legal, .availability, .performance, .usability, .operational]))
    }

    private func agent(for id: String) throws -> InferenceAgent {
        let catalogue = try #require(Self.catalogue)
        let rule = try #require(catalogue.rules.first { $0.id == id })
        return InferenceAgent(catalogue: InferenceCatalogue(rules: [rule]), softwareShareThreshold: 0)
    }

    private func fires(_ agent: InferenceAgent, on sentence: String) -> Bool {
        let transcript = F.transcript("s1", turns: [("Alice", sentence)])
        return !agent.infer(transcripts: [transcript], requirements: []).requirements.isEmpty
    }

    @Test("each rule fires on its positive examples", arguments: ruleIDs)
    func firesOnPositives(_ id: String) throws {
        let agent = try agent(for: id)
        let rule = try #require(agent.catalogue.rules.first)
        #expect(!rule.examples.positive.isEmpty)
        for sentence in rule.examples.positive {
            #expect(fires(agent, on: sentence), "\(id) should fire on: \(sentence)")
        }
    }

    @Test("each rule stays silent on its negative examples", arguments: ruleIDs)
    func silentOnNegatives(_ id: String) throws {
        let agent = try agent(for: id)
        let rule = try #require(agent.catalogue.rules.first)
        #expect(!rule.examples.negative.isEmpty)
        for sentence in rule.examples.negative {
            #expect(!fires(agent, on: sentence), "\(id) should not fire on: \(sentence)")
        }
    }

    @Test("each rule is suppressed by a stated requirement that covers it", arguments: ruleIDs)
    func coveredByStatedRequirement(_ id: String) throws {
        let agent = try agent(for: id)
        let rule = try #require(agent.catalogue.rules.first)
        let sentence = try #require(rule.examples.positive.first)
        let covering = try #require(rule.coveredBy.first).map { $0.replacingOccurrences(of: "*", with: "ion") }
        let stated = F.requirement("REQ-001", "The system shall meet this: " + covering.joined(separator: " "))
        let transcript = F.transcript("s1", turns: [("Alice", sentence)])
        let outcome = agent.infer(transcripts: [transcript], requirements: [stated])
        #expect(outcome.requirements.isEmpty)
        #expect(outcome.coveredRuleIDs == [id])
    }

    @Test("each implied statement passes validation without errors or warnings", arguments: ruleIDs)
    func impliedStatementsAreClean(_ id: String) throws {
        let rule = try #require(Self.catalogue?.rules.first { $0.id == id })
        let requirement = Requirement(
            id: "REQ-INF-001", title: rule.title, statement: rule.statement, type: rule.type, category: rule.category,
            priority: rule.priority, actor: rule.actor, action: rule.action,
            acceptanceCriteria: rule.acceptanceCriteria,
            confidence: rule.confidence, inferred: true)
        let serious = ValidationAgent().validate([requirement]).filter { $0.severity != .info }
        #expect(serious.isEmpty, "\(id): \(serious.map(\.message))")
        #expect((0.45...0.7).contains(rule.confidence))
        #expect(!rule.rationale.isEmpty && !rule.acceptanceCriteria.isEmpty)
    }

    @Test func aMissingFileIsAClearError() {
        let url = URL(fileURLWithPath: "/nonexistent/inference-rules.json")
        #expect(throws: InferenceCatalogueError.self) { try InferenceCatalogue.load(contentsOf: url) }
        do {
            _ = try InferenceCatalogue.load(contentsOf: url)
        } catch {
            #expect(error.description.contains("/nonexistent/inference-rules.json"))
        }
    }

    @Test(arguments: [
        ("{", "invalid JSON"),
        (#"{"version": 1}"#, "key 'rules' is missing"),
        (#"{"version": 2, "rules": []}"#, "version 2 is not supported"),
    ])
    func invalidDataIsAClearError(json: String, expected: String) {
        do {
            _ = try InferenceCatalogue.decode(Data(json.utf8), source: "test.json")
            Issue.record("decoding should fail")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func duplicateRuleIDsAreRejected() throws {
        let rule = try #require(Self.catalogue?.rules.first)
        let catalogue = InferenceCatalogue(rules: [rule, rule])
        #expect(
            throws: InferenceCatalogueError.invalidRule(id: rule.id, reason: "the id is used by more than one rule")
        ) {
            try catalogue.check()
        }
    }

    @Test func aRuleYieldsOnlyToARuleListedBeforeIt() throws {
        let rules = try #require(Self.catalogue?.rules.prefix(2))
        var first = rules[rules.startIndex]
        let second = rules[rules.startIndex + 1]
        first.yieldsTo = [second.id]
        let reason = "'yields_to' names '\(second.id)', which is not a rule listed before it"
        #expect(throws: InferenceCatalogueError.invalidRule(id: first.id, reason: reason)) {
            try InferenceCatalogue(rules: [first, second]).check()
        }
        var later = second
        later.yieldsTo = [first.id]
        #expect(throws: Never.self) { try InferenceCatalogue(rules: [rules[rules.startIndex], later]).check() }
    }

    @Test func aRuleNamesOnlyReadersThatExist() throws {
        var rule = try #require(Self.catalogue?.rules.first)
        rule.triggers.readers = ["kinds_of_pets"]
        let reason = "'triggers.readers' names 'kinds_of_pets'; known readers: 'kinds_of_users'"
        #expect(throws: InferenceCatalogueError.invalidRule(id: rule.id, reason: reason)) {
            try InferenceCatalogue(rules: [rule]).check()
        }
        rule.triggers.readers = ["kinds_of_users"]
        #expect(throws: Never.self) { try InferenceCatalogue(rules: [rule]).check() }
    }

    @Test func aMeansIsOneOfTheRulesTriggers() throws {
        var rule = try #require(Self.catalogue?.rules.first)
        rule.triggers.means = ["carrier pigeon"]
        let reason = "'triggers.means' names 'carrier pigeon', which is not in 'any'"
        #expect(throws: InferenceCatalogueError.invalidRule(id: rule.id, reason: reason)) {
            try InferenceCatalogue(rules: [rule]).check()
        }
    }
}
