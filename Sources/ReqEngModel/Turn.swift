/// One contribution of one speaker in a session.
public struct Turn: Sendable, Codable, Hashable {
    /// Position in the session, from 1.
    public var number: Int
    /// Speaker name as written in the transcript ("Unknown" when the source names nobody).
    public var speaker: String
    /// What was said, whitespace-normalised; never empty.
    public var text: String
    /// Offset or clock time as written in the source, normalised to `hh:mm:ss` (or `hh:mm:ss.mmm`).
    public var timestamp: String?

    public init(number: Int, speaker: String, text: String, timestamp: String? = nil) {
        self.number = number
        self.speaker = speaker
        self.text = text
        self.timestamp = timestamp
    }
}
