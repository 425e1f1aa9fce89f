import Foundation
import ReqEngModel
import ReqEngTelemetry

/// Graph node `clarification`: one follow-up question per open finding that needs a person.
///
/// A question is raised for each `error` or `warning` finding, for each `conflict`, and for each
/// `duplicate` between two speakers (one per pair, naming both positions); a conflict between two speakers is put to
/// both of them, each from their own side. It goes to the speaker whose words produced
/// the requirement (its first source reference); questions about inferred requirements, or
/// requirements without a named source, go to the project's most active speaker with a declared role,
/// else to "Product owner"; an interviewer is never asked. No question is raised for a statement
/// kept in the speaker's words (rewording it is the analyst's task), nor for a vague word in a
/// quality requirement whose missing target is asked for anyway. Questions are numbered `Q-001`…
/// ordered by addressee (alphabetical, case-insensitive), then conflicts first, then errors,
/// duplicates and the rest, each in issue order. The node replaces `state.questions`.
package struct ClarificationAgent: Agent {
    package let name = "clarification"

    /// Addressee when nobody with a role spoke in the project.
    package static let fallbackAddressee = "Product owner"
    /// The speaker name ingest gives turns whose source names nobody; such turns have no one to ask.
    package static let unknownSpeaker = "Unknown"

    package init() {}

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        let questions = questions(
            issues: state.issues, requirements: state.allRequirements, transcripts: state.transcripts)
        state.questions = questions
        let addressees = Set(questions.map(\.addressee)).count
        context.logger.debug(
            "clarification finished",
            metadata: ["questions": .number(questions.count), "addressees": .number(addressees)])
        return AgentReport(details: ["questions": questions.count, "addressees": addressees])
    }

    /// Whether a finding needs a stakeholder's answer.
    package static func needsQuestion(_ issue: QualityIssue) -> Bool {
        // Rewording a statement kept in the speaker's words, or splitting one that joins several
        // needs, is the analyst's task, not a question for the stakeholder.
        guard issue.issueType != "speaker_wording", issue.issueType != "compound_requirement" else { return false }
        return issue.severity == .error || issue.severity == .warning || issue.issueType == "conflict"
            || issue.issueType == "duplicate"
    }

    /// How soon a question should be asked: conflicts first, then what blocks sign-off, then the rest.
    static func importance(_ issue: QualityIssue) -> Int {
        if issue.issueType == "conflict" || issue.issueType == ContestedNeeds.issueType
            || issue.issueType == PriorityDisagreementRule.issueType
        {
            return 0
        }
        if issue.severity == .error { return 1 }
        if issue.issueType == "duplicate" { return 2 }
        return 3
    }

    /// Findings that ask again what another finding on the same requirement already asks: a vague
    /// or subjective word in a quality requirement whose missing target is asked for anyway.
    static func askedElsewhere(_ issues: [QualityIssue]) -> Set<String> {
        let measured = Set(issues.filter { $0.issueType == "unverifiable_nfr" }.compactMap(\.requirementID))
        return Set(
            issues.filter {
                ["vague_term", "subjective_language"].contains($0.issueType)
                    && $0.requirementID.map(measured.contains) == true
            }.map(\.id))
    }

    /// The questions for `issues`, addressed and numbered.
    package func questions(
        issues: [QualityIssue], requirements: [Requirement], transcripts: [Transcript]
    ) -> [Question] {
        let byID = Dictionary(requirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fallback = Self.defaultAddressee(transcripts: transcripts)
        func speaker(of requirement: Requirement?) -> String {
            guard let requirement, !requirement.inferred, let ref = requirement.sourceRefs.first,
                !ref.speaker.trimmingCharacters(in: .whitespaces).isEmpty, ref.speaker != Self.unknownSpeaker
            else { return fallback }
            return ref.speaker
        }
        var drafts: [(addressee: String, importance: Int, question: Question)] = []
        let repeated = Self.askedElsewhere(issues)
        for issue in issues where Self.needsQuestion(issue) && !repeated.contains(issue.id) {
            let requirement = issue.requirementID.flatMap { byID[$0] }
            let addressee = speaker(of: requirement)
            let related = issue.relatedRequirementIDs.compactMap { byID[$0] }
            let relatedSpeaker = related.first.map { speaker(of: $0) }
            // One person saying a need twice is the analyst's to merge; only two people saying
            // much the same are asked whether they mean one need.
            if issue.issueType == "duplicate", relatedSpeaker == addressee { continue }
            // "A seat shall not be sold twice": a prohibition binds whoever would do it; who does
            // the selling is no question for the stakeholder.
            if issue.issueType == "passive_voice", let requirement, NegationPolarity.isNegated(requirement.statement) {
                continue
            }
            let text = QuestionWriter.text(
                for: issue, requirement: requirement, related: related.first,
                relatedSpeaker: relatedSpeaker == addressee ? nil : relatedSpeaker)
            drafts.append(
                (
                    addressee, Self.importance(issue),
                    Question(
                        id: "", addressee: addressee, text: text, requirementID: issue.requirementID, issueID: issue.id)
                ))
            // Both sides of a conflict are asked: the other speaker gets the question from their side.
            if issue.issueType == "conflict", let other = related.first, let otherSpeaker = relatedSpeaker,
                otherSpeaker != addressee
            {
                let mirrored = QuestionWriter.text(
                    for: Self.mirrored(issue), requirement: other, related: requirement, relatedSpeaker: addressee)
                drafts.append(
                    (
                        otherSpeaker, Self.importance(issue),
                        Question(
                            id: "", addressee: otherSpeaker, text: mirrored, requirementID: other.id, issueID: issue.id)
                    ))
            }
        }
        // Stable sort: by addressee, then importance, then issue order.
        let ordered = drafts.enumerated().sorted { lhs, rhs in
            let left = lhs.element.addressee.lowercased()
            let right = rhs.element.addressee.lowercased()
            if left != right { return left < right }
            if lhs.element.importance != rhs.element.importance {
                return lhs.element.importance < rhs.element.importance
            }
            return lhs.offset < rhs.offset
        }
        return ordered.enumerated().map { number, entry in
            var question = entry.element.question
            question.id = String(format: "Q-%03d", number + 1)
            return question
        }
    }

    /// The conflict seen from its other requirement: the quoted positions swapped.
    static func mirrored(_ issue: QualityIssue) -> QualityIssue {
        let terms = QuestionWriter.quotedTerms(in: issue.message)
        guard terms.count >= 2 else { return issue }
        var copy = issue
        copy.message = "\"\(terms[1])\" against \"\(terms[0])\""
        return copy
    }

    /// The most active speaker with a declared role (ties: first to appear), else ``fallbackAddressee``.
    package static func defaultAddressee(transcripts: [Transcript]) -> String {
        var roles: [String: String] = [:]
        var turns: [String: Int] = [:]
        var order: [String] = []
        var interviewers = Set<String>()
        for transcript in transcripts {
            interviewers.formUnion(SpeakerRoles(transcript).interviewers)
            for participant in transcript.participants {
                if let role = participant.role, !role.trimmingCharacters(in: .whitespaces).isEmpty {
                    roles[participant.name] = roles[participant.name] ?? role
                }
            }
            for name in transcript.speakers where !order.contains(name) { order.append(name) }
            for turn in transcript.turns { turns[turn.speaker, default: 0] += 1 }
        }
        var best: (name: String, turns: Int)?
        // The people who asked are never the ones to answer.
        for name in order where roles[name] != nil && !interviewers.contains(name) {
            let count = turns[name] ?? 0
            if best == nil || count > (best?.turns ?? 0) { best = (name, count) }
        }
        return best?.name ?? fallbackAddressee
    }
}
