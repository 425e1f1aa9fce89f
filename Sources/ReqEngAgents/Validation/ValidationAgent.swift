import Foundation
import ReqEngBase
import ReqEngModel
import ReqEngTelemetry

/// Graph node `validation`: checks every requirement (stated and inferred) against the quality rules.
///
/// Each pass replaces `state.issues`. Findings are numbered `ISS-001`… in requirement order, then
/// rule order (the order of ``defaultRules``); pair findings (duplicate, conflict) sit on the
/// earlier requirement of the pair.
///
/// Severity policy:
/// - **error** — `conflict`, `tbd`, `missing_action`, and `unverifiable_nfr` on a must-priority
///   requirement. Errors drive the validation → extraction refinement loop.
/// - **warning** — `vague_term`, `unverifiable_nfr` (below must), `subjective_language`,
///   `comparative_term`, `escape_clause`, `open_ended`, `compound_requirement`, `passive_voice`,
///   `ambiguous_pronoun`, `vague_reference`, `absolute_term`, `missing_actor`, `duplicate`.
/// - **info** — `negative_statement`, `universal_quantifier`, `optional_term`, `weak_phrase`,
///   `missing_acceptance_criteria`: worth a look, not worth a question.
///
/// A finding about words no stakeholder said (our rewrite's "be able to") is not reported
/// (``flagsOurOwnWords(_:in:)``), and plain functional requirements without acceptance criteria are
/// counted in one document-level finding, after the others.
///
/// The report's confidence is the share of requirements with no error finding (nil when there are
/// no requirements), so a clean set scores 1 and a set where every requirement has an error scores 0.
package struct ValidationAgent: Agent {
    package let name = "validation"
    package let rules: [any QualityRule]

    /// The rules in the order their findings are numbered.
    package static let defaultRules: [any QualityRule] = [
        SpeakerWordingRule(), TBDRule(), MissingActionRule(), MissingActorRule(), UnverifiableNFRRule(),
        VagueTermRule(),
        SubjectiveLanguageRule(), ComparativeRule(), EscapeClauseRule(), OpenEndedClauseRule(), CombinatorRule(),
        PassiveVoiceRule(), PronounRule(), VagueReferenceRule(), AbsoluteRule(), NegativeStatementRule(),
        UniversalQuantifierRule(),
        OptionRule(), WeakPhraseRule(), MissingAcceptanceCriteriaRule(), ConflictRule(), PriorityDisagreementRule(),
        DuplicateRule(),
    ]

    package init(rules: [any QualityRule] = ValidationAgent.defaultRules) {
        self.rules = rules
    }

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        let requirements = state.allRequirements
        let issues = validate(
            requirements, transcripts: state.transcripts, disagreements: state.ruleDisagreements ?? [])
        state.issues = issues
        var details = [
            "issues_found": issues.count,
            "errors": issues.count { $0.severity == .error },
            "warnings": issues.count { $0.severity == .warning },
            "infos": issues.count { $0.severity == .info },
            "conflicts": issues.count { $0.issueType == "conflict" || $0.issueType == ContestedNeeds.issueType },
            "duplicates": issues.count { $0.issueType == "duplicate" },
        ]
        details["requirements_checked"] = requirements.count
        let confidence = Self.confidence(requirements: requirements, issues: issues)
        context.logger.debug(
            "validation finished",
            metadata: ["issues_found": .number(issues.count), "errors": .number(details["errors"] ?? 0)])
        return AgentReport(confidence: confidence, details: details)
    }

    /// Runs every rule over `requirements` and numbers the findings.
    package func validate(_ requirements: [Requirement]) -> [QualityIssue] {
        let analyses = requirements.map(StatementAnalysis.init)
        var issues: [QualityIssue] = []
        var withoutCriteria = 0
        var toReword: [String] = []
        for position in analyses.indices {
            let context = ValidationContext(all: analyses, position: position)
            let requirement = analyses[position].requirement
            let spoken = requirement.isInSpeakersWords
            if requirement.type == .functional, requirement.priority != .wont,
                MissingAcceptanceCriteriaRule.lacksCriteria(requirement),
                !MissingAcceptanceCriteriaRule.needsCriteria(analyses[position])
            {
                withoutCriteria += 1
            }
            var findings: [Finding] = []
            for rule in rules where !(spoken && rule.judgesWording) {
                findings += rule.check(context).filter {
                    !(rule.judgesWording && Self.flagsOurOwnWords($0, in: requirement))
                }
            }
            // Statements to reword are listed once, in one finding, below.
            if findings.contains(where: { $0.issueType == SpeakerWordingRule.issueType }) {
                toReword.append(requirement.id)
                findings.removeAll { $0.issueType == SpeakerWordingRule.issueType }
            }
            for finding in Self.withoutRepeats(findings) {
                issues.append(
                    QualityIssue(
                        id: String(format: "ISS-%03d", issues.count + 1),
                        requirementID: analyses[position].requirement.id,
                        severity: finding.severity,
                        issueType: finding.issueType,
                        rule: finding.rule,
                        message: finding.message,
                        suggestion: finding.suggestion,
                        relatedRequirementIDs: finding.relatedRequirementIDs))
            }
        }
        // Findings about the document as a whole: one line each, on no single requirement.
        var summaries: [Finding] = []
        if !toReword.isEmpty, let rule = rules.lazy.compactMap({ $0 as? SpeakerWordingRule }).first {
            summaries.append(rule.summary(requirementIDs: toReword))
        }
        if withoutCriteria > 0, let rule = rules.lazy.compactMap({ $0 as? MissingAcceptanceCriteriaRule }).first {
            summaries.append(rule.summary(count: withoutCriteria))
        }
        for finding in summaries {
            issues.append(
                QualityIssue(
                    id: String(format: "ISS-%03d", issues.count + 1), requirementID: nil,
                    severity: finding.severity, issueType: finding.issueType, rule: finding.rule,
                    message: finding.message, suggestion: finding.suggestion))
        }
        return issues
    }

    /// One requirement's findings less those that say again what another says: a vague or
    /// subjective word that an unverifiable-requirement finding already names ("fast" is not a
    /// measure), and missing acceptance criteria where the requirement is already unverifiable.
    static func withoutRepeats(_ findings: [Finding]) -> [Finding] {
        let unverifiable = findings.filter { $0.issueType == "unverifiable_nfr" }
        guard !unverifiable.isEmpty else { return findings }
        let named = Set(unverifiable.flatMap(\.terms).map { $0.lowercased() })
        return findings.filter { finding in
            switch finding.issueType {
            case "missing_acceptance_criteria": return false
            case "vague_term", "subjective_language":
                return !finding.terms.allSatisfy { named.contains($0.lowercased()) } || finding.terms.isEmpty
            default: return true
            }
        }
    }

    /// ``validate(_:)``, then the needs one stakeholder stated and another refused on the spot
    /// (``ContestedNeeds``) and the inference rules a stated requirement rules out while other turns
    /// suggest them (``RuleDisagreement``), numbered after the rest.
    package func validate(
        _ requirements: [Requirement], transcripts: [Transcript], disagreements: [RuleDisagreement] = []
    ) -> [QualityIssue] {
        var issues = validate(requirements)
        let contests = ContestedNeeds.contests(requirements: requirements, transcripts: transcripts)
        let extra =
            contests.map { ($0.requirementID, $0.finding) }
            + disagreements.compactMap { disagreement in
                requirements.first { $0.id == disagreement.requirementID }.map {
                    ($0.id, disagreement.finding(statement: $0.statement))
                }
            }
        for (requirementID, finding) in extra {
            issues.append(
                QualityIssue(
                    id: String(format: "ISS-%03d", issues.count + 1), requirementID: requirementID,
                    severity: finding.severity, issueType: finding.issueType, rule: finding.rule,
                    message: finding.message, suggestion: finding.suggestion))
        }
        return issues
    }

    /// Whether a finding about wording flags only words that no stakeholder said: words our own
    /// rewrite put into a stated requirement ("be able to" for "I want to"). Such a finding would
    /// diagnose us, not the requirement. Findings about two requirements, and inferred
    /// requirements (our words by design), are never dropped here.
    static func flagsOurOwnWords(_ finding: Finding, in requirement: Requirement) -> Bool {
        guard !finding.terms.isEmpty, finding.relatedRequirementIDs.isEmpty, !requirement.inferred,
            !requirement.sourceRefs.isEmpty
        else { return false }
        let quotes = requirement.sourceRefs.map { " " + TokenizedText($0.quote).tokens.joined(separator: " ") + " " }
        return !finding.terms.contains { term in
            let words = " " + TokenizedText(term).tokens.joined(separator: " ") + " "
            return quotes.contains { ByteSearch.contains($0, words) }
        }
    }

    /// Share of requirements without an error finding (as the issue's subject or a related one).
    package static func confidence(requirements: [Requirement], issues: [QualityIssue]) -> Double? {
        guard !requirements.isEmpty else { return nil }
        var withError = Set<String>()
        for issue in issues where issue.severity == .error {
            if let id = issue.requirementID { withError.insert(id) }
            withError.formUnion(issue.relatedRequirementIDs)
        }
        let clean = requirements.filter { !withError.contains($0.id) }.count
        return Double(clean) / Double(requirements.count)
    }
}
