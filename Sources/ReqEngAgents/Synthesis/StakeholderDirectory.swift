import Foundation
import ReqEngModel

/// Builds the stakeholder list of a project: every speaker, with a role from the transcripts'
/// declared participants or, failing that, from how the speaker introduced themselves.
struct StakeholderDirectory: Sendable {
    /// Speaker names that are placeholders rather than people.
    static let anonymousSpeakers: Set<String> = ["Unknown"]

    func stakeholders(in transcripts: [Transcript]) -> [Stakeholder] {
        var order: [String] = []
        var roles: [String: String] = [:]
        var sessions: [String: Set<String>] = [:]
        var turns: [String: Int] = [:]
        for transcript in transcripts {
            for participant in transcript.participants {
                if sessions[participant.name] == nil { order.append(participant.name) }
                sessions[participant.name, default: []].insert(transcript.id)
                if roles[participant.name] == nil, let role = participant.role, !role.isEmpty {
                    roles[participant.name] = role
                }
            }
            for turn in transcript.turns {
                if sessions[turn.speaker] == nil { order.append(turn.speaker) }
                sessions[turn.speaker, default: []].insert(transcript.id)
                turns[turn.speaker, default: 0] += 1
                if roles[turn.speaker] == nil,
                    let role = Self.selfIntroducedRole(in: turn.text)
                        ?? Self.namedRole(in: turn.text, speaker: turn.speaker)
                {
                    roles[turn.speaker] = role
                }
            }
        }
        return order.filter { !Self.anonymousSpeakers.contains($0) }.map { name in
            Stakeholder(
                name: name, role: roles[name], sessions: (sessions[name] ?? []).sorted(), turns: turns[name] ?? 0)
        }
    }

    /// The role in "I'm the head receptionist", "I am the IT administrator here", "I work as a nurse".
    static func selfIntroducedRole(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let lowered = words.map {
            $0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").trimmingCharacters(in: .punctuationOrQuotes)
        }
        let openers: [[String]] = [
            ["i'm", "the"], ["i'm", "a"], ["i'm", "an"], ["i", "am", "the"], ["i", "am", "a"], ["i", "am", "an"],
            ["i", "work", "as", "the"], ["i", "work", "as", "a"], ["i", "work", "as", "an"], ["as", "the"],
        ]
        for start in lowered.indices {
            guard let opener = openers.first(where: { lowered[start...].starts(with: $0) }) else { continue }
            var roleWords: [String] = []
            var index = start + opener.count
            while index < words.count, roleWords.count < 4 {
                let word = lowered[index]
                if Self.roleStopWords.contains(word) || word.isEmpty { break }
                roleWords.append(word)
                let raw = words[index]
                if raw.last.map({ ",.;:!?".contains($0) }) ?? false { break }
                index += 1
            }
            guard let head = roleWords.last, Self.roleNouns.contains(where: { head.hasSuffix($0) }) else { continue }
            return roleWords.map { $0.count <= 3 && $0 != "of" ? $0.uppercased() : $0 }.joined(separator: " ")
                .capitalizedFirst
        }
        return nil
    }

    /// The role in a round-of-introductions turn that opens with the speaker's own name:
    /// "Sunita Rao, inventory controller, I sit in finance." → "Inventory controller".
    static func namedRole(in text: String, speaker: String) -> String? {
        let firstName = speaker.split(separator: " ").first.map(String.init) ?? speaker
        let opening = text.hasPrefix(speaker) ? speaker : (text.hasPrefix(firstName) ? firstName : nil)
        guard let opening, text.dropFirst(opening.count).first == "," else { return nil }
        let rest = text.dropFirst(opening.count + 1)
        guard let end = rest.firstIndex(where: { ",.;:!?".contains($0) }) else { return nil }
        let phrase = rest[..<end].trimmingCharacters(in: .whitespaces)
        let words = phrase.split(separator: " ").map { $0.lowercased() }
        guard (1...5).contains(words.count), let head = words.last,
            !["i", "we", "so", "and", "yes", "yeah", "thanks"].contains(words[0]),
            Self.roleNouns.contains(where: { head.hasSuffix($0) })
        else { return nil }
        return phrase.capitalizedFirst
    }

    /// Words that end a role phrase ("I'm the receptionist here and ...").
    static let roleStopWords: Set<String> = [
        "here", "and", "at", "for", "in", "on", "so", "who", "that", "but", "with", "since", "of", "from", "now",
        "today", "basically", "so,", "too", "also",
    ]

    /// Endings of nouns that name a role; a phrase ending otherwise ("I'm the one…") is not a role.
    static let roleNouns: [String] = [
        "er", "or", "ist", "ian", "ant", "ent", "nurse", "doctor", "owner", "lead", "head", "chief", "clerk",
        "admin", "officer", "staff", "analyst", "architect", "agent", "student", "patient", "customer", "user",
        "representative", "coordinator", "secretary", "specialist", "director", "engineer", "auditor", "cto",
        "cfo", "ceo", "it", "po", "pm", "qa",
    ]
}

extension CharacterSet {
    fileprivate static let punctuationOrQuotes = CharacterSet.punctuationCharacters.union(.symbols)
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
