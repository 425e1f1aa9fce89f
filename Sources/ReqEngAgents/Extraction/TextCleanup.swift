/// Small Foundation-free string helpers shared by extraction and evaluation.
enum TextCleanup {
    /// `text` without any of `characters` at either end.
    static func trim(_ text: some StringProtocol, _ characters: String = " \t\r\n") -> String {
        // A few characters are searched faster in place than hashed into a set built per call.
        guard let start = text.firstIndex(where: { !characters.contains($0) }),
            let end = text.lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(text[start...end])
    }

    /// `text` without any of the characters in `set` at either end.
    static func trim(_ text: some StringProtocol, _ set: Set<Character>) -> String {
        guard let start = text.firstIndex(where: { !set.contains($0) }),
            let end = text.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(text[start...end])
    }

    /// Runs of whitespace collapsed to one space, ends trimmed.
    static func collapseSpaces(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// The text with its first character upper-cased.
    /// ", ," and " ," left behind where filler was cut ("the first rule is, , no student") closed up.
    static func collapsingPunctuation(_ text: String) -> String {
        var result = text
        while let range = result.range(of: ", ,") { result.replaceSubrange(range, with: ",") }
        while let range = result.range(of: " ,") { result.replaceSubrange(range, with: ",") }
        return result
    }

    /// Acronyms some transcripts spell letter by letter joined up: "a G_P_S_ chip" → "a GPS
    /// chip", "P_C_s" → "PCs". A single letter with an underscore ("a_b") is left alone.
    static func joiningSpelledAcronyms(_ text: String) -> String {
        guard text.contains("_") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let startsWord = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            var end = index
            var letters = ""
            while startsWord, end + 1 < characters.count, characters[end].isLetter, characters[end + 1] == "_" {
                letters.append(characters[end])
                end += 2
            }
            if letters.count >= 2 {
                result += letters
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The text with its first character lower-cased, unless its first word is an acronym or the
    /// pronoun "I" ("I", "I'd", "I'm"), which keeps its capital mid-sentence.
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let firstWord = text.split(separator: " ").first ?? ""
        if firstWord.count > 1 && firstWord.allSatisfy({ $0.isUppercase }) { return text }
        let pronoun = trim(String(firstWord), ",;:.!?")
        if pronoun == "I" || pronoun.hasPrefix("I'") || pronoun.hasPrefix("I\u{2019}") { return text }
        // "English and Welsh", "Visa, Mastercard": a name listed with other names keeps its capital.
        let words = text.split(separator: " ").prefix(3)
        if words.count == 3, firstWord.hasSuffix(",") || ["and", "or"].contains(words[words.startIndex + 1]),
            let next = (firstWord.hasSuffix(",") ? words[words.startIndex + 1] : words[words.startIndex + 2]).first,
            next.isUppercase
        {
            return text
        }
        return first.lowercased() + text.dropFirst()
    }
}
