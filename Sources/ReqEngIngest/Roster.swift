import ReqEngModel

/// A line that lists who took part, as meeting notes often open: "Participants: Sara (facilitator),
/// Jonas (HR manager), Emma". Read as the session's participants, with their roles, rather than as
/// something an unknown speaker said.
enum Roster {
    /// Labels that open a list of participants.
    static let labels: Set<String> = ["participants", "attendees", "present", "speakers", "people", "roster"]

    /// The participants `list` names ("Sara (facilitator), Jonas (HR manager), Emma"), at least two,
    /// each a short name with an optional role in brackets or after a dash; `nil` for any other text.
    static func participants(_ list: String) -> [Participant]? {
        let items = list.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        guard items.count >= 2 else { return nil }
        var found: [Participant] = []
        for item in items {
            var name = item.hasPrefix("and ") ? String(item.dropFirst(4)) : item
            var role: String?
            if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                role = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingWhitespace()
                name = String(name[..<open]).trimmingWhitespace()
            } else if let dash = name.range(of: " - ") ?? name.range(of: " \u{2013} ") {
                role = String(name[dash.upperBound...]).trimmingWhitespace()
                name = String(name[..<dash.lowerBound]).trimmingWhitespace()
            }
            let words = name.split(separator: " ")
            guard (1...SpeakerPrefix.maxNameWords).contains(words.count), name.count <= SpeakerPrefix.maxNameLength,
                words.allSatisfy({ $0.first?.isUppercase == true }), role.map({ !$0.isEmpty }) ?? true
            else { return nil }
            found.append(Participant(name: name, role: role))
        }
        return found
    }
}
