import Metrics
import ReqEngAgents
import ReqEngBase
import ReqEngModel
import ReqEngRender

/// The last node of the graph: writes the synthesised document in every requested format to
/// `rd/<project>.<ext>` and counts `rd_documents_generated_total{format}`.
struct RenderAgent: Agent {
    /// `rd_documents_generated_total{format}`.
    static let documentsGenerated = MetricFamilyDescriptor(
        name: "rd_documents_generated_total", help: "Requirements Documents written, by format.",
        type: .counter, labelNames: ["format"])
    /// Every family the render agent records.
    static let metricFamilies = [documentsGenerated]

    let name = "render"
    let formats: Set<OutputFormat>
    let markdown: MarkdownDocumentRenderer
    let writer: OutputWriter
    let metrics: any MetricsFactory
    /// Receives the relative paths written, so the batch can report them.
    let onWritten: @Sendable ([String]) -> Void

    func run(_ state: inout GraphState, context: AgentContext) async throws -> AgentReport {
        guard var document = state.document else {
            throw PipelineError.internalFailure("render ran before synthesis produced a document")
        }
        // Where the model's answers could not be used, the document says so in its run section.
        if let nodes = state.fallbackNodes, !nodes.isEmpty {
            document.run.llmFallbacks = nodes
            state.document = document
        }
        try writer.ensureDirectory(OutputLayout.documentsDirectory)
        var written: [String] = []
        for format in OutputFormat.allCases where formats.contains(format) {
            let bytes: [UInt8]
            switch format {
            case .json: bytes = try JSONDocumentRenderer().render(document)
            case .markdown: bytes = try markdown.render(document)
            case .pdf:
                do {
                    bytes = try PDFRenderer().render(document)
                } catch {
                    throw RenderError.pdfFailed(reason: error.description)
                }
            }
            let path = OutputLayout.documentPath(project: state.project.name, fileExtension: format.fileExtension)
            // Each file is synced before its rename; the renames are synced once, below.
            try writer.write(bytes, to: path, syncingDirectory: false)
            written.append(path)
            Counter(label: Self.documentsGenerated.name, dimensions: [("format", format.rawValue)], factory: metrics)
                .increment()
        }
        // One directory sync for the project's documents rather than one a format: it makes each
        // rename above durable (a crash before it leaves each file old or new, never half).
        writer.syncDirectory(OutputLayout.documentsDirectory)
        onWritten(written)
        return AgentReport(details: ["documents": written.count])
    }
}
