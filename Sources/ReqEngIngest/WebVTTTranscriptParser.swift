import ReqEngModel

/// WebVTT transcripts as meeting tools export them.
///
/// The file must start with `WEBVTT`. `NOTE`, `STYLE` and `REGION` blocks are skipped, and so (with a
/// notice) is a block without a timing line; a timing line that does not parse is an error naming its
/// line. Speakers come from `<v Speaker>` voice tags or a `Speaker:` prefix; see ``CueTurnBuilder``.
package struct WebVTTTranscriptParser: TranscriptParser {
    package var format: TranscriptFormat { .webvtt }

    package init() {}

    package func parse(_ text: String, context: ParseContext) throws(IngestError) -> ParsedTranscript {
        let lines = TextLines.split(text)
        let header = lines.first ?? ""
        guard header.hasPrefix("WEBVTT"), header.dropFirst(6).first.map({ $0 == " " || $0 == "\t" }) ?? true else {
            throw .malformedVTT(
                path: context.path, line: 1,
                detail: "the file must start with WEBVTT, found \"\(header.prefix(40))\"")
        }
        let headerEnd = lines.indices.first {
            $0 > 0 && (lines[$0].trimmingWhitespace().isEmpty || lines[$0].contains("-->"))
        }
        var parsed = ParsedTranscript()
        var cues: [Cue] = []
        for block in SubtitleBlock.blocks(lines, from: headerEnd ?? lines.count) {
            guard let first = block.lines.first, !Self.isMetadata(first) else { continue }
            guard let timingIndex = block.lines.prefix(2).firstIndex(where: { $0.contains("-->") }) else {
                parsed.notices.append("line \(block.firstLine): block without a cue timing line skipped")
                continue
            }
            let timing = block.lines[timingIndex]
            guard let start = SubtitleBlock.cueStart(timing) else {
                throw .malformedVTT(
                    path: context.path, line: block.firstLine + timingIndex,
                    detail: "cannot read cue timing \"\(timing.prefix(60))\"; expected hh:mm:ss.ttt --> hh:mm:ss.ttt")
            }
            cues.append(Cue(start: start, lines: Array(block.lines[(timingIndex + 1)...])))
        }
        parsed.turns = CueTurnBuilder.turns(cues)
        return parsed
    }

    private static func isMetadata(_ line: String) -> Bool {
        ["NOTE", "STYLE", "REGION"].contains { keyword in
            line.hasPrefix(keyword) && line.dropFirst(keyword.count).first.map(\.isWhitespace) ?? true
        }
    }
}
