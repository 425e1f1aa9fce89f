import Foundation
import ReqEngPipeline
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
            let actual = PipelineFixture.contents(of: output + "/rd/" + name)
            let golden = PipelineFixture.golden.appendingPathComponent(name)
            if PipelineFixture.recording {
                try FileManager.default.createDirectory(at: PipelineFixture.golden, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: golden)
                continue
            }
            let expected = PipelineFixture.contents(of: golden.path)
            #expect(!expected.isEmpty, "Golden/\(name) is missing; record with REQENG_RECORD=1")
            #expect(actual == expected, "rd/\(name) differs from Golden/\(name); re-record with REQENG_RECORD=1")
        }
    }
}
