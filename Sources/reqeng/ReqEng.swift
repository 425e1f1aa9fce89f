import ArgumentParser
import ReqEngPipeline

/// The `reqeng` command: requirements-elicitation transcripts in, Requirements Documents out.
@main
struct ReqEng: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reqeng",
        abstract: "Turn requirements-elicitation transcripts into Requirements Documents.",
        discussion: """
            reqeng reads directories of interview, workshop and chat transcripts (.txt, .md, .json, \
            .vtt, .srt), runs a graph of agents over them (extraction, inference, validation, \
            clarification, synthesis) and writes one Requirements Document per project.
            """,
        version: ToolVersion.current,
        subcommands: [RunCommand.self, ReportCommand.self, EvalCommand.self, MergeCommand.self],
        defaultSubcommand: nil
    )
}
