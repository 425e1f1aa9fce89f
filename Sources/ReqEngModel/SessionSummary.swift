/// What the RD records about one session it was built from.
public struct SessionSummary: Sendable, Codable, Hashable {
    public var id: String
    public var title: String?
    public var date: String?
    public var source: String
    public var format: TranscriptFormat
    public var turns: Int
    public var speakers: [String]

    public init(
        id: String,
        title: String?,
        date: String?,
        source: String,
        format: TranscriptFormat,
        turns: Int,
        speakers: [String]
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.format = format
        self.turns = turns
        self.speakers = speakers
    }

    /// The summary of a parsed transcript.
    public init(_ transcript: Transcript) {
        self.init(
            id: transcript.id,
            title: transcript.title,
            date: transcript.date,
            source: transcript.sourcePath,
            format: transcript.format,
            turns: transcript.turns.count,
            speakers: transcript.speakers
        )
    }
}
