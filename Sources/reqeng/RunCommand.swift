import ArgumentParser
import ReqEngPipeline

/// `reqeng run`: process transcript directories into Requirements Documents.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process transcripts into Requirements Documents."
    )

    @Argument(help: "Input directories or transcript files (default: inputs).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output directory.")
    var output: String = "outputs"

    func run() async throws {
        _ = BatchConfiguration(inputs: inputs.isEmpty ? ["inputs"] : inputs, output: output)
    }
}
