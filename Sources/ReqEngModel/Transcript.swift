/// One elicitation session as read from a transcript file: who spoke, and what, in order.
public struct Transcript: Sendable, Codable, Hashable {
    /// Stable identifier of the session: the `session_id` of a JSON transcript, else the file stem.
    public var id: String
    /// Human title from front matter or JSON, if the transcript has one.
    public var title: String?
    /// Session date as written in the source (ISO 8601 preferred), if known.
    public var date: String?
    /// Path of the source file relative to the input directory, with `/` separators.
    public var sourcePath: String
    /// The format the file was parsed as.
    public var format: TranscriptFormat
    /// Participants declared by the transcript (front matter, JSON), in declaration order.
    public var participants: [Participant]
    /// Turns numbered from 1; the number is the anchor of all traceability.
    public var turns: [Turn]

    public init(
        id: String,
        title: String? = nil,
        date: String? = nil,
        sourcePath: String,
        format: TranscriptFormat,
        participants: [Participant] = [],
        turns: [Turn]
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.sourcePath = sourcePath
        self.format = format
        self.participants = participants
        self.turns = turns
    }

    /// Speakers in order of first appearance, declared participants first.
    public var speakers: [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        for name in participants.map(\.name) + turns.map(\.speaker) where seen.insert(name).inserted {
            ordered.append(name)
        }
        return ordered
    }
}

/// A declared participant of a session, with the role they play (e.g. "Receptionist").
public struct Participant: Sendable, Codable, Hashable {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// The transcript formats reqeng reads (DESIGN.md §3).
public enum TranscriptFormat: String, Sendable, Codable, Hashable, CaseIterable {
    case text
    case markdown
    case json
    case webvtt
    case srt
}
