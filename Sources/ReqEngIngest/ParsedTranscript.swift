import ReqEngModel

/// What a parser found in one transcript, before numbering and normalisation.
package struct ParsedTranscript: Sendable, Hashable {
    /// Session id declared by the content (JSON `session_id`), if any.
    package var sessionID: String?
    package var title: String?
    package var date: String?
    /// Project named by the content (Markdown front matter), if any; grouping still follows directories.
    package var declaredProject: String?
    package var participants: [Participant]
    package var turns: [RawTurn]
    /// Non-fatal remarks (skipped system messages, ignored blocks), without the path.
    package var notices: [String]

    package init(
        sessionID: String? = nil,
        title: String? = nil,
        date: String? = nil,
        declaredProject: String? = nil,
        participants: [Participant] = [],
        turns: [RawTurn] = [],
        notices: [String] = []
    ) {
        self.sessionID = sessionID
        self.title = title
        self.date = date
        self.declaredProject = declaredProject
        self.participants = participants
        self.turns = turns
        self.notices = notices
    }
}

/// One turn as found in the source: speaker may be missing, text is not yet normalised.
package struct RawTurn: Sendable, Hashable {
    /// Speaker as written, or `nil` when the source names nobody.
    package var speaker: String?
    package var text: String
    /// Already normalised with ``Timestamp``, or `nil`.
    package var timestamp: String?

    package init(speaker: String?, text: String, timestamp: String? = nil) {
        self.speaker = speaker
        self.text = text
        self.timestamp = timestamp
    }
}
