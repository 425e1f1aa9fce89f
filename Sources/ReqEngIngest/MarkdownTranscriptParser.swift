import ReqEngModel

/// Markdown transcripts: optional ``FrontMatter``, then `**Speaker:** text`, `**Speaker**: text` or
/// `Speaker: text` lines.
///
/// Headings, rules and blank lines are skipped; list items, quotes and other lines continue the
/// previous turn (quote markers removed, list markers as "- "). Plain `Speaker:` prefixes go through ``SpeakerHeuristic``
/// with the declared participants; bold prefixes are always speakers. The title falls back to the
/// first `# heading`.
package struct MarkdownTranscriptParser: TranscriptParser {
    package var format: TranscriptFormat { .markdown }

    package init() {}

    /// A body line, classified.
    private enum Line {
        case bold(SpeakerPrefix, String)
        case plain(String, SpeakerPrefix?)
    }

    package func parse(_ text: String, context: ParseContext) throws(IngestError) -> ParsedTranscript {
        let allLines = TextLines.split(text)
        let matter = FrontMatter.parse(allLines)
        var parsed = ParsedTranscript(
            title: matter?.title, date: matter?.date, declaredProject: matter?.project,
            participants: matter?.participants ?? [])
        parsed.notices += matter?.notices ?? []
        var body: [Line] = []
        for raw in allLines[(matter?.bodyStart ?? 0)...] {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || Self.isRule(line) { continue }
            if let heading = Self.heading(line) {
                if parsed.title == nil && heading.level == 1 { parsed.title = heading.text }
                continue
            }
            let content = Self.strippingMarker(line)
            if let bold = Self.boldSpeaker(content) {
                body.append(.bold(bold, content))
            } else if content != line, line.first != ">" {
                // A list item stays one, so its turn can be read item by item.
                body.append(.plain("- " + content, nil))
            } else {
                body.append(.plain(content, content == line ? SpeakerPrefix.parse(line) : nil))
            }
        }
        let candidates: [SpeakerHeuristic.Candidate] = body.compactMap {
            guard case .plain(_, .some(let prefix)) = $0 else { return nil }
            return .init(name: prefix.name, hasTimestamp: prefix.timestamp != nil)
        }
        let hasBold = body.contains { if case .bold = $0 { true } else { false } }
        let opens: Bool = {
            guard case .plain(_, let prefix) = body.first else { return body.first != nil }
            return prefix != nil
        }()
        let speakers = SpeakerHeuristic.speakers(
            candidates: candidates, contentLines: body.count, opensWithCandidate: opens || hasBold,
            declared: Set(parsed.participants.map(\.name)))
        let boldPeople = body.contains {
            guard case .bold(let prefix, _) = $0 else { return false }
            return !SpeakerHeuristic.isLabel(prefix.name)
        }
        let hasPeople = boldPeople || speakers.contains { !SpeakerHeuristic.isLabel($0) }
        var builder = LineTurnBuilder()
        for line in body {
            switch line {
            case .bold(let prefix, let text) where hasPeople && SpeakerHeuristic.isLabel(prefix.name):
                // "**Participants:** Sara (facilitator), Jonas (HR)": who took part, not a turn.
                if Roster.labels.contains(prefix.name.lowercased()), let people = Roster.participants(prefix.rest) {
                    builder.declare(people)
                } else {
                    builder.continueTurn(text)
                }
            case .bold(let prefix, _):
                builder.open(prefix)
            case .plain(_, .some(let prefix)) where speakers.contains(prefix.name):
                builder.open(prefix)
            case .plain(let text, _) where speakers.isEmpty && !hasBold:
                builder.openUnknown(text)
            case .plain(let text, _):
                builder.continueTurn(text)
            }
        }
        parsed.turns = builder.turns
        var named = Set(parsed.participants.map(\.name))
        for participant in builder.participants where named.insert(participant.name).inserted {
            parsed.participants.append(participant)
        }
        return parsed
    }

    /// `**Name:** text`, `**Name**: text`, also with a stamp or role inside the bold part.
    private static func boldSpeaker(_ line: String) -> SpeakerPrefix? {
        guard line.hasPrefix("**") else { return nil }
        let inner = line.dropFirst(2)
        guard let close = inner.range(of: "**") else { return nil }
        var name = inner[..<close.lowerBound].trimmingWhitespace()
        var rest = inner[close.upperBound...]
        if name.hasSuffix(":") {
            name.removeLast()
        } else if rest.first == ":" {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        if let prefix = SpeakerPrefix.parse(name + ": " + rest) { return prefix }
        let plain = TextLines.normaliseWhitespace(name)
        guard !plain.isEmpty, plain.count <= SpeakerPrefix.maxNameLength * 2 else { return nil }
        return SpeakerPrefix(name: plain, rest: rest.trimmingWhitespace())
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        let text = rest.trimmingWhitespace()
        return (hashes.count, text)
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { !$0.isWhitespace }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    /// The line without a leading list marker (`-`, `*`, `+`, `1.`) or quote marker (`>`).
    private static func strippingMarker(_ line: String) -> String {
        if let first = line.first, "-*+>".contains(first), line.dropFirst().first?.isWhitespace ?? (first == ">") {
            return line.dropFirst().trimmingWhitespace()
        }
        let digits = line.prefix(while: \.isASCIIDigit)
        let afterDigits = line.dropFirst(digits.count)
        if !digits.isEmpty, afterDigits.first == "." || afterDigits.first == ")",
            afterDigits.dropFirst().first?.isWhitespace == true
        {
            return afterDigits.dropFirst().trimmingWhitespace()
        }
        return line
    }
}
