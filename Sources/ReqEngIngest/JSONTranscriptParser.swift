import Foundation
import ReqEngBase
import ReqEngModel

/// JSON transcripts, in three shapes:
/// - `{ "session_id", "title", "date", "participants": [name or {name, role}], "turns": [turn] }`
///   where a turn is `{ "speaker", "text", "timestamp" }` (also read: `name`/`author`/`sender`/
///   `from`/`role` for the speaker, `content`/`utterance`/`message` for the text, `time`/`start`
///   for the timestamp) or a bare string; the speaker is the first of these present;
/// - an OpenAI-style chat `{ "messages": [{ "role", "content" }] }`, content a string or an array of
///   `{ "type": "text", "text" }` parts; the role is the speaker and `system` messages are skipped;
/// - a bare array of turns (or of chat messages).
///
/// Nesting is checked by ``JSONDepthScanner`` before decoding. Timestamps may be numbers (seconds)
/// or strings.
package struct JSONTranscriptParser: TranscriptParser {
    package var format: TranscriptFormat { .json }

    package init() {}

    package func parse(_ text: String, context: ParseContext) throws(IngestError) -> ParsedTranscript {
        let bytes = Array(text.utf8)
        let duplicates = try JSONDepthScanner.check(bytes, limit: context.limits.maxJSONDepth, path: context.path)
        let root: JSONValue
        do {
            root = try JSONValue.parse(Data(bytes))
        } catch {
            throw .malformedJSON(path: context.path, detail: Self.describe(error))
        }
        var parsed = ParsedTranscript()
        parsed.notices += duplicates.map {
            "key \"\($0.key)\" appears twice in one object (again at byte offset \($0.offset)); "
                + "only the last value was read"
        }
        switch root {
        case .array(let items):
            parsed.turns = Self.turns(items, notices: &parsed.notices)
        case .object(let members):
            parsed.sessionID = root.first("session_id", "sessionId", "id")?.text
            parsed.title = root["title"]?.text
            parsed.date = root.first("date", "created_at")?.text
            parsed.participants = Self.participants(root["participants"], notices: &parsed.notices)
            if case .array(let items) = root["turns"] {
                parsed.turns = Self.turns(items, notices: &parsed.notices)
            } else if case .array(let items) = root["messages"] {
                parsed.turns = Self.turns(items, notices: &parsed.notices)
            } else {
                let keys = members.keys.sorted().prefix(8).joined(separator: ", ")
                throw .malformedJSON(
                    path: context.path,
                    detail: "expected a \"turns\" or \"messages\" array, or a top-level array of turns; "
                        + "found an object with keys [\(keys)]")
            }
        default:
            throw .malformedJSON(
                path: context.path,
                detail: "expected an object or an array at the top level, found \(root.typeName)")
        }
        return parsed
    }

    /// Turns from an array of turn objects, chat messages or strings; other items are skipped.
    private static func turns(_ items: [JSONValue], notices: inout [String]) -> [RawTurn] {
        var turns: [RawTurn] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .string(let text):
                turns.append(RawTurn(speaker: nil, text: text))
            case .object:
                if let turn = turn(item, index: index, notices: &notices) { turns.append(turn) }
            default:
                notices.append("item \(index + 1) skipped: expected an object or a string, found \(item.typeName)")
            }
        }
        return turns
    }

    private static func turn(_ item: JSONValue, index: Int, notices: inout [String]) -> RawTurn? {
        // Chat exports name the writer "author", "sender" or "from".
        let speaker = item.first("speaker", "name", "author", "sender", "from", "role")?.text
        if item["speaker"] == nil, item["role"]?.text?.lowercased() == "system" {
            notices.append("item \(index + 1) skipped: system message")
            return nil
        }
        let body = item.first("text", "content", "utterance", "message")
        let text: String
        switch body {
        case .string(let value):
            text = value
        case .array(let parts):
            text = parts.compactMap { part -> String? in
                if case .string(let value) = part { return value }
                guard part["type"]?.text == "text" || part["type"] == nil, let value = part["text"]?.text else {
                    notices.append("item \(index + 1): a non-text content part was skipped")
                    return nil
                }
                return value
            }.joined(separator: "\n")
        case .none:
            return nil
        case .some(let other):
            notices.append("item \(index + 1) skipped: text is \(other.typeName), expected a string")
            return nil
        }
        return RawTurn(speaker: speaker, text: text, timestamp: timestamp(item, index: index, notices: &notices))
    }

    private static func timestamp(_ item: JSONValue, index: Int, notices: inout [String]) -> String? {
        switch item.first("timestamp", "time", "start") {
        case .number(let seconds):
            return Timestamp.normalise(seconds: seconds)
        case .string(let text):
            if let stamp = Timestamp.normalise(text) { return stamp }
            notices.append("item \(index + 1): timestamp \"\(text.prefix(40))\" not understood; dropped")
            return nil
        default:
            return nil
        }
    }

    private static func participants(_ value: JSONValue?, notices: inout [String]) -> [Participant] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap { item in
            if let name = item.text { return Participant(name: TextLines.normaliseWhitespace(name)) }
            if let name = item["name"]?.text {
                return Participant(name: TextLines.normaliseWhitespace(name), role: item["role"]?.text)
            }
            notices.append("participant skipped: expected a name or {name, role}, found \(item.typeName)")
            return nil
        }
    }

    /// The parser's explanation, which names the position ("around character 13") when it can.
    private static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo["NSDebugDescription"] as? String, !detail.isEmpty {
            return detail + " (characters counted from 0 at the start of the JSON text)"
        }
        return nsError.localizedDescription
    }
}
