import Foundation
import ReqEngModel
import ReqEngTelemetry

/// Graph node `inference`: adds the implicit requirements that the project's words imply.
///
/// Each catalogue rule fires when one of its trigger phrases occurs in a sentence of a turn (or,
/// failing that, in a stated requirement), every `requires_all` group is matched somewhere in the
/// project, no stated requirement already covers it, and none rules out what it is about ("patrons
/// shall not need a login at all" keeps the authentication rules from firing). Fired rules become `REQ-INF-nnn`
/// requirements in catalogue order, with the triggering sentences as evidence. The node replaces
/// `state.inferred` and is deterministic: same transcripts, requirements and catalogue, same output.
package struct InferenceAgent: Agent {
    package let name = "inference"
    package let catalogue: InferenceCatalogue

    /// Most evidence references kept per inferred requirement.
    package static let maximumEvidence = 3

    package init(catalogue: InferenceCatalogue) {
        self.catalogue = catalogue
    }

    /// Uses the catalogue shipped with the tool; throws when it is missing or invalid.
    package init() throws(InferenceCatalogueError) {
        self.init(catalogue: try InferenceCatalogue.bundled())
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        let outcome = infer(transcripts: state.transcripts, requirements: state.requirements)
        state.inferred = outcome.requirements
        let confidences = outcome.requirements.map(\.confidence)
        let mean = confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count)
        context.logger.debug(
            "inference finished",
            metadata: [
                "rules": .number(catalogue.rules.count), "inferred": .number(outcome.requirements.count),
                "covered": .number(outcome.coveredRuleIDs.count),
            ])
        return AgentReport(
            confidence: mean,
            requirementsAdded: outcome.requirements.count,
            details: [
                "rules_evaluated": catalogue.rules.count,
                "rules_fired": outcome.requirements.count,
                "rules_covered": outcome.coveredRuleIDs.count,
                "rules_excluded": outcome.excludedRuleIDs.count,
            ])
    }

    /// The result of one inference pass.
    package struct Outcome: Sendable, Hashable {
        /// Inferred requirements, `REQ-INF-001` onwards.
        package var requirements: [Requirement]
        /// Rules that fired but were already covered by a stated requirement.
        package var coveredRuleIDs: [String]
        /// Rules that fired on something a stated requirement rules out ("no login").
        package var excludedRuleIDs: [String] = []
        /// The catalogue rule behind each inferred requirement, by requirement id.
        package var ruleIDs: [String: String]
    }

    /// Runs the catalogue over the project's turns and stated requirements.
    package func infer(transcripts: [Transcript], requirements: [Requirement]) -> Outcome {
        let corpus = InferenceCorpus(transcripts: transcripts, requirements: requirements)
        var inferred: [Requirement] = []
        var covered: [String] = []
        var excluded: [String] = []
        var ruleIDs: [String: String] = [:]
        for rule in catalogue.rules {
            guard
                let evidence = corpus.evidence(
                    for: rule.triggers.any, unless: rule.triggers.unless, limit: Self.maximumEvidence),
                corpus.satisfies(rule.triggers.requiresAll)
            else { continue }
            if corpus.isCovered(by: rule.coveredBy) {
                covered.append(rule.id)
                continue
            }
            // A stakeholder ruled out what the rule is about: inferring it would contradict them.
            if corpus.exclusion(by: rule.triggers.any) != nil {
                excluded.append(rule.id)
                continue
            }
            let id = String(format: "REQ-INF-%03d", inferred.count + 1)
            ruleIDs[id] = rule.id
            inferred.append(requirement(id: id, rule: rule, evidence: evidence))
        }
        return Outcome(requirements: inferred, coveredRuleIDs: covered, excludedRuleIDs: excluded, ruleIDs: ruleIDs)
    }

    /// What precedes the rule id in an inferred requirement's rationale ("(inference rule SEC-AUTH)").
    static let ruleMarker = "inference rule "

    /// The catalogue rule an inferred requirement names in its rationale, read back in the one
    /// format ``requirement(id:rule:evidence:)`` writes.
    package static func ruleID(of requirement: Requirement) -> String? {
        guard requirement.inferred, let rationale = requirement.rationale,
            let start = rationale.range(of: ruleMarker, options: .backwards)
        else { return nil }
        return String(rationale[start.upperBound...].prefix { $0 != ")" && $0 != " " })
    }

    private func requirement(id: String, rule: InferenceRule, evidence: InferenceCorpus.Evidence) -> Requirement {
        let quoted = evidence.phrases.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        return Requirement(
            id: id,
            title: rule.title,
            statement: rule.statement,
            type: rule.type,
            category: rule.category,
            priority: rule.priority,
            actor: rule.actor,
            action: rule.action,
            acceptanceCriteria: rule.acceptanceCriteria,
            confidence: rule.confidence,
            inferred: true,
            rationale: "\(rule.rationale) Implied by mentions of \(quoted) (\(Self.ruleMarker)\(rule.id)).",
            sourceRefs: evidence.refs
        )
    }
}
