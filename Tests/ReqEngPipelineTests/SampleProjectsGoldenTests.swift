import Foundation
import ReqEngPipeline
import ReqEngTestSupport
import Testing

/// The whole Markdown and JSON RDs of the sample projects in `inputs/`, compared with golden files
/// (re-record with `REQENG_RECORD=1 swift test --filter SampleProjectsGoldenTests`).
@Suite struct SampleProjectsGoldenTests {
    @Test func markdownAndJSONOfEverySampleProjectMatchGolden() async throws {
        let output = try PipelineFixture.temporaryDirectory("golden")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try await BatchRunner(
            configuration: PipelineFixture.configuration(output: output), logger: PipelineFixture.quietLogger,
            progress: RecordingProgress()
        ).run()
        #expect(result.failures.isEmpty)
        #expect(result.projects.count >= 3)
        let written = try FileManager.default.contentsOfDirectory(atPath: output + "/rd").sorted()
        #expect(written.count == result.projects.count * 2)
        for name in written {
            try Golden.expectMatch(
                PipelineFixture.contents(of: output + "/rd/" + name),
                file: PipelineFixture.golden.appendingPathComponent(name))
        }
    }
}
