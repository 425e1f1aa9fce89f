import ReqEngBase
import ReqEngModel

/// INCOSE R24, for nouns: "this feature", "that option", "these things" point at something said
/// around the statement and name nothing a reader of the document can find. Reported also on a
/// statement kept in the speaker's words, where rewording alone cannot say which thing was meant:
/// the stakeholder is asked.
package struct VagueReferenceRule: QualityRule {
    package let id = "INCOSE R24"
    package static let issueType = "vague_reference"

    static let demonstratives: Set<String> = ["this", "that", "these", "those"]
    /// Nouns too general to say what they stand for.
    static let generalNouns: Set<String> = [
        // ("this thing" is, as often as not, the product itself: "no money in this thing".)
        "feature", "features", "function", "functions", "things", "option", "options", "idea", "ideas",
        "one", "ones", "stuff", "part", "parts", "point", "points", "aspect", "aspects",
    ]

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        // Words quoted in the statement ("tell users \"this one hasn't answered\"") are a message's,
        // not the statement's own reference.
        let statement = context.current.requirement.statement
        // Without quotation marks the statement's own tokens are those of its unquoted words.
        let quoted = ["\"", "\u{201C}", "\u{201D}"].contains { ByteSearch.contains(statement, $0) }
        let tokens = quoted ? TextTokens(Self.unquoted(statement)).words : context.current.text.tokens
        var found: [String] = []
        for index in tokens.indices.dropLast() where Self.demonstratives.contains(tokens[index]) {
            let noun = tokens[index + 1]
            // "each function … that function": the statement names what it points back at.
            guard Self.generalNouns.contains(noun), !tokens[..<index].contains(noun) else { continue }
            let phrase = tokens[index] + " " + noun
            if !found.contains(phrase) { found.append(phrase) }
        }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: Self.issueType, rule: id,
                message: "Reference \(TermFormatting.quoted(found)) does not say what it points at: a reader of the "
                    + "document cannot tell.",
                suggestion: "Name the thing meant, as the conversation around the source turn says it (e.g. \"the "
                    + "teletext button\" instead of \"this feature\").",
                terms: found)
        ]
    }

    /// `text` without the words between quotation marks.
    static func unquoted(_ text: String) -> String {
        var kept = ""
        var inside = false
        for character in text {
            if character == "\"" {
                inside.toggle()
            } else if character == "\u{201C}" {
                inside = true
            } else if character == "\u{201D}" {
                inside = false
            } else if !inside {
                kept.append(character)
            }
        }
        return kept
    }
}
