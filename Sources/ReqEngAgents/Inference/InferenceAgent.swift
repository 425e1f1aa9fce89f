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

    /// Least share of turns naming software for any rule to fire (``SoftwareTalk``); 0 applies
    /// the catalogue to every conversation.
    package let softwareShareThreshold: Double

    package init(catalogue: InferenceCatalogue, softwareShareThreshold: Double = SoftwareTalk.threshold) {
        self.catalogue = catalogue
        self.softwareShareThreshold = softwareShareThreshold
    }

    /// Uses the catalogue shipped with the tool; throws when it is missing or invalid.
    package init(softwareShareThreshold: Double = SoftwareTalk.threshold) throws(InferenceCatalogueError) {
        self.init(catalogue: try InferenceCatalogue.bundled(), softwareShareThreshold: softwareShareThreshold)
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        let outcome = infer(transcripts: state.transcripts, requirements: state.requirements)
        state.inferred = outcome.requirements
        state.ruleDisagreements = outcome.disagreements.isEmpty ? nil : outcome.disagreements
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
                "rules_disputed": outcome.disagreements.count,
                "software_product": outcome.softwareProduct ? 1 : 0,
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
        /// Excluded rules that other turns suggest all the same: questions for the stakeholder.
        package var disagreements: [RuleDisagreement] = []
        /// The catalogue rule behind each inferred requirement, by requirement id.
        package var ruleIDs: [String: String]
        /// Whether the conversation is about a software product, to which the catalogue applies.
        package var softwareProduct = true
    }

    /// Runs the catalogue over the project's turns and stated requirements.
    package func infer(transcripts: [Transcript], requirements: [Requirement]) -> Outcome {
        // The catalogue speaks of software; a conversation about a physical product (a remote
        // control's case and buttons) implies none of it.
        guard softwareShareThreshold <= 0 || SoftwareTalk.share(of: transcripts) >= softwareShareThreshold else {
            return Outcome(requirements: [], coveredRuleIDs: [], ruleIDs: [:], softwareProduct: false)
        }
        let corpus = InferenceCorpus(transcripts: transcripts, requirements: requirements)
        var inferred: [Requirement] = []
        var covered: [String] = []
        var excluded: [String] = []
        var disagreements: [RuleDisagreement] = []
        var ruleIDs: [String: String] = [:]
        // Rules whose triggers matched the project, whatever became of them.
        var matched = Set<String>()
        for rule in catalogue.rules {
            guard
                let evidence = corpus.evidence(
                    for: rule.triggers.any, unless: rule.triggers.unless, limit: Self.maximumEvidence)
                    ?? corpus.evidence(read: rule.triggers.readers, limit: Self.maximumEvidence),
                let context = corpus.context(for: rule.triggers.requiresAll, besides: evidence)
            else { continue }
            guard !(rule.yieldsTo ?? []).contains(where: matched.contains) else { continue }
            matched.insert(rule.id)
            if corpus.isCovered(by: rule.coveredBy) {
                covered.append(rule.id)
                continue
            }
            // A stakeholder ruled out what the rule is about: inferring it would contradict them.
            if let exclusion = corpus.exclusion(by: rule.triggers.refusable)
                ?? corpus.exclusion(byPhrases: rule.triggers.excludedBy)
            {
                excluded.append(rule.id)
                // Other turns suggest it all the same: that is for the stakeholder to settle.
                // (Not the turns of the excluding requirement itself: "A one-time login link sent by
                // text." suggests a login and rules out passwords in one breath.)
                let excluding = corpus.statements.first { $0.id == exclusion.requirementID }?.refs ?? []
                let suggesting = evidence.refs.filter { ref in
                    (ref.sessionID, ref.turn) != (exclusion.ref?.sessionID, exclusion.ref?.turn)
                        && !excluding.contains { ($0.sessionID, $0.turn) == (ref.sessionID, ref.turn) }
                        && !corpus.rulesOut(ref, triggers: rule.triggers.any) && !ref.quote.hasSuffix("?")
                        && !Self.negates(ref.quote) && corpus.isFirm(ref)
                }
                // One question per stated requirement: the first rule it rules out (later ones, such
                // as a session timeout after authentication, follow from the answer).
                if let said = exclusion.ref, let requirementID = exclusion.requirementID, !suggesting.isEmpty,
                    !disagreements.contains(where: { $0.requirementID == requirementID }),
                    !Self.refusalAnswers(said.quote, rule: rule.statement, suggesting: suggesting.map(\.quote))
                {
                    disagreements.append(
                        RuleDisagreement(
                            ruleID: rule.id, ruleStatement: rule.statement, requirementID: requirementID, said: said,
                            suggestedBy: suggesting))
                }
                continue
            }
            let id = String(format: "REQ-INF-%03d", inferred.count + 1)
            ruleIDs[id] = rule.id
            inferred.append(requirement(id: id, rule: rule, evidence: evidence, context: context))
        }
        return Outcome(
            requirements: inferred, coveredRuleIDs: covered, excludedRuleIDs: excluded, disagreements: disagreements,
            ruleIDs: ruleIDs)
    }

    /// Whether what was refused ("No app, please.", "No photos.") already answers the question a
    /// disagreement would ask: the rule is about the very thing refused ("The mobile app shall …"),
    /// or every turn that suggests the rule speaks of it ("A photo on their record would be good").
    static func refusalAnswers(_ refusal: String, rule: String, suggesting: [String]) -> Bool {
        let words = TextTokens(refusal).words
        var refused = Set<String>()
        for index in words.indices where words[index] == "no" {
            for word in words.dropFirst(index + 1).prefix(2) where word.count > 2 {
                refused.insert(RequirementMerger.stem(word))
            }
        }
        guard !refused.isEmpty else { return false }
        let names = { (text: String) in TextTokens(text).words.contains { refused.contains(RequirementMerger.stem($0)) }
        }
        return names(rule) || suggesting.allSatisfy(names)
    }

    /// Whether a sentence says no to something ("returns without logging in"): it restates an
    /// exclusion rather than suggesting what was excluded.
    static func negates(_ sentence: String) -> Bool {
        !TextTokens(sentence).words.allSatisfy { !negations.contains($0) }
    }

    static let negations: Set<String> = [
        "no", "not", "without", "never", "nobody", "none", "nothing", "dont", "doesnt", "wont", "shouldnt", "cant",
        "isnt", "arent", "neither", "nor",
    ]

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

    /// The requirement `rule` adds, citing the turns that triggered it and those that say where it
    /// applies (`context`, for a rule that requires some: "the EU" for the GDPR).
    private func requirement(
        id: String, rule: InferenceRule, evidence: InferenceCorpus.Evidence, context: InferenceCorpus.Evidence
    ) -> Requirement {
        var quoted = evidence.phrases.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        if !context.phrases.isEmpty {
            quoted += " where " + context.phrases.map { "\"\($0)\"" }.joined(separator: " and ") + " is said"
        }
        // A turn is cited once, whichever of its sentences it is cited for.
        let cited =
            evidence.refs
            + context.refs.filter { ref in
                !evidence.refs.contains { $0.sessionID == ref.sessionID && $0.turn == ref.turn }
            }
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
            sourceRefs: cited
        )
    }
}
