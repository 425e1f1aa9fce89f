import ReqEngModel

/// The extraction node of the built-in engine: finds stated requirements in the transcripts.
///
/// For every turn (sessions in order, turns in order) the turn is split into sentences
/// (``SentenceSplitter``), cleaned of fillers, hedges and false starts (``SpeechCleaner``), tested for
/// a statement of need (``NeedDetector``), rewritten as one statement (``StatementBuilder``),
/// classified (``RequirementClassifier``) and given acceptance criteria
/// (``AcceptanceCriteriaExtractor``). Restated needs are merged (``RequirementMerger``) and ids
/// `REQ-001`, … follow the first source. After validation has looped back
/// (`refinementPasses > 0`), the node repairs the flagged requirements instead (``ExtractionRefiner``).
package struct ExtractionAgent: Agent {
    package let name = "extraction"

    package var classifier = RequirementClassifier()
    package var merger = RequirementMerger()

    package init() {}

    package func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        if state.refinementPasses > 0 && !state.requirements.isEmpty {
            let before = state.requirements.count
            let outcome = ExtractionRefiner(classifier: classifier).refine(state.requirements, issues: state.issues)
            state.requirements = outcome.requirements
            return AgentReport(
                confidence: Self.meanConfidence(state.requirements),
                requirementsAdded: max(0, state.requirements.count - before),
                details: [
                    "requirements_split": outcome.split, "requirements_dropped": outcome.dropped,
                    "actors_attached": outcome.actorsAttached,
                ])
        }
        let extracted = extract(from: state.transcripts)
        state.requirements = extracted.requirements
        return AgentReport(
            confidence: Self.meanConfidence(state.requirements),
            requirementsAdded: state.requirements.count,
            details: [
                "sentences": extracted.sentences, "candidates": extracted.candidates,
                "merged": extracted.candidates - state.requirements.count,
            ])
    }

    /// Requirements of `transcripts`, merged and numbered; also how many sentences and candidates.
    package func extract(
        from transcripts: [Transcript]
    ) -> (requirements: [Requirement], sentences: Int, candidates: Int) {
        var candidates: [Requirement] = []
        var sentenceCount = 0
        for transcript in transcripts {
            let roles = Dictionary(
                transcript.participants.compactMap { participant in participant.role.map { (participant.name, $0) } },
                uniquingKeysWith: { first, _ in first })
            for turn in transcript.turns where !Self.isAssistant(turn.speaker, role: roles[turn.speaker]) {
                let sentences = SentenceSplitter().split(turn.text)
                sentenceCount += sentences.count
                for sentence in sentences {
                    let ref = SourceRef(
                        sessionID: transcript.id, turn: turn.number, speaker: turn.speaker,
                        quote: Self.quote(sentence))
                    if let requirement = requirement(from: sentence, source: ref, speakerRole: roles[turn.speaker]) {
                        candidates.append(requirement)
                    }
                }
            }
        }
        let merged = merger.merge(candidates)
        let numbered = merged.enumerated().map { index, requirement in
            var copy = requirement
            copy.id = Self.id(index + 1)
            return copy
        }
        return (numbered, sentenceCount, candidates.count)
    }

    /// The requirement one sentence states, or `nil` when it states no need.
    package func requirement(from sentence: String, source: SourceRef, speakerRole: String?) -> Requirement? {
        let cleaned = SpeechCleaner().clean(sentence)
        guard let match = NeedDetector().detect(cleaned.text, original: sentence),
            CandidateFilter().rejection(of: match) == nil,
            let statement = StatementBuilder().build(match, speakerRole: speakerRole)
        else { return nil }
        let text = statement.statement(priority: match.priority)
        let classification = classifier.classify(text)
        let criteria = AcceptanceCriteriaExtractor().criteria(in: cleaned.text)
        return Requirement(
            id: "", title: statement.title, statement: text, type: classification.type,
            category: classification.category, priority: match.priority, actor: statement.actor,
            action: statement.action, condition: statement.condition, acceptanceCriteria: criteria,
            confidence: Self.confidence(
                strength: match.cue.strength, classifier: classification.confidence,
                measurable: !criteria.isEmpty, hasActor: statement.actor != nil, hedges: cleaned.hedges),
            sourceRefs: [source])
    }

    /// Confidence that a candidate is a real, correctly classified requirement:
    ///
    ///     0.40 × need-phrase strength      (1.0 "shall" … 0.55 a bare "will")
    ///   + 0.25 × classifier confidence     (0.5 at a tie … 1.0)
    ///   + 0.15 × (1 if a measurable criterion was found, else 0.5)
    ///   + 0.20 × (1 if an actor was found, else 0.5)
    ///   − 0.05 × hedges removed (at most 3: "I think", "maybe", …)
    ///
    /// clamped to 0…1 and rounded to 2 decimals so output is stable.
    package static func confidence(
        strength: Double, classifier: Double, measurable: Bool, hasActor: Bool, hedges: Int
    ) -> Double {
        let raw =
            0.40 * strength + 0.25 * classifier + 0.15 * (measurable ? 1 : 0.5) + 0.20 * (hasActor ? 1 : 0.5)
            - 0.05 * Double(min(hedges, 3))
        return (min(1, max(0, raw)) * 100).rounded() / 100
    }

    static func meanConfidence(_ requirements: [Requirement]) -> Double? {
        guard !requirements.isEmpty else { return nil }
        let mean = requirements.map(\.confidence).reduce(0, +) / Double(requirements.count)
        return (mean * 100).rounded() / 100
    }

    /// `REQ-001`, `REQ-002`, …
    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "REQ-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The sentence as said, trimmed to at most 200 characters.
    static func quote(_ sentence: String) -> String {
        let trimmed = TextCleanup.trim(sentence)
        guard trimmed.count > 200 else { return trimmed }
        return TextCleanup.trim(String(trimmed.prefix(199))) + "\u{2026}"
    }

    /// The interviewing assistant of a chat transcript states no stakeholder needs.
    static func isAssistant(_ speaker: String, role: String?) -> Bool {
        let names = [speaker.lowercased(), role?.lowercased() ?? ""]
        return names.contains { ["assistant", "system", "bot", "ai", "chatbot"].contains($0) }
    }
}
