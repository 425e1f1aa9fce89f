import ReqEngModel

/// The extraction agent's step in the graph: the first pass reads every transcript; a refinement
/// pass (after validation found issues) splits, drops or completes what the first pass wrote.
extension ExtractionAgent {
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
}
