import Foundation
import ReqEngBase
import ReqEngPipeline
import ReqEngStore
import Testing

/// What an incremental run must notice: a changed template, price table or tool version re-renders
/// the projects it affects, and nothing else does.
@Suite struct ConfigurationChangeTests {
    /// The built-in templates with `marker` appended to the RD Markdown template, under the same origin,
    /// as if the file had been edited in place in the `--templates` directory.
    static func templates(withMarker marker: String) throws -> ResourceFiles {
        var files = ResourceFiles.builtInTemplates.files
        let original = try #require(files["rd.md.mustache"])
        files["rd.md.mustache"] = original + Data("\n\(marker)\n".utf8)
        return ResourceFiles(origin: "/srv/templates", files: files)
    }

    private func recordedRun(output: String, templates: ResourceFiles) async throws -> BatchResult {
        var configuration = PipelineFixture.configuration(output: output)
        configuration.templates = templates
        let recorder = try RunRecorder.open(outputDirectory: output)
        let runID = "run-\(UInt32.random(in: 0...UInt32.max))"
        try recorder.begin(
            run: RunStart(
                id: runID, startedAt: Date(), engine: "builtin", model: nil, inputs: [],
                configHash: ConfigurationHash.of(configuration)))
        let recording = RunRecording(recorder: recorder, runID: runID, executions: ExecutionCollector())
        return try await BatchRunner(
            configuration: configuration, logger: PipelineFixture.quietLogger, progress: RecordingProgress(),
            recording: recording
        ).run()
    }

    @Test func anEditedTemplateRerendersAndAnUnchangedRerunStillSkips() async throws {
        let output = try PipelineFixture.temporaryDirectory("template-edit")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let first = try Self.templates(withMarker: "<!-- first edit -->")
        let written = try await recordedRun(output: output, templates: first)
        #expect(written.projectsWritten == written.projects.count && !written.projects.isEmpty)
        let unchanged = try await recordedRun(output: output, templates: first)
        #expect(unchanged.projects.allSatisfy { $0.skipped })
        #expect(unchanged.projectsWritten == 0 && unchanged.projectsSkipped == unchanged.projects.count)

        let edited = try await recordedRun(
            output: output, templates: try Self.templates(withMarker: "<!-- second edit -->"))
        #expect(edited.projects.allSatisfy { !$0.skipped && $0.error == nil })
        let markdown = try #require(
            try FileManager.default.contentsOfDirectory(atPath: output + "/rd").first { $0.hasSuffix(".md") })
        let text = try String(contentsOfFile: output + "/rd/" + markdown, encoding: .utf8)
        #expect(text.contains("<!-- second edit -->") && !text.contains("<!-- first edit -->"))
    }

    @Test func theHashFollowsTemplateContentsNotTheirDirectory() throws {
        var configuration = PipelineFixture.configuration(output: "/tmp/unused")
        let builtIn = ConfigurationHash.of(configuration)
        configuration.templates = ResourceFiles(origin: "/elsewhere", files: ResourceFiles.builtInTemplates.files)
        #expect(ConfigurationHash.of(configuration) == builtIn, "same files from another directory")
        configuration.templates = try Self.templates(withMarker: "x")
        #expect(ConfigurationHash.of(configuration) != builtIn)
    }

    @Test func thePriceTableCountsForThePricedEngineOnly() throws {
        let table = ResourceFile(origin: "/srv/prices.json", data: Data(#"{"version":"a","models":[]}"#.utf8))
        let changed = ResourceFile(origin: "/srv/prices.json", data: Data(#"{"version":"b","models":[]}"#.utf8))
        var builtin = PipelineFixture.configuration(output: "/tmp/unused")
        builtin.prices = table
        var other = builtin
        other.prices = changed
        #expect(ConfigurationHash.of(builtin) == ConfigurationHash.of(other), "the built-in engine prices nothing")
        builtin.engine = "openai"
        other.engine = "openai"
        #expect(ConfigurationHash.of(builtin) != ConfigurationHash.of(other))
    }

    @Test func theToolVersionAndRuleCatalogueAreHashed() {
        let text = ConfigurationHash.canonical(PipelineFixture.configuration(output: "/tmp/unused"))
        #expect(text.contains("tool=\(ToolVersion.current)"))
        #expect(text.contains("rules=\(ResourceFiles.embedded("rules").digest)"))
        #expect(ResourceFiles.embedded("rules").files.keys.contains("inference-rules.json"))
    }

    @Test func theSummaryCountsWrittenAndSkippedProjectsApart() {
        var result = BatchResult()
        var kept = ProjectOutcome(name: "a", sessions: 1, files: ["rd/a.md"])
        kept.skipped = true
        result.projects = [kept, ProjectOutcome(name: "b", sessions: 2, files: ["rd/b.md"]), ProjectOutcome(name: "c")]
        #expect(
            result.summary.hasPrefix("3 projects: 1 written, 1 unchanged and skipped, 1 without a document; 3 sessions")
        )
    }
}
