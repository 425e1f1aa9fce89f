/// One timed cue of a subtitle file (WebVTT or SubRip).
struct Cue: Hashable {
    /// Start offset in milliseconds.
    var start: Int
    /// Payload lines, as written.
    var lines: [String]
}

/// Turns the cues of a subtitle file into turns.
///
/// The speaker of a cue comes from its voice tags, else from a `Speaker:` prefix (decided for the
/// whole file by ``SpeakerHeuristic``). Consecutive cues of the same speaker merge into one turn,
/// because meeting tools split one utterance across many cues; a cue without a speaker continues the
/// previous turn when the file names speakers elsewhere, and is a turn of its own when it names none.
/// A turn's timestamp is the start of its first cue.
enum CueTurnBuilder {
    private struct Unit {
        var speaker: String?
        var text: String
        var start: Int
    }

    static func turns(_ cues: [Cue]) -> [RawTurn] {
        let segmented = cues.map { cue in (cue.start, CueText.segments(cue.lines.joined(separator: "\n"))) }
        let segments = segmented.flatMap { start, segments in segments.map { (start, $0) } }
        let prefixes = segments.map { $0.1.speaker == nil ? SpeakerPrefix.parse($0.1.text) : nil }
        let voices = Set(segments.compactMap(\.1.speaker))
        let speakers = SpeakerHeuristic.speakers(
            candidates: prefixes.compactMap { $0.map { .init(name: $0.name, hasTimestamp: false) } },
            contentLines: segments.count,
            opensWithCandidate: prefixes.first.map { $0 != nil } ?? false,
            declared: voices
        ).union(voices)
        var units: [Unit] = []
        for ((start, segment), prefix) in zip(segments, prefixes) {
            if let speaker = segment.speaker {
                units.append(Unit(speaker: speaker, text: segment.text, start: start))
            } else if let prefix, speakers.contains(prefix.name) {
                units.append(Unit(speaker: prefix.name, text: prefix.rest, start: start))
            } else {
                units.append(Unit(speaker: nil, text: segment.text, start: start))
            }
        }
        return merge(units, namesSpeakers: !speakers.isEmpty)
    }

    private static func merge(_ units: [Unit], namesSpeakers: Bool) -> [RawTurn] {
        var turns: [RawTurn] = []
        for unit in units {
            if var last = turns.last, namesSpeakers, unit.speaker == nil || unit.speaker == last.speaker {
                last.text += "\n" + unit.text
                turns[turns.count - 1] = last
            } else {
                turns.append(
                    RawTurn(
                        speaker: unit.speaker, text: unit.text, timestamp: Timestamp.format(milliseconds: unit.start)))
            }
        }
        return turns
    }
}
