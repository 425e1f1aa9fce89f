/// A domain term used in the transcripts, with where it first appeared.
public struct GlossaryEntry: Sendable, Codable, Hashable {
    public var term: String
    public var definition: String
    /// How many times the term occurs across the project's sessions.
    public var occurrences: Int

    public init(term: String, definition: String, occurrences: Int) {
        self.term = term
        self.definition = definition
        self.occurrences = occurrences
    }
}
