import ReqEngModel
import Yams

/// The YAML header of a Markdown transcript, between a first line `---` and a closing `---` or `...`.
///
/// Parsed with a real YAML parser; what reqeng reads of it: `title`, `date` and `project` (single
/// values) and a `participants` (or `attendees`) list whose items are `{name: Ana Ruiz, role:
/// Receptionist}`, `Ana Ruiz: Receptionist`, `Ana Ruiz (Receptionist)` or just `Ana Ruiz`. Unknown
/// keys are ignored. What the parser rejects, and values of the wrong shape, become notices.
struct FrontMatter: Hashable {
    var title: String?
    var date: String?
    var project: String?
    var participants: [Participant] = []
    /// Index of the first body line (after the closing `---`).
    var bodyStart = 0
    /// What was wrong with the header, for the file's notices.
    var notices: [String] = []

    /// Keys reqeng reads; an unclosed header is recognised by them.
    private static let knownKeys: Set<String> = ["title", "date", "project", "participants", "attendees"]
    /// Deepest `[`/`{` nesting read; the header is a few flat keys, and parsers recurse per level.
    private static let maxFlowDepth = 32

    /// Reads the front matter at the top of `lines`; `nil` when the file has none.
    ///
    /// A header that is opened but never closed ends before the first line that is neither one of
    /// the keys above nor indented or a list item under one, so `title: Draft` is not read as a
    /// turn of a speaker called "title"; a notice says how it was read.
    static func parse(_ lines: [String]) -> FrontMatter? {
        guard let first = lines.first, first.trimmingWhitespace() == "---" else { return nil }
        if let close = lines.indices.dropFirst().first(where: {
            ["---", "..."].contains(lines[$0].trimmingWhitespace())
        }) {
            var matter = FrontMatter(bodyStart: close + 1)
            matter.read(lines[1..<close])
            return matter
        }
        let header = unclosedHeader(lines.dropFirst())
        guard !header.isEmpty else {
            return FrontMatter(
                bodyStart: 0,
                notices: ["a --- on line 1 opens no front matter (it is never closed); it was read as a rule"])
        }
        var matter = FrontMatter(bodyStart: header.count + 1)
        matter.read(header)
        matter.notices.insert(
            "front matter opened with --- on line 1 is never closed; lines 2–\(header.count + 1) were read as "
                + "front matter and the rest as the transcript (end the header with a --- line)",
            at: 0)
        return matter
    }

    /// The lines of a header that was never closed: known keys and what is indented or listed under them.
    private static func unclosedHeader(_ lines: ArraySlice<String>) -> ArraySlice<String> {
        var end = lines.startIndex
        var inKnownKey = false
        for index in lines.indices {
            let raw = lines[index]
            let line = raw.trimmingWhitespace()
            if line.isEmpty { break }
            let continuation = (raw.first?.isWhitespace ?? false) || line.hasPrefix("- ") || line == "-"
            if continuation && inKnownKey {
                end = index + 1
                continue
            }
            guard let colon = line.firstIndex(of: ":"),
                knownKeys.contains(line[..<colon].trimmingWhitespace().lowercased())
            else { break }
            inKnownKey = true
            end = index + 1
        }
        return lines[lines.startIndex..<end]
    }

    /// Parses `lines` as YAML and keeps what reqeng reads; problems become notices.
    private mutating func read(_ lines: ArraySlice<String>) {
        let text = lines.joined(separator: "\n")
        guard !text.trimmingWhitespace().isEmpty else { return }
        guard Self.flowDepth(text) <= Self.maxFlowDepth else {
            notices.append("front matter nests lists or maps deeper than \(Self.maxFlowDepth) levels; it was ignored")
            return
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            notices.append(
                "front matter is not valid YAML (\(Self.summary(of: error)); lines counted from the one after ---); "
                    + "it was ignored")
            return
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            notices.append("front matter is YAML but not a list of 'key: value' lines; it was ignored")
            return
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string.lowercased() else { continue }
            switch key {
            case "title": title = single(value, key: key)
            case "date": date = single(value, key: key)
            case "project": project = single(value, key: key)
            case "participants", "attendees": participants += people(value, key: key)
            default: continue
            }
        }
        participants.removeAll { $0.name.isEmpty }
    }

    /// A scalar value as text; `nil` (with a notice for a list or map) otherwise.
    private mutating func single(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            notices.append("front matter '\(key)' is a list or map, not a single value; it was ignored")
            return nil
        }
        let value = scalar.string.trimmingWhitespace()
        return value.isEmpty || scalar.tag == Tag(.null) && value == "~" ? nil : value
    }

    private mutating func people(_ node: Node, key: String) -> [Participant] {
        switch node {
        case .sequence(let items):
            return items.compactMap { participant($0, key: key) }
        case .scalar(let scalar) where scalar.string.trimmingWhitespace().isEmpty:
            return []
        default:
            notices.append("front matter '\(key)' is not a list of people; it was ignored")
            return []
        }
    }

    private mutating func participant(_ node: Node, key: String) -> Participant? {
        switch node {
        case .scalar(let scalar):
            return Self.participant(text: scalar.string.trimmingWhitespace())
        case .mapping(let fields):
            if fields["name"] != nil || fields["role"] != nil {
                let name = fields["name"]?.scalar?.string.trimmingWhitespace() ?? ""
                let role = fields["role"]?.scalar?.string.trimmingWhitespace()
                return Participant(name: name, role: role?.isEmpty ?? true ? nil : role)
            }
            // `- Ana Ruiz: Receptionist` is a one-entry map from name to role.
            guard fields.count == 1, let entry = fields.first, let name = entry.key.scalar?.string else { break }
            let role = entry.value.scalar?.string.trimmingWhitespace()
            return Participant(name: name.trimmingWhitespace(), role: role?.isEmpty ?? true ? nil : role)
        default:
            break
        }
        notices.append("an entry of front matter '\(key)' is neither a name nor name and role; it was ignored")
        return nil
    }

    /// `Ana Ruiz (Receptionist)` or `Ana Ruiz`.
    private static func participant(text: String) -> Participant? {
        guard !text.isEmpty else { return nil }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let name = text[..<open].trimmingWhitespace()
            let role = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
            if !name.isEmpty { return Participant(name: name, role: role.isEmpty ? nil : role) }
        }
        return Participant(name: text)
    }

    /// Deepest nesting of `[` and `{` outside quotes (an estimate that errs towards deeper).
    private static func flowDepth(_ text: String) -> Int {
        var depth = 0
        var deepest = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[", "{":
                depth += 1
                deepest = max(deepest, depth)
            case "]", "}": depth = max(0, depth - 1)
            case "\n": quote = nil
            default: break
            }
        }
        return deepest
    }

    /// The parser's complaint, on one line, with the line number counted from the file's first line.
    private static func summary(of error: any Error) -> String {
        let text = String(describing: error)
        let first = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? text
        return first.count > 200 ? String(first.prefix(200)) + "…" : first
    }
}
