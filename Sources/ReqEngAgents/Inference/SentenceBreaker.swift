import Foundation

/// Splits a turn into sentences, so evidence quotes and findings point at the words that matter.
package enum SentenceBreaker {
    /// The sentences of `text`, trimmed, without empty ones.
    ///
    /// A sentence ends at `.`, `!` or `?` followed by whitespace (or the end of the text), so
    /// decimals ("2.5 s") and versions ("TLS 1.2") stay whole.
    package static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard character == "." || character == "!" || character == "?" else { continue }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if next.isWhitespace {
                append(current, to: &sentences)
                current = ""
            }
        }
        append(current, to: &sentences)
        return sentences
    }

    private static func append(_ sentence: String, to sentences: inout [String]) {
        let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty {
            sentences.append(trimmed)
        }
    }
}
