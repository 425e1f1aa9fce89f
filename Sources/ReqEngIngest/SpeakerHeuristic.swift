/// Decides, per file, which plausible `Name:` prefixes really name speakers.
///
/// A transcript uses its speaker prefixes consistently, while a stray `Note:` or `Example:` inside a
/// turn appears once. The rules, in order:
/// 1. Declared participants (front matter, JSON) are always speakers.
/// 2. A name that opens two or more lines is a speaker.
/// 3. A name that opens one line is a speaker when that line carries a timestamp; or when prefixed
///    lines make up at least half of the content lines; or when it looks like a name (every word
///    capitalised or a number) and the file has other speakers or opens with a prefixed line.
/// 4. Label words (`Note`, `Example`, `Summary`, …) are not speakers when any other speaker exists.
package enum SpeakerHeuristic {
    /// One line that starts with a plausible prefix.
    package struct Candidate: Sendable, Hashable {
        package var name: String
        package var hasTimestamp: Bool

        package init(name: String, hasTimestamp: Bool) {
            self.name = name
            self.hasTimestamp = hasTimestamp
        }
    }

    /// Words that label a line rather than name a person.
    package static let labelWords: Set<String> = [
        "note", "notes", "nb", "n.b.", "ps", "p.s.", "example", "examples", "e.g.", "i.e.", "todo", "to do",
        "action", "action item", "action items", "decision", "decisions", "summary", "update", "warning",
        "caution", "important", "reminder", "tip", "hint", "agenda", "topic", "subject", "re", "fyi", "step",
        "result", "results", "reason", "goal", "problem", "issue", "solution", "context", "background",
        "requirement", "requirements", "date", "time", "location", "attendees", "participants", "title",
        "project", "session", "source", "link", "url", "see", "edit", "status", "owner",
    ]

    /// The names among `candidates` that are speakers.
    ///
    /// - Parameters:
    ///   - candidates: every prefixed line, in order.
    ///   - contentLines: number of non-empty content lines in the file.
    ///   - opensWithCandidate: whether the first content line is prefixed.
    ///   - declared: names of declared participants.
    package static func speakers(
        candidates: [Candidate], contentLines: Int, opensWithCandidate: Bool, declared: Set<String> = []
    ) -> Set<String> {
        var counts: [String: Int] = [:]
        var stamped = Set<String>()
        for candidate in candidates {
            counts[candidate.name, default: 0] += 1
            if candidate.hasTimestamp { stamped.insert(candidate.name) }
        }
        let dense = candidates.count * 2 >= max(contentLines, 1)
        var accepted = Set(counts.keys.filter { declared.contains($0) || counts[$0, default: 0] >= 2 })
        let othersExist = !accepted.isEmpty
        for (name, count) in counts where count == 1 && !accepted.contains(name) {
            let nameLike = looksLikeName(name) && (othersExist || opensWithCandidate)
            if stamped.contains(name) || dense || nameLike {
                accepted.insert(name)
            }
        }
        let people = accepted.filter { !isLabel($0) }
        return people.isEmpty ? accepted : people
    }

    /// Every word starts with an upper-case letter or is a number: `Maria`, `Dr. Lee`, `Speaker 2`.
    package static func looksLikeName(_ name: String) -> Bool {
        name.split(separator: " ").allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || word.allSatisfy(\.isNumber)
        }
    }

    /// Whether `name` is a label word such as `Note` rather than a person.
    package static func isLabel(_ name: String) -> Bool {
        labelWords.contains(name.lowercased())
    }
}
