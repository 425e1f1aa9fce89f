import ReqEngModel

/// Collects turns from line-oriented formats (text, Markdown): a speaker line opens a turn, other
/// lines continue it, and a line holding only a stamp dates the next turn.
struct LineTurnBuilder {
    private(set) var turns: [RawTurn] = []
    private(set) var participants: [Participant] = []
    private var pendingStamp: String?
    /// Names already in `participants`, so a long transcript is not searched once per turn.
    private var declared: Set<String> = []

    /// Opens a new turn; a role seen with the name declares the speaker as a participant.
    mutating func open(_ prefix: SpeakerPrefix) {
        turns.append(RawTurn(speaker: prefix.name, text: prefix.rest, timestamp: prefix.timestamp ?? pendingStamp))
        pendingStamp = nil
        if let role = prefix.role, declared.insert(prefix.name).inserted {
            participants.append(Participant(name: prefix.name, role: role))
        }
    }

    /// Declares `people` as participants, as a roster line lists them; a name already declared
    /// keeps its first role.
    mutating func declare(_ people: [Participant]) {
        for person in people where declared.insert(person.name).inserted { participants.append(person) }
    }

    /// Opens a turn whose speaker the source does not name.
    mutating func openUnknown(_ line: String) {
        var text = Substring(line)
        var stamp = pendingStamp
        if let (found, rest) = SpeakerPrefix.leadingStamp(text) {
            guard !rest.allSatisfy(\.isWhitespace) else {
                pendingStamp = found
                return
            }
            stamp = found
            text = rest
        }
        turns.append(RawTurn(speaker: nil, text: String(text), timestamp: stamp))
        pendingStamp = nil
    }

    /// Adds a line to the current turn (or opens an unnamed one when there is none yet). A line that
    /// is only a stamp is kept for the next turn instead.
    mutating func continueTurn(_ line: String) {
        var text = Substring(line)
        if let (found, rest) = SpeakerPrefix.leadingStamp(text) {
            if rest.allSatisfy(\.isWhitespace) {
                pendingStamp = found
                return
            }
            text = rest
        }
        guard var last = turns.popLast() else {
            openUnknown(String(text))
            return
        }
        last.text += "\n" + text
        turns.append(last)
    }
}
