import Foundation
import ReqEngModel

/// Keeps only source references that point at real turns and quote them.
///
/// A reference survives when its session and turn exist and its quote occurs in the turn's text
/// (compared case-insensitively, with runs of whitespace and curly quotes normalised). The speaker
/// is always taken from the transcript, never from the model.
package struct SourceRefChecker: Sendable {
    private let turns: [String: [Int: Turn]]

    package init(transcripts: [Transcript]) {
        var turns: [String: [Int: Turn]] = [:]
        for transcript in transcripts {
            turns[transcript.id] = Dictionary(
                transcript.turns.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.turns = turns
    }

    /// The checked reference, or `nil` when the turn does not exist or does not contain the quote.
    package func check(sessionID: String, turn number: Int, quote: String) -> SourceRef? {
        guard let turn = turns[sessionID]?[number] else { return nil }
        let wanted = Self.normalized(quote)
        guard !wanted.isEmpty, Self.normalized(turn.text).contains(wanted) else { return nil }
        return SourceRef(sessionID: sessionID, turn: number, speaker: turn.speaker, quote: quote)
    }

    static func normalized(_ text: String) -> String {
        let folded = text.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
