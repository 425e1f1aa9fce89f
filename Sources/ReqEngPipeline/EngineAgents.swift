import ReqEngAgents
import ReqEngIngest

/// The agents an engine plugs into the graph; the render node is added by the batch.
package struct EngineAgents: Sendable {
    package var ingest: any Agent
    package var extraction: any Agent
    package var inference: any Agent
    package var validation: any Agent
    package var clarification: any Agent
    package var synthesis: any Agent

    package init(
        ingest: any Agent, extraction: any Agent, inference: any Agent, validation: any Agent,
        clarification: any Agent, synthesis: any Agent
    ) {
        self.ingest = ingest
        self.extraction = extraction
        self.inference = inference
        self.validation = validation
        self.clarification = clarification
        self.synthesis = synthesis
    }

    /// The offline, deterministic built-in engine; fails only if its rule catalogue is missing or invalid.
    package static func builtin(
        limits: InputLimits = InputLimits(), redactor: SecretRedactor = SecretRedactor()
    ) throws(PipelineError) -> EngineAgents {
        let inference: InferenceAgent
        do {
            inference = try InferenceAgent()
        } catch {
            throw .badConfiguration("the built-in engine cannot load its inference rules: \(error.description)")
        }
        return EngineAgents(
            ingest: IngestAgent(limits: limits, redactor: redactor), extraction: ExtractionAgent(),
            inference: inference,
            validation: ValidationAgent(), clarification: ClarificationAgent(), synthesis: SynthesisAgent())
    }

    func graph(render: any Agent, maxRefinements: Int) -> AgentGraph {
        AgentGraph.standard(
            ingest: ingest, extraction: extraction, inference: inference, validation: validation,
            clarification: clarification, synthesis: synthesis, render: render, maxRefinements: maxRefinements)
    }
}
