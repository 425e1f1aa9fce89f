import ReqEngModel

/// Numbers said in words, written in digits: "twenty-five euros" → "25 euros", "a hundred and twenty
/// minutes" → "120 minutes", "twelve point five" → "12.5".
///
/// Speech-to-text and people typing what they said spell numbers out. A requirement is checked
/// against its numbers, and the readers of acceptance criteria take a number word at a time, so
/// "twenty-four hours" read word by word became a lead time of four hours. Only a number that a
/// reader would write in digits changes: ten and above, a decimal, or any number followed by a unit
/// ("five kilometres" → "5 kilometres"). "Two parts", "one of them", "half past twelve", "at eleven"
/// and two numbers said side by side ("eleven fifteen", "twenty four seven") stay as said.
package enum SpokenNumbers {
    /// `requirement` with the numbers of its wording in digits; its quotes stay as said.
    package static func inDigits(_ requirement: Requirement) -> Requirement {
        var copy = requirement
        copy.statement = digits(in: requirement.statement)
        copy.title = digits(in: requirement.title)
        copy.action = requirement.action.map(digits(in:))
        copy.condition = requirement.condition.map(digits(in:))
        return copy
    }

    /// One number, said in a word ("fifteen", "twenty-five") or written in digits, in digits; `nil`
    /// for anything else.
    package static func numeral(_ word: String) -> String? {
        if !word.isEmpty, word.allSatisfy(\.isNumber) { return word }
        let parts = bare(word).split(separator: "-").map(String.init)
        guard let parsed = parse(parts), parsed.used == parts.count else { return nil }
        return Said(value: parsed.value, isDecimal: parsed.isDecimal, end: 0).written
    }

    /// `text` with its numbers written in digits where a reader would expect them.
    static let hyphenTens: Set<String> = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let hyphenOnes: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    package static func digits(in text: String) -> String {
        // "forty-nine": one number, written with a hyphen.
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).flatMap { token -> [String] in
            let parts = token.split(separator: "-", maxSplits: 1).map(String.init)
            guard parts.count == 2, hyphenTens.contains(parts[0].lowercased()),
                hyphenOnes.contains(bare(parts[1]))
            else { return [String(token)] }
            return parts
        }
        guard tokens.contains(where: { mayStartNumber(bare($0)) }) else { return text }
        var output: [String] = []
        var index = 0
        while index < tokens.count {
            guard let number = number(in: tokens, from: index) else {
                output.append(tokens[index])
                index += 1
                continue
            }
            let first = tokens[index]
            let last = tokens[number.end - 1]
            let next = number.end < tokens.count ? bare(tokens[number.end]) : ""
            let previous = index > 0 ? bare(tokens[index - 1]) : ""
            let unit = !last.hasSuffix(",") && isUnit(next)
            let clock = clockWords.contains(previous) || ["o'clock", "am", "pm", "a.m."].contains(next)
            // Another number word straight after: a time of day, a year or a list said without
            // pauses, none of which one value stands for.
            let crowded =
                number.end < tokens.count && !last.hasSuffix(",")
                && (mayStartNumber(next) || ["hundred", "thousand"].contains(next))
            if crowded || (clock && !unit) || !(unit || number.value >= 10 || number.isDecimal) {
                let run = crowded ? runEnd(tokens, from: number.end) : number.end
                output.append(contentsOf: tokens[index..<run])
                index = run
                continue
            }
            let trailing = String(last.reversed().prefix(while: { !$0.isLetter && !$0.isNumber }).reversed())
            let leading = String(first.prefix(while: { !$0.isLetter && !$0.isNumber }))
            output.append(leading + number.written + trailing)
            index = number.end
        }
        return output.joined(separator: " ")
    }

    /// A number said from `start`: its value, how it is written, and the token after it.
    private struct Said {
        var value: Double
        var isDecimal: Bool
        var end: Int
        var written: String {
            if isDecimal {
                var text = String(value)
                if text.hasSuffix(".0") { text.removeLast(2) }
                return text
            }
            return String(Int(value))
        }
    }

    /// The words of `tokens` from `start` read as one number, or `nil` when no number starts there.
    /// A token may hold a hyphenated number ("twenty-five"); only the last word may carry
    /// punctuation after it, so "five, ten" is two numbers.
    private static func number(in tokens: [String], from start: Int) -> Said? {
        // Each word of the phrase, with the token it belongs to.
        var words: [(word: String, token: Int)] = []
        var index = start
        while index < tokens.count, words.count < 12 {
            let token = tokens[index]
            let core = bare(token)
            let parts = core.split(separator: "-").map(String.init)
            guard !parts.isEmpty, parts.allSatisfy({ phraseWords.contains($0) }), token.contains(where: \.isLetter),
                token.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || ",.;:!?()\"".contains($0) })
            else { break }
            if index > start, token.first?.isLetter != true { break }
            words.append(contentsOf: parts.map { ($0, index) })
            index += 1
            if token.last.map({ !$0.isLetter }) == true { break }
        }
        guard let parsed = parse(words.map(\.word)), parsed.used > 0 else { return nil }
        // The phrase ends on a whole token: "twenty-five" is not read as "twenty" alone.
        let lastToken = words[parsed.used - 1].token
        guard parsed.used == words.count || words[parsed.used].token != lastToken else { return nil }
        return Said(value: parsed.value, isDecimal: parsed.isDecimal, end: lastToken + 1)
    }

    /// The value of the longest number at the start of `words`, and how many words it takes.
    private static func parse(_ words: [String]) -> (value: Double, isDecimal: Bool, used: Int)? {
        var position = 0
        var total = 0
        var current = 0
        var any = false
        func small() -> Int? {
            guard position < words.count else { return nil }
            if let tens = tens[words[position]] {
                position += 1
                if position < words.count, let unit = units[words[position]], unit > 0 {
                    position += 1
                    return tens + unit
                }
                return tens
            }
            if let value = teens[words[position]] ?? units[words[position]] {
                position += 1
                return value
            }
            return nil
        }
        // "a hundred", "a thousand": the article counts as one.
        if words.count > 1, ["a", "one"].contains(words[0]), ["hundred", "thousand"].contains(words[1]) {
            current = 1
            position = 1
            any = true
        } else if let value = small() {
            current = value
            any = true
        }
        guard any else { return nil }
        while position < words.count {
            let word = words[position]
            if word == "hundred", (1..<10).contains(current) {
                current *= 100
                position += 1
                position = afterAnd(words, position, current: &current)
            } else if word == "thousand", current > 0, total == 0 {
                total = current * 1000
                current = 0
                position += 1
                if position < words.count, words[position] == "and" { position += 1 }
                guard let value = small() else {
                    // "a thousand and" with nothing after: give the "and" back.
                    if position > 0, words[position - 1] == "and" { position -= 1 }
                    break
                }
                current = value
                if position < words.count, words[position] == "hundred", current < 10 {
                    current *= 100
                    position += 1
                    position = afterAnd(words, position, current: &current)
                }
            } else {
                break
            }
        }
        var value = Double(total + current)
        // "twelve point five", "twelve and a half".
        if position + 1 < words.count, words[position] == "point" {
            var digits = ""
            var next = position + 1
            while next < words.count, let digit = units[words[next]] {
                digits += String(digit)
                next += 1
            }
            if !digits.isEmpty, let fraction = Double("0." + digits) {
                return (value + fraction, true, next)
            }
        }
        if position + 2 < words.count, words[position] == "and", words[position + 1] == "a",
            words[position + 2] == "half"
        {
            value += 0.5
            return (value, true, position + 3)
        }
        return (value, false, position)
    }

    /// After "a hundred": "and twenty" or "twenty" adds to it.
    private static func afterAnd(_ words: [String], _ start: Int, current: inout Int) -> Int {
        var position = start
        if position < words.count, words[position] == "and" { position += 1 }
        guard position < words.count else { return start }
        var value: Int?
        if let tens = tens[words[position]] {
            value = tens
            position += 1
            if position < words.count, let unit = units[words[position]], unit > 0 {
                value = tens + unit
                position += 1
            }
        } else if let teen = teens[words[position]] ?? units[words[position]], teen > 0 {
            value = teen
            position += 1
        }
        guard let value else { return start }
        current += value
        return position
    }

    /// Where the run of number words starting at `start` ends.
    private static func runEnd(_ tokens: [String], from start: Int) -> Int {
        var index = start
        while index < tokens.count, mayStartNumber(bare(tokens[index])) || bare(tokens[index]) == "and" {
            index += 1
            if tokens[index - 1].last.map({ !$0.isLetter }) == true { break }
        }
        return index
    }

    /// The token lower-cased, without the punctuation at its ends: the scalars Foundation's
    /// `trimmingCharacters(in:)` would drop, without building a character set for every word.
    private static func bare(_ token: String) -> String {
        let scalars = token.lowercased().unicodeScalars
        guard let first = scalars.firstIndex(where: { !edgePunctuation.contains($0) }),
            let last = scalars.lastIndex(where: { !edgePunctuation.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static let edgePunctuation: Set<Unicode.Scalar> = Set(",.;:!?()\"'".unicodeScalars)

    private static func mayStartNumber(_ word: String) -> Bool {
        word.split(separator: "-").first.map { starters.contains(String($0)) } ?? false
    }

    private static func isUnit(_ word: String) -> Bool {
        MeasureVocabulary.units.contains(word) || extraUnits.contains(word)
    }

    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9,
    ]
    private static let teens: [String: Int] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let starters = Set(units.keys).union(teens.keys).union(tens.keys)
    /// Every word a number phrase may hold.
    private static let phraseWords = starters.union(["hundred", "thousand", "and", "a", "point", "half"])
    /// Words before a time of day: "half past twelve", "at eleven", "until ten".
    private static let clockWords: Set<String> = ["past", "at", "till", "until"]
    /// Units of measure besides the shared ones. Counts of things ("two buttons", "three steps")
    /// read as words below ten.
    private static let extraUnits: Set<String> = [
        "%", "pence", "kilo", "kilos", "kilogram", "kilograms", "kg", "gram", "grams", "centimetre", "centimetres",
        "centimeter", "centimeters", "cm", "millimetre", "millimetres", "mm", "inch", "inches", "degrees",
        "volts", "watts", "pixels",
    ]
}
