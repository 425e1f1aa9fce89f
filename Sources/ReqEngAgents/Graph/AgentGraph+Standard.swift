import ReqEngModel

extension AgentGraph {
    /// Finding types the extraction node knows how to fix when the graph loops back to it.
    package static let refinableIssueTypes: Set<String> = ["compound_requirement", "missing_actor", "missing_action"]

    /// The reqeng graph of DESIGN.md §4:
    ///
    /// ```
    /// ingest → extraction → inference → validation ─┬─ (fixable errors, passes left) → extraction
    ///                                                └─ clarification → synthesis → render
    /// ```
    ///
    /// A project none of whose files could be read ends after ingest, with no document.
    /// The loop back to extraction is taken only while validation reports error findings that
    /// extraction can fix, and at most `maxRefinements` times.
    package static func standard(
        ingest: any Agent,
        extraction: any Agent,
        inference: any Agent,
        validation: any Agent,
        clarification: any Agent,
        synthesis: any Agent,
        render: (any Agent)?,
        maxRefinements: Int
    ) -> AgentGraph {
        var graph = AgentGraph(entry: ingest.name)
        graph.add(ingest, then: .conditional { state in state.transcripts.isEmpty ? endNode : extraction.name })
        graph.add(extraction, then: .next(inference.name))
        graph.add(inference, then: .next(validation.name))
        graph.add(
            validation,
            then: .boundedLoop(
                back: extraction.name, exit: clarification.name, limit: maxRefinements,
                condition: needsRefinement))
        graph.add(clarification, then: .next(synthesis.name))
        if let render {
            graph.add(synthesis, then: .next(render.name))
            graph.add(render, then: .end)
        } else {
            graph.add(synthesis, then: .end)
        }
        return graph
    }

    /// Whether validation left error findings that another extraction pass can fix.
    package static func needsRefinement(_ state: GraphState) -> Bool {
        state.issues.contains { $0.severity == .error && refinableIssueTypes.contains($0.issueType) }
    }
}
