import ReqEngModel

/// The small YAML-like header of a Markdown transcript, between two `---` lines.
///
/// Our own reader, on purpose limited to what transcripts use: `key: value` pairs (values may be
/// quoted) and a `participants` list whose items are `- name: Ana Ruiz` (with `role:` on an indented
/// line), `- Ana Ruiz (Receptionist)`, `- Ana Ruiz: Receptionist` or `- Ana Ruiz`; an inline
/// `[Ana Ruiz, Ben Ode]` list is also read. Unknown keys are ignored.
struct FrontMatter: Hashable {
    var title: String?
    var date: String?
    var project: String?
    var participants: [Participant] = []
    /// Index of the first body line (after the closing `---`).
    var bodyStart = 0

    /// Reads the front matter at the top of `lines`; `nil` when the file has none. A header that is
    /// opened but never closed is reported through `unclosed` and treated as body text.
    static func parse(_ lines: [String], unclosed: inout Bool) -> FrontMatter? {
        guard let first = lines.first, first.trimmingWhitespace() == "---" else { return nil }
        guard
            let close = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(lines[$0].trimmingWhitespace())
            })
        else {
            unclosed = true
            return nil
        }
        var matter = FrontMatter(bodyStart: close + 1)
        var inParticipants = false
        for raw in lines[1..<close] {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let indented = raw.first?.isWhitespace ?? false
            if line.hasPrefix("-") && inParticipants {
                matter.participants.append(contentsOf: participantItem(String(line.dropFirst())))
            } else if indented && inParticipants {
                matter.addField(line)
            } else if let (key, value) = keyValue(line) {
                inParticipants = key == "participants" || key == "attendees"
                matter.set(key: key, value: value)
            }
        }
        matter.participants.removeAll { $0.name.isEmpty }
        return matter
    }

    private mutating func set(key: String, value: String) {
        switch key {
        case "title": title = value.isEmpty ? nil : value
        case "date": date = value.isEmpty ? nil : value
        case "project": project = value.isEmpty ? nil : value
        case "participants", "attendees":
            guard value.hasPrefix("["), value.hasSuffix("]") else { return }
            participants += value.dropFirst().dropLast().split(separator: ",").flatMap {
                Self.participantItem(String($0))
            }
        default: break
        }
    }

    /// An indented `role: …` or `name: …` line belonging to the last participant item.
    private mutating func addField(_ line: String) {
        guard let (key, value) = Self.keyValue(line), !value.isEmpty, var last = participants.popLast() else {
            return
        }
        if key == "role" { last.role = value }
        if key == "name" { last.name = value }
        participants.append(last)
    }

    private static func participantItem(_ item: String) -> [Participant] {
        let text = unquote(item.trimmingWhitespace())
        guard !text.isEmpty else { return [] }
        if let (key, value) = keyValue(text), key == "name" || key == "role" {
            return [key == "name" ? Participant(name: value) : Participant(name: "", role: value)]
        }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let name = text[..<open].trimmingWhitespace()
            let role = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
            if !name.isEmpty { return [Participant(name: name, role: role.isEmpty ? nil : role)] }
        }
        if let colon = text.firstIndex(of: ":") {
            let name = text[..<colon].trimmingWhitespace()
            let role = unquote(text[text.index(after: colon)...].trimmingWhitespace())
            if !name.isEmpty { return [Participant(name: name, role: role.isEmpty ? nil : role)] }
        }
        return [Participant(name: text)]
    }

    /// `key: value` with a lower-cased key; `nil` when the line has no colon.
    private static func keyValue(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingWhitespace().lowercased()
        guard !key.isEmpty, key.count <= 40 else { return nil }
        return (key, unquote(line[line.index(after: colon)...].trimmingWhitespace()))
    }

    private static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
