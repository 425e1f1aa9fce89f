import ArgumentParser
import Foundation
import ReqEngFakeLLM

/// `reqeng-fake-llm`: a local OpenAI-compatible endpoint for end-to-end checks of `--engine openai`.
@main
struct FakeLLMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reqeng-fake-llm",
        abstract: "Serve a scripted OpenAI-compatible chat-completions endpoint on 127.0.0.1.",
        discussion: "POST /v1/chat/completions answers; GET /v1/stats reports requests and summed usage.")

    @Option(help: "Port to listen on (0 picks a free one; the chosen port is printed).")
    var port: Int = 0

    @Option(help: "Answer the first N requests with 429 and Retry-After: 0.")
    var rateLimitFirst: Int = 0

    @Option(help: "Answer the next N requests with 500.")
    var failFirst: Int = 0

    @Option(help: "Hold the first N answers for --stall-ms milliseconds.")
    var stallFirst: Int = 0

    @Option(help: "Milliseconds a stalled answer is held.")
    var stallMs: Int = 3000

    @Option(help: "Answer the next N requests with text that is not JSON.")
    var invalidFirst: Int = 0

    @Option(help: "Answer the first N requests with a 9 MiB body (past the size reqeng reads).")
    var oversizedFirst: Int = 0

    @Option(
        help: ArgumentHelp(
            "Report this usage in every answer instead of counting words (e.g. 9223372036854775807,1 or -300000,0).",
            valueName: "prompt,completion"))
    var usage: String?

    func validate() throws {
        _ = try fixedUsage()
    }

    private func fixedUsage() throws -> (prompt: Int, completion: Int)? {
        guard let usage else { return nil }
        let parts = usage.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let prompt = parts[0], let completion = parts[1] else {
            throw ValidationError("--usage takes two integers: PROMPT,COMPLETION")
        }
        return (prompt, completion)
    }

    func run() async throws {
        let server = try await FakeLLMServer.start(
            port: port,
            behaviour: FakeLLMBehaviour(
                rateLimitFirst: rateLimitFirst, failFirst: failFirst, stallFirst: stallFirst,
                stallMilliseconds: stallMs, invalidFirst: invalidFirst, fixedUsage: try fixedUsage(),
                oversizedFirst: oversizedFirst))
        FileHandle.standardOutput.write(Data("listening on \(server.baseURL)\n".utf8))
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
