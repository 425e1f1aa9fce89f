import ReqEngModel

/// Turns the decoded text of one transcript format into a ``ParsedTranscript``.
///
/// A parser sees text that is already decoded, with line endings normalised to `\n`; it keeps
/// speakers and text as written and leaves numbering, whitespace and limits to ``TranscriptLoader``.
package protocol TranscriptParser: Sendable {
    /// The format this parser reads.
    var format: TranscriptFormat { get }
    /// Parses `text`, throwing a format error that names `context.path` and a line or byte position.
    func parse(_ text: String, context: ParseContext) throws(IngestError) -> ParsedTranscript
}

/// What a parser needs besides the text: where it came from and the limits in force.
package struct ParseContext: Sendable, Hashable {
    /// Path used in error messages (relative to the input directory).
    package var path: String
    package var limits: InputLimits

    package init(path: String, limits: InputLimits = InputLimits()) {
        self.path = path
        self.limits = limits
    }
}

/// The parser for each format.
package enum TranscriptParsers {
    /// The parser that reads `format`.
    package static func parser(for format: TranscriptFormat) -> any TranscriptParser {
        switch format {
        case .text: TextTranscriptParser()
        case .markdown: MarkdownTranscriptParser()
        case .json: JSONTranscriptParser()
        case .webvtt: WebVTTTranscriptParser()
        case .srt: SRTTranscriptParser()
        }
    }

    /// The format a file extension (without the dot, any case) stands for, or `nil` if unknown.
    package static func format(forExtension ext: String) -> TranscriptFormat? {
        switch ext.lowercased() {
        case "txt": .text
        case "md", "markdown": .markdown
        case "json": .json
        case "vtt": .webvtt
        case "srt": .srt
        default: nil
        }
    }
}
