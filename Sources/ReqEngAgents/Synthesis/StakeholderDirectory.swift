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
        var asking = Set<String>()
        for transcript in transcripts {
            // Who asks the questions, read from the conversation when no role says so.
            asking.formUnion(
                SpeakerRoles(transcript).interviewers.filter { !ExtractionAgent.isAssistant($0, role: nil) })
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
                // A speaker labelled by their job ("Industrial Designer") has that role already.
                if roles[turn.speaker] == nil, Self.roleLabel(turn.speaker) == nil,
                    let role = Self.selfIntroducedRole(in: turn.text)
                        ?? Self.namedRole(in: turn.text, speaker: turn.speaker)
                {
                    roles[turn.speaker] = role
                }
            }
        }
        return order.filter { !Self.anonymousSpeakers.contains($0) }.map { name in
            Stakeholder(
                name: name,
                role: roles[name] ?? Self.roleLabel(name) ?? (asking.contains(name) ? Self.askingRole : nil),
                sessions: (sessions[name] ?? []).sorted(),
                turns: turns[name] ?? 0)
        }
    }

    /// The role of a speaker whom no role names but who leads the conversation with questions.
    static let askingRole = "Interviewer (from the conversation)"

    /// A speaker known only by their job ("Project Manager", "Industrial Designer"): the label is
    /// the role. A person's name never is, whatever it ends in ("Peter Parker").
    static func roleLabel(_ speaker: String) -> String? {
        let words = speaker.split(separator: " ")
        guard let last = words.last?.lowercased(), (1...4).contains(words.count), jobTitles.contains(last) else {
            return nil
        }
        return speaker
    }

    static let jobTitles: Set<String> = [
        "manager", "designer", "engineer", "developer", "analyst", "owner", "lead", "director", "officer",
        "coordinator", "administrator", "architect", "consultant", "specialist", "expert", "researcher", "tester",
        "interviewer", "moderator", "facilitator",
    ]

    /// `word` in lower case, its typographic apostrophe read as the plain one, without punctuation
    /// or quotes around it. Every word of every turn is read: a plain ASCII word that starts and
    /// ends with a letter or digit (most of them) needs none of the Unicode-aware work.
    static func lowered(_ word: String) -> String {
        let bytes = word.utf8
        if let first = bytes.first, let last = bytes.last, bytes.allSatisfy({ $0 < 0x80 }),
            isASCIIAlphanumeric(first), isASCIIAlphanumeric(last)
        {
            return word.lowercased()
        }
        return word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: .punctuationOrQuotes)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The role in "I'm the head receptionist", "I am the IT administrator here", "I work as a nurse",
    /// "I work at the depot as a shift lead" or "I'm responsible for the timetable".
    static func selfIntroducedRole(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let lowered = words.map(Self.lowered)
        if let responsibility = responsibility(words: words, lowered: lowered) { return responsibility }
        if let role = workplaceRole(words: words, lowered: lowered) { return role }
        let openers: [[String]] = [
            ["i'm", "the"], ["i'm", "a"], ["i'm", "an"], ["i", "am", "the"], ["i", "am", "a"], ["i", "am", "an"],
            ["i", "work", "as", "the"], ["i", "work", "as", "a"], ["i", "work", "as", "an"], ["as", "the"],
        ]
        for start in lowered.indices {
            guard let opener = openers.first(where: { lowered[start...].starts(with: $0) }) else { continue }
            // "As the practice manager, I ..." introduces the speaker only at the start of the turn;
            // elsewhere "as the" is a comparison or a clause ("as long as the rubber is ...").
            if opener == ["as", "the"], !lowered[..<start].allSatisfy(Self.turnOpeners.contains) { continue }
            var roleWords: [String] = []
            var written: [String] = []
            var index = start + opener.count
            while index < words.count, roleWords.count < 4 {
                let word = lowered[index]
                if Self.roleStopWords.contains(word) || word.isEmpty { break }
                // "I'm a bit slow", "I'm a little under the weather": how the speaker feels.
                if roleWords.isEmpty, Self.degreeWords.contains(word) { break }
                roleWords.append(word)
                let raw = words[index]
                let bare = raw.trimmingCharacters(in: .punctuationOrQuotes)
                // Acronyms keep their capitals ("IT administrator"); other words are lower case.
                written.append(bare.count > 1 && bare.allSatisfy({ $0.isUppercase }) ? bare : word)
                if raw.last.map({ ",.;:!?".contains($0) }) ?? false { break }
                index += 1
            }
            guard let head = roleWords.last, Self.isRoleNoun(head) else { continue }
            // "I'm the interface design designer, User Interface Designer sorry": the speaker's own
            // correction is the role.
            if let corrected = correctedRole(words: words, lowered: lowered, after: index) { return corrected }
            return written.joined(separator: " ").capitalizedFirst
        }
        return nil
    }

    /// The role a speaker says instead, right after the words at `index`: "…, User Interface
    /// Designer sorry" or "…, sorry, the user interface designer".
    private static func correctedRole(words: [String], lowered: [String], after index: Int) -> String? {
        let next = Array(lowered.indices.dropFirst(index + 1).prefix(6))
        guard let sorry = next.first(where: { lowered[$0] == "sorry" }) else { return nil }
        let span =
            sorry == next.first
            ? Array(next.drop { $0 <= sorry }.prefix { !Self.roleStopWords.contains(lowered[$0]) })
            : Array(next.prefix { $0 < sorry })
        let kept = span.drop { ["the", "a", "an", "i'm", "i", "am"].contains(lowered[$0]) }
        guard let last = kept.last, Self.isRoleNoun(lowered[last]), (1...4).contains(kept.count) else { return nil }
        return kept.map { words[$0].trimmingCharacters(in: .punctuationOrQuotes) }.joined(separator: " ")
            .capitalizedFirst
    }

    /// "I'm responsible for the timetable and the exams." → "Responsible for the timetable and the exams".
    private static func responsibility(words: [String], lowered: [String]) -> String? {
        let openers: [[String]] = [
            ["i'm", "responsible", "for"], ["i", "am", "responsible", "for"], ["i'm", "in", "charge", "of"],
            ["i", "am", "in", "charge", "of"],
        ]
        for start in lowered.indices {
            guard let opener = openers.first(where: { lowered[start...].starts(with: $0) }),
                words[start + opener.count - 1].last?.isLetter == true
            else { continue }
            var phrase: [String] = []
            var index = start + opener.count
            while index < words.count, phrase.count < 8 {
                let raw = words[index]
                let word = lowered[index]
                if word.isEmpty || ["so", "but", "which", "because", "since", "who"].contains(word) { break }
                if phrase.isEmpty, ["well", "um", "uh", "like", "basically", "kind", "sort"].contains(word) {
                    return nil
                }
                phrase.append(raw.trimmingCharacters(in: .punctuationOrQuotes))
                if raw.last.map({ ",.;:!?".contains($0) }) ?? false { break }
                index += 1
            }
            guard phrase.count >= 1, phrase.contains(where: { !["the", "a", "an", "all"].contains($0.lowercased()) })
            else { continue }
            let object = phrase.joined(separator: " ")
            return (lowered[start + opener.count - 2] == "charge" ? "In charge of " : "Responsible for ") + object
        }
        return nil
    }

    /// "I work at Brouwer Logistics as a shift lead." → "Shift lead".
    private static func workplaceRole(words: [String], lowered: [String]) -> String? {
        for start in lowered.indices where lowered[start...].starts(with: ["i", "work"]) {
            guard start + 2 < lowered.count, ["at", "for", "in"].contains(lowered[start + 2]) else { continue }
            let window = lowered[(start + 3)..<min(lowered.count, start + 10)]
            guard let asIndex = window.firstIndex(of: "as") else { continue }
            let rest = Array(words[asIndex...]).joined(separator: " ")
            return selfIntroducedRole(in: "I work " + rest)
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
            Self.isRoleNoun(head)
        else { return nil }
        return phrase.capitalizedFirst
    }

    /// What may come before "as the ..." at the start of a turn.
    static let turnOpeners: Set<String> = ["so", "well", "um", "uh", "and", "okay", "ok", "yes", "yeah", "hi", "hello"]

    /// Words that end a role phrase ("I'm the receptionist here and ...").
    static let roleStopWords: Set<String> = [
        "here", "and", "at", "for", "in", "on", "so", "who", "that", "but", "with", "since", "of", "from", "now",
        "today", "basically", "so,", "too", "also",
    ]

    /// Whether `word` names a role: it ends in a role ending ("receptionist", "planner") or is one
    /// of the short role words ("IT", "PM") whole. "I'm a bit slow" names none, though "bit" ends
    /// in "it".
    static func isRoleNoun(_ word: String) -> Bool {
        if shortRoleWords.contains(word) { return true }
        return word.count > 4 && roleNouns.contains { word.hasSuffix($0) } && !notRoles.contains(word)
    }

    /// Role words too short to be read as endings.
    static let shortRoleWords: Set<String> = ["it", "po", "pm", "qa", "cto", "cfo", "ceo", "head", "lead", "user"]

    /// Words with a role ending that name no role: what people say of themselves in passing ("I'm a
    /// bit nervous", "I'm a little under the weather", "I'm the other one").
    static let notRoles: Set<String> = [
        "other", "another", "either", "neither", "rather", "better", "after", "under", "over", "sooner", "later",
        "number", "matter", "summer", "winter", "paper", "letter", "corner", "error", "color", "colour", "moment",
        "different", "present", "absent", "confident", "important", "pleasant", "distant", "constant", "instant",
        "urgent", "silent", "content", "behind", "latter", "former", "ready",
    ]

    /// Words of degree that open how someone feels, never what they do.
    static let degreeWords: Set<String> = ["bit", "little", "lot", "tad", "kind", "sort", "touch", "wee"]

    /// Endings of nouns that name a role; a phrase ending otherwise ("I'm the one…") is not a role.
    static let roleNouns: [String] = [
        "er", "or", "ist", "ian", "ant", "ent", "nurse", "doctor", "owner", "lead", "head", "chief", "clerk",
        "admin", "officer", "staff", "analyst", "architect", "agent", "student", "patient", "customer", "user",
        "representative", "coordinator", "secretary", "specialist", "director", "engineer", "auditor",
    ]
}

extension CharacterSet {
    fileprivate static let punctuationOrQuotes = CharacterSet.punctuationCharacters.union(.symbols)
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
