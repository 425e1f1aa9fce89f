import ArgumentParser
import ReqEngBase

/// `--templates DIR`, shared by the subcommands that render: the built-in templates unless a
/// directory is given.
struct TemplateOption: ParsableArguments {
    @Option(
        name: .customLong("templates"),
        help: ArgumentHelp(
            "Directory of Mustache templates to use instead of the built-in ones: rd.md.mustache, "
                + "report.html.mustache, index.html.mustache, partials/ and, for --engine openai, prompts/.",
            valueName: "dir"))
    var directory: String?

    /// The templates the command renders with, read once; the error names the directory.
    func load() throws(ResourceError) -> ResourceFiles {
        guard let directory else { return .builtInTemplates }
        return try ResourceFiles.load(directory: directory)
    }
}
