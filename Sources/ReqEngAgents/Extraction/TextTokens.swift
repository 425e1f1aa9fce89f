/// A sentence as lower-cased word tokens: the one tokenizer of every agent (extraction's lexicons,
/// inference triggers, validation rules).
///
/// Letters and digits form words; a decimal point or thousands comma between digits stays inside
/// the number ("99.9", "1,000"); `%`, `$` and `/` become tokens of their own because they carry
/// meaning for measures ("99 %", "24 / 7"). An apostrophe inside a word is dropped ("don't" is
/// `dont`), and a possessive "'s" goes with it ("user's" is `user`) except in the contractions that
/// carry a verb ("it's" is `its`). An acronym spelled letter by letter with underscores ("L_C_D_")
/// is one word (`lcd`). Everything else separates tokens.
package struct TextTokens: Sendable, Hashable {
    package let words: [String]
    /// The distinct words, for rejecting a pattern whose literal words are absent.
    let vocabulary: Set<String>

    /// The tokens of `text`; a text tokenised before (by this reader or another) is looked up.
    package init(_ text: String) {
        self = Self.known.value(for: text) { TextTokens(tokenising: $0) }
    }

    private static let known = TextMemo<TextTokens>()

    private init(tokenising text: String) {
        var words: [String] = []
        var current = ""
        var skipNext = false
        // Letters of the current word since its last underscore: "L_C_D_" spells "lcd" letter by
        // letter (the way some transcripts write an acronym), "snake_case" is two words.
        var segment = 0
        let scalars = Array(text.lowercased().unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if skipNext {
                skipNext = false
                continue
            }
            // ASCII first: the property lookup is the slow path, and lower-cased ASCII letters
            // are exactly "a"..."z".
            let isWordScalar =
                scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) : scalar.properties.isAlphabetic
            if isWordScalar {
                current.unicodeScalars.append(scalar)
                segment += 1
                continue
            }
            if scalar == "_", segment == 1 {
                segment = 0
                continue
            }
            segment = 0
            let previousIsDigit = index > 0 && ("0"..."9").contains(scalars[index - 1])
            let nextIsDigit = index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
            if (scalar == "." || scalar == ",") && previousIsDigit && nextIsDigit && !current.isEmpty {
                if scalar == "." { current.unicodeScalars.append(scalar) }
                continue
            }
            if scalar == "'" || scalar == "\u{2019}" {
                // "user's" → "user": a possessive, unless the word is a contraction ("it's").
                let nextIsS = index + 1 < scalars.count && (scalars[index + 1] == "s")
                let afterS = index + 2 < scalars.count ? scalars[index + 2] : " "
                if nextIsS, !afterS.properties.isAlphabetic, !current.isEmpty,
                    !Self.contractionsWithS.contains(current)
                {
                    skipNext = true
                }
                continue
            }
            if !current.isEmpty {
                words.append(current)
                current = ""
            }
            if scalar == "%" || scalar == "$" || scalar == "/" || scalar == "\u{20AC}" || scalar == "\u{00A3}" {
                words.append(String(scalar))
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
        self.vocabulary = Set(words)
    }

    /// Whether a token is a number written in digits ("30", "99.9") or a common number word.
    package static func isNumber(_ word: String) -> Bool {
        if let first = word.unicodeScalars.first, ("0"..."9").contains(first) {
            // "2,000", "10,000.50": a thousands separator between groups of three digits.
            if word.contains(",") {
                let groups = word.split(separator: ",", omittingEmptySubsequences: false)
                return groups.count > 1 && (1...3).contains(groups[0].count)
                    && groups.allSatisfy { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." } }
                    && groups.dropFirst().allSatisfy { $0.prefix { $0 != "." }.count == 3 }
            }
            return word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
        }
        if numberWords.contains(word) { return true }
        // "forty-nine"
        let parts = word.split(separator: "-", maxSplits: 1).map(String.init)
        return parts.count == 2 && SpokenNumbers.hyphenTens.contains(parts[0])
            && SpokenNumbers.hyphenOnes.contains(parts[1])
    }

    /// Words whose "'s" is "is" or "us", not a possessive.
    static let contractionsWithS: Set<String> = [
        "it", "that", "what", "there", "here", "let", "he", "she", "who", "where", "how", "when", "why", "this",
    ]

    /// Number words people say instead of digits.
    static let numberWords = MeasureVocabulary.cardinals

    /// How many positions `pattern` matches the token sequence at.
    ///
    /// Pattern elements: a literal word; `stem*` for any word starting with `stem`; `#` for a number;
    /// `_` for any single word; `...` for a gap of zero to three words.
    package func matches(_ pattern: [String]) -> Int {
        matches(TokenPattern(pattern))
    }

    /// How many positions a compiled pattern matches the token sequence at.
    package func matches(_ pattern: TokenPattern) -> Int {
        guard !pattern.elements.isEmpty else { return 0 }
        // Most cues name a word the sentence lacks: settle those without scanning.
        for literal in pattern.literals where !vocabulary.contains(literal) { return 0 }
        var count = 0
        for start in words.indices where Self.matches(pattern.elements, from: 0, in: words, at: start) {
            count += 1
        }
        return count
    }

    /// Whether a compiled pattern matches the token sequence at `start`.
    func matches(_ pattern: TokenPattern, at start: Int) -> Bool {
        !pattern.elements.isEmpty && Self.matches(pattern.elements, from: 0, in: words, at: start)
    }

    private static func matches(
        _ elements: [TokenPattern.Element], from element: Int, in words: [String], at start: Int
    ) -> Bool {
        guard element < elements.count else { return true }
        if case .gap = elements[element] {
            for gap in 0...3 where start + gap <= words.count {
                if matches(elements, from: element + 1, in: words, at: start + gap) { return true }
            }
            return false
        }
        guard start < words.count, elements[element].accepts(words[start]) else { return false }
        return matches(elements, from: element + 1, in: words, at: start + 1)
    }

    /// Whether one pattern element accepts one word.
    static func elementMatches(_ element: String, _ word: String) -> Bool {
        TokenPattern.Element(element).accepts(word)
    }
}

/// A word pattern (see ``TextTokens/matches(_:)-([String])``) parsed once, so a lexicon scan
/// compares enums and strings instead of re-reading pattern syntax for every word.
package struct TokenPattern: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case number
        case any
        case gap

        init(_ text: String) {
            switch text {
            case "_": self = .any
            case "#": self = .number
            case "...": self = .gap
            default: self = text.hasSuffix("*") ? .prefix(String(text.dropLast())) : .word(text)
            }
        }

        /// Whether the element accepts one word; a gap spans words and accepts none by itself.
        func accepts(_ word: String) -> Bool {
            switch self {
            case .word(let literal): word == literal
            case .prefix(let stem): word.hasPrefix(stem)
            case .number: TextTokens.isNumber(word)
            case .any: true
            case .gap: false
            }
        }
    }

    let elements: [Element]
    /// Literal words every match must contain.
    let literals: [String]

    package init(_ parts: [String]) {
        elements = parts.map(Element.init)
        literals = elements.compactMap { if case .word(let literal) = $0 { literal } else { nil } }
    }
}
