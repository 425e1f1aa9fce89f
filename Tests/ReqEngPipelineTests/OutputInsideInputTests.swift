import Foundation
import ReqEngPipeline
import Testing

/// An output directory inside an input directory is not read back on the next run (issue 16, item 5).
@Suite("Output inside input")
struct OutputInsideInputTests {
    @Test("Runs after the first see the same single project, with a notice instead of a project 'out'")
    func secondRunIgnoresItsOwnOutput() async throws {
        let root = try PipelineFixture.temporaryDirectory("inside")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input + "/app", withIntermediateDirectories: true)
        try "Ana: The app must work offline for a whole day.\n"
            .write(toFile: input + "/app/s.txt", atomically: true, encoding: .utf8)
        let configuration = PipelineFixture.configuration(inputs: [input], output: input + "/out")
        for _ in 1...3 {
            let result = try await BatchRunner(
                configuration: configuration, logger: PipelineFixture.quietLogger, progress: RecordingProgress()
            ).run()
            #expect(result.projects.map(\.name) == ["app"])
            #expect(result.failures.isEmpty)
        }
        let last = try await BatchRunner(
            configuration: configuration, logger: PipelineFixture.quietLogger, progress: RecordingProgress()
        ).run()
        #expect(last.notices.contains { $0.path == "out" })
    }
}
