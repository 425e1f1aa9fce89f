import ReqEngModel

/// Plain-text transcripts: `Speaker: utterance` lines, with an optional `[hh:mm:ss]`, `[mm:ss]` or
/// `(mm:ss)` stamp before or after the name (`[00:01:05] Maria: …`, `Maria (01:05): …`).
///
/// Lines without a speaker prefix continue the previous turn. Which prefixes name speakers is decided
/// for the whole file by ``SpeakerHeuristic``, so a `Note:` inside a turn stays text. A file with no
/// speaker at all becomes one turn per non-empty line, spoken by "Unknown".
package struct TextTranscriptParser: TranscriptParser {
    package var format: TranscriptFormat { .text }

    package init() {}

    package func parse(_ text: String, context: ParseContext) throws(IngestError) -> ParsedTranscript {
        let lines = TextLines.split(text).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let prefixes = lines.map(SpeakerPrefix.parse)
        let speakers = SpeakerHeuristic.speakers(
            candidates: prefixes.compactMap { $0.map { .init(name: $0.name, hasTimestamp: $0.timestamp != nil) } },
            contentLines: lines.count,
            opensWithCandidate: prefixes.first.map { $0 != nil } ?? false
        )
        var builder = LineTurnBuilder()
        for (line, prefix) in zip(lines, prefixes) {
            if let prefix, speakers.contains(prefix.name) {
                builder.open(prefix)
            } else if let prefix, Roster.labels.contains(prefix.name.lowercased()),
                let people = Roster.participants(prefix.rest)
            {
                // "Attendees: Sara (facilitator), Jonas (HR)": who took part, not a turn.
                builder.declare(people)
            } else if speakers.isEmpty {
                builder.openUnknown(line)
            } else {
                builder.continueTurn(line)
            }
        }
        return ParsedTranscript(participants: builder.participants, turns: builder.turns)
    }
}
