import Foundation

/// Helpers that quote offending words and rewrite statements for messages and suggestions.
package enum TermFormatting {
    /// `"a", "b"` — each term in double quotes, comma-separated.
    package static func quoted(_ terms: [String]) -> String {
        terms.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// `statement` with each whole-word, case-insensitive occurrence of `term` replaced.
    package static func replacing(_ term: String, with replacement: String, in statement: String) -> String {
        let words = term.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).map {
            NSRegularExpression.escapedPattern(for: String($0))
        }
        guard !words.isEmpty else { return statement }
        let pattern = "(?<![\\p{L}\\p{N}])" + words.joined(separator: "[\\s-]+") + "(?![\\p{L}\\p{N}])"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return statement
        }
        let range = NSRange(statement.startIndex..., in: statement)
        let template = NSRegularExpression.escapedTemplate(for: replacement)
        return regex.stringByReplacingMatches(in: statement, range: range, withTemplate: template)
    }

    /// The phrases of `phrases` found in `text`, each once, in the order of the list.
    ///
    /// Spellings that normalise alike ("user-friendly", "user friendly") count once, and a phrase
    /// inside a longer one found too ("timely" in "in a timely manner") is left to the longer one.
    package static func found(_ phrases: [TriggerPhrase], in text: TokenizedText) -> [String] {
        var result: [TriggerPhrase] = []
        for phrase in phrases where text.contains(phrase) && !result.contains(where: { $0.words == phrase.words }) {
            result.append(phrase)
        }
        return result.filter { candidate in
            !result.contains { other in
                other.words.count > candidate.words.count && TokenizedText(other.text).contains(candidate)
            }
        }.map(\.text)
    }
}
