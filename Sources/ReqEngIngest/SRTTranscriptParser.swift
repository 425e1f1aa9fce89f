import ReqEngModel

/// SubRip transcripts: numbered cues with `00:00:01,000 --> 00:00:04,000` timing lines and
/// `Speaker:` inside the cue text; see ``CueTurnBuilder`` for speakers and merging.
///
/// A cue number not followed by a timing line, or a timing line that does not parse, is an error
/// naming its line. A text block without number or timing continues the previous cue (some tools
/// leave blank lines inside cues).
package struct SRTTranscriptParser: TranscriptParser {
    package var format: TranscriptFormat { .srt }

    package init() {}

    package func parse(_ text: String, context: ParseContext) throws(IngestError) -> ParsedTranscript {
        var cues: [Cue] = []
        for block in SubtitleBlock.blocks(TextLines.split(text)) {
            let startsWithNumber = block.lines[0].allSatisfy(\.isASCIIDigit)
            let timingIndex = startsWithNumber ? 1 : 0
            guard timingIndex < block.lines.count, block.lines[timingIndex].contains("-->") else {
                if !startsWithNumber, var last = cues.popLast() {
                    last.lines += block.lines
                    cues.append(last)
                    continue
                }
                let line = block.firstLine + (startsWithNumber ? 1 : 0)
                let detail =
                    startsWithNumber
                    ? "cue \(block.lines[0]) has no timing line; expected hh:mm:ss,mmm --> hh:mm:ss,mmm"
                    : "expected a cue number, found \"\(block.lines[0].prefix(40))\""
                throw .malformedSRT(path: context.path, line: line, detail: detail)
            }
            let timing = block.lines[timingIndex]
            guard let start = SubtitleBlock.cueStart(timing) else {
                throw .malformedSRT(
                    path: context.path, line: block.firstLine + timingIndex,
                    detail: "cannot read cue timing \"\(timing.prefix(60))\"; expected hh:mm:ss,mmm --> hh:mm:ss,mmm")
            }
            cues.append(Cue(start: start, lines: Array(block.lines[(timingIndex + 1)...])))
        }
        return ParsedTranscript(turns: CueTurnBuilder.turns(cues))
    }
}
