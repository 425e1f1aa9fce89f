import ReqEngModel

/// The words a conversation is about: content words that recur across its turns and speakers
/// ("remote", "button", "battery" in a design meeting; "slot", "booking", "reminder" in a clinic
/// interview).
///
/// Extraction reads a weakly worded need ("it should be the same", "we should each have a
/// presentation") as a requirement only when it speaks of one of them: requirements are about the
/// things a conversation keeps returning to, and small talk and meeting management are not.
package struct DomainVocabulary: Sendable, Hashable {
    package private(set) var words: Set<String>
    /// Content words said in at least two turns: enough for a proposal someone confirmed.
    package private(set) var recurring: Set<String>

    /// Turns a word must occur in, and speakers who must use it.
    package static let minimumTurns = 3
    package static let minimumSpeakers = 2

    package init(words: Set<String>, recurring: Set<String>? = nil) {
        self.words = words
        self.recurring = recurring ?? words
    }

    package init(_ transcript: Transcript) {
        var turns: [String: Int] = [:]
        var speakers: [String: Set<String>] = [:]
        // People's names recur without being what the conversation is about.
        let names = Set((transcript.speakers + transcript.participants.map(\.name)).flatMap { TextTokens($0).words })
        for turn in transcript.turns {
            let acronyms = Self.shortAcronyms(in: turn.text)
            for word in Set(TextTokens(turn.text).words.map(Self.normalised))
            where (Self.isContent(word) || acronyms.contains(word)) && !names.contains(word) {
                turns[word, default: 0] += 1
                speakers[word, default: []].insert(turn.speaker)
            }
        }
        let speakerCount = Set(transcript.turns.map(\.speaker)).count
        let needed = min(Self.minimumSpeakers, speakerCount)
        words = Set(
            turns.filter { word, count in count >= Self.minimumTurns && (speakers[word]?.count ?? 0) >= needed }.keys)
        recurring = Set(turns.filter { $0.value >= 2 }.keys)
    }

    /// Whether `text` speaks of a word said in at least two turns.
    package func mentionsRecurring(_ text: String) -> Bool {
        TextTokens(text).words.contains { recurring.contains(Self.normalised($0)) }
    }

    /// Whether `text` speaks of a domain word.
    package func mentions(_ text: String) -> Bool {
        TextTokens(text).words.contains { words.contains(Self.normalised($0)) }
    }

    /// Whether one of `lowerWords` is a domain word.
    package func mentions(words lowerWords: [String]) -> Bool {
        lowerWords.contains { words.contains(Self.normalised($0)) }
    }

    /// Singular, so "button" and "buttons" count as one word.
    static func normalised(_ word: String) -> String {
        StatementBuilder.singular(word)
    }

    static func isContent(_ word: String) -> Bool {
        word.count >= 3 && !TextTokens.isNumber(word) && !GeneralWords.common.contains(word)
    }

    /// Two-letter words written in capitals ("TV", "T_V_", "PC"), lower-cased: too short to be
    /// told from filler by their length, and yet often what a conversation is about.
    static func shortAcronyms(in text: String) -> Set<String> {
        var found = Set<String>()
        // ASCII text (nearly all) is split and read byte by byte: no character of it is more than
        // one byte, and asking each `Character` for its Unicode properties cost more than the rest.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for token in text.utf8.split(whereSeparator: isASCIISeparator) {
                if let word = asciiAcronym(token), !notAcronyms.contains(word) { found.insert(word) }
            }
            return found
        }
        for token in text.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "-" }) {
            if token.utf8.allSatisfy({ $0 < 0x80 }) {
                if let word = asciiAcronym(token.utf8), !notAcronyms.contains(word) { found.insert(word) }
                continue
            }
            var letters = token.filter { $0.isLetter || $0 == "'" || $0 == "\u{2019}" }
            if let apostrophe = letters.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) {
                letters = String(letters[..<apostrophe])
            }
            guard letters.count == 2, letters.allSatisfy({ $0.isUppercase && $0.isASCII }) else { continue }
            let word = letters.lowercased()
            if !notAcronyms.contains(word) { found.insert(word) }
        }
        return found
    }

    /// The bytes that end a token of ASCII text: white space (as `Character.isWhitespace` has it in
    /// ASCII), "/" and "-".
    private static func isASCIISeparator(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == 0x20 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
    }

    /// An ASCII token's letters before any apostrophe, lower-cased, when they are exactly two
    /// capitals; `nil` otherwise.
    private static func asciiAcronym(_ token: some Sequence<UInt8>) -> String? {
        var count = 0
        var capitals = true
        var pair: (UInt8, UInt8) = (0, 0)
        for byte in token {
            if byte == UInt8(ascii: "'") { break }
            let capital = (0x41...0x5A).contains(byte)
            guard capital || (0x61...0x7A).contains(byte) else { continue }
            count += 1
            if count > 2 { break }
            capitals = capitals && capital
            if count == 1 { pair.0 = byte | 0x20 } else { pair.1 = byte | 0x20 }
        }
        guard count == 2, capitals else { return nil }
        return String(decoding: [pair.0, pair.1], as: UTF8.self)
    }

    /// Capitals of two letters that say nothing about the subject.
    static let notAcronyms: Set<String> = ["ok", "am", "pm", "uh", "um", "mm", "hm", "oh", "ah", "no", "so", "id"]
}
