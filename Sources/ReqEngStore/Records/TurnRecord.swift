import GRDB

/// One turn of a session, numbered from 1 as in the transcript.
package struct TurnRecord: Sendable, Codable, Hashable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "turns"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    /// Row id of the owning ``SessionRecord``.
    package var sessionId: Int64
    package var number: Int
    package var speaker: String
    package var text: String
    package var timestamp: String?

    package init(id: Int64? = nil, sessionId: Int64, number: Int, speaker: String, text: String, timestamp: String?) {
        self.id = id
        self.sessionId = sessionId
        self.number = number
        self.speaker = speaker
        self.text = text
        self.timestamp = timestamp
    }
}
