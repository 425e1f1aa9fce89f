/// Blank-line separated blocks of a subtitle file, with 1-based line numbers for messages.
struct SubtitleBlock: Hashable {
    /// Line number of the block's first line, from 1.
    var firstLine: Int
    /// The block's lines, trimmed.
    var lines: [String]

    /// Splits `lines` into blocks, skipping the first `skip` lines.
    static func blocks(_ lines: [String], from skip: Int = 0) -> [SubtitleBlock] {
        var blocks: [SubtitleBlock] = []
        var current: SubtitleBlock?
        for (index, raw) in lines.enumerated().dropFirst(skip) {
            let line = raw.trimmingWhitespace()
            if line.isEmpty {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current == nil {
                current = SubtitleBlock(firstLine: index + 1, lines: [line])
            } else {
                current?.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }

    /// Start offset in milliseconds of a `start --> end [settings]` timing line, or `nil` when either
    /// time does not parse.
    static func cueStart(_ timing: String) -> Int? {
        guard let arrow = timing.range(of: "-->") else { return nil }
        let start = timing[..<arrow.lowerBound].trimmingWhitespace()
        let end = timing[arrow.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""
        guard let startMillis = Timestamp.milliseconds(clock: Substring(start)),
            Timestamp.milliseconds(clock: end) != nil
        else { return nil }
        return startMillis
    }
}
