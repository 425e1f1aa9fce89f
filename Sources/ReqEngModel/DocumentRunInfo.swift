/// How an RD was produced. Only deterministic facts: no run id, no wall-clock time.
public struct DocumentRunInfo: Sendable, Codable, Hashable {
    /// `builtin` or `openai`.
    public var engine: String
    /// Model name for LLM engines; `nil` for the built-in engine.
    public var model: String?
    /// reqeng version that wrote the document.
    public var toolVersion: String
    /// ISO 8601 UTC; from `SOURCE_DATE_EPOCH` when set, else the newest input modification time.
    public var generatedAt: String
    /// Refinement passes the graph made (extraction re-runs after validation).
    public var refinementPasses: Int
    /// Graph nodes whose model answer could not be used, so the built-in agent did their work
    /// (e.g. `["extraction"]`); `nil` (absent from the JSON) when there were none.
    public var llmFallbacks: [String]?

    public init(
        engine: String, model: String? = nil, toolVersion: String, generatedAt: String, refinementPasses: Int = 0
    ) {
        self.engine = engine
        self.model = model
        self.toolVersion = toolVersion
        self.generatedAt = generatedAt
        self.refinementPasses = refinementPasses
    }

    enum CodingKeys: String, CodingKey {
        case engine, model
        case toolVersion = "tool_version"
        case generatedAt = "generated_at"
        case refinementPasses = "refinement_passes"
        case llmFallbacks = "llm_fallbacks"
    }
}
