import Foundation
import Logging
import ReqEngBase
import ReqEngPipeline

/// Paths and helpers shared by the pipeline tests: the repository's inputs and templates, and
/// throw-away output directories.
enum PipelineFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let inputs = repository.appendingPathComponent("inputs").path
    /// The built-in templates: the repository's `templates/`, compiled in (`EmbeddedFilesTests` checks they match).
    static let templates = ResourceFiles.builtInTemplates
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory(_ label: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reqeng-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func configuration(
        inputs: [String] = [PipelineFixture.inputs], output: String, formats: Set<OutputFormat> = [.markdown, .json]
    ) -> BatchConfiguration {
        BatchConfiguration(
            inputs: inputs, output: output, formats: formats, templates: templates, sourceDateEpoch: 1_767_225_600)
    }

    static let quietLogger: Logger = {
        var logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        return logger
    }()

    static func contents(of path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
