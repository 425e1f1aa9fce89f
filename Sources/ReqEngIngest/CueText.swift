/// The text of a subtitle cue: voice tags give speakers, other tags are stripped, entities decoded.
enum CueText {
    /// A run of cue text spoken by one voice (or by no named voice).
    struct Segment: Hashable {
        var speaker: String?
        var text: String
    }

    /// Splits a cue payload on `<v Speaker>` / `<v.class Speaker>` voice tags (closed by `</v>` or not),
    /// dropping every other tag and decoding entities; whitespace-only segments are left out.
    static func segments(_ payload: String) -> [Segment] {
        var segments: [Segment] = []
        var current = Segment(speaker: nil, text: "")
        var index = payload.startIndex
        func flush(startingVoice speaker: String?) {
            current.text = decodeEntities(current.text)
            if !current.text.allSatisfy(\.isWhitespace) { segments.append(current) }
            current = Segment(speaker: speaker, text: "")
        }
        // Once a `<` finds no `>` after it, no later `<` can: stop looking, or text full of `<`
        // would be searched to its end once per `<`.
        var closerAhead = true
        while index < payload.endIndex {
            let character = payload[index]
            let close = character == "<" && closerAhead ? payload[index...].firstIndex(of: ">") : nil
            guard let close else {
                if character == "<" { closerAhead = false }
                current.text.append(character)
                index = payload.index(after: index)
                continue
            }
            let tag = payload[payload.index(after: index)..<close]
            if tag.first == "v", let next = tag.dropFirst().first, next == " " || next == "." || next == "\t" {
                let name = tag.drop { !$0.isWhitespace }.trimmingWhitespace()
                flush(startingVoice: name.isEmpty ? nil : decodeEntities(name))
            } else if tag == "/v" {
                flush(startingVoice: nil)
            }
            index = payload.index(after: close)
        }
        flush(startingVoice: nil)
        return segments
    }

    /// Decodes the character references cues use: `&amp;`, `&lt;`, `&gt;`, `&nbsp;`, `&quot;`,
    /// `&apos;`, `&lrm;`, `&rlm;` and numeric `&#…;` / `&#x…;`. Unknown references stay as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[amp...]
            guard let semicolon = tail.prefix(12).firstIndex(of: ";"),
                let decoded = entity(tail[tail.index(after: amp)..<semicolon])
            else {
                result.append("&")
                rest = tail.dropFirst()
                continue
            }
            result += decoded
            rest = tail[tail.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func entity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "nbsp": return "\u{00A0}"
        case "quot": return "\""
        case "apos": return "'"
        case "lrm", "rlm": return ""
        default: break
        }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
