import Foundation
import ReqEngBase

/// A quantity stated in a requirement: a limit ("at least 24 hours", "within 2 s", "8 hours or
/// more", "up to €2,000") or a set value ("time out after 15 minutes").
package struct NumericBound: Sendable, Hashable {
    /// Which side of the range the statement limits, or `exact` for a value that is set.
    package enum Kind: String, Sendable, Hashable {
        case lower, upper, exact
    }

    package var kind: Kind
    /// The value in the dimension's base unit (seconds, percent, bytes, a currency, or a count).
    package var value: Double
    /// What is measured: `time`, `percent`, `data`, `money:<currency>`, or `count:<noun>`.
    package var dimension: String
    /// The words as written, for messages ("at least 24 hours").
    package var phrase: String
    /// Whether an "up to" was read as the least the system has to allow ("customers can send up to
    /// €2,000"): such a limit pins the value down rather than capping it.
    package var granted = false

    static let lowerWords = [
        "at least", "no less than", "no fewer than", "not less than", "minimum of", "a minimum of", "more than",
        "greater than", "over", "min", "above", "in excess of", "longer than",
    ]
    static let upperWords = [
        "at most", "up to", "no more than", "not more than", "maximum of", "a maximum of", "less than",
        "fewer than", "under", "within", "not exceed", "not exceeding", "below", "max", "no longer than",
        "shorter than",
    ]
    /// Words after a quantity that make it a limit ("8 hours at least", "2 minutes or less").
    static let lowerSuffixes = ["at least", "or more", "or longer", "minimum", "at the least", "or above"]
    static let upperSuffixes = ["at most", "or less", "or fewer", "maximum", "max", "tops", "or shorter", "or under"]

    /// Words right before a quantity that make it a set value.
    static let setValueMarkers: Set<String> = ["after", "every", "of", "is", "at", "be"]

    private static let timeUnits: [String: Double] = [
        "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "s": 1, "sec": 1, "secs": 1, "second": 1,
        "seconds": 1, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600,
        "hour": 3600, "hours": 3600, "day": 86_400, "days": 86_400, "week": 604_800, "weeks": 604_800,
        "month": 2_592_000, "months": 2_592_000, "year": 31_536_000, "years": 31_536_000,
    ]
    private static let dataUnits: [String: Double] = [
        "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000, "tb": 1_000_000_000_000,
    ]
    private static let currencies: [String: String] = [
        "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur", "$": "usd", "usd": "usd", "dollar": "usd",
        "dollars": "usd", "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp",
    ]
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
    ]

    /// A number in digits or words, optionally after a currency sign, then an optional unit.
    private static let quantity =
        "([€$£])?\\s*(\\d+(?:[.,]\\d+)*|(?:" + numberWords.keys.sorted { $0.count > $1.count }.joined(separator: "|")
        + ")\\b)(?:[\\s-]*(%|percent\\b|[a-z€$£]+\\b))?"

    private static func alternation(_ phrases: [String]) -> String {
        phrases.sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+") }
            .joined(separator: "|")
    }

    private static let prefixRegex = try? NSRegularExpression(
        pattern: "\\b(" + alternation(lowerWords + upperWords) + ")\\s+" + quantity, options: [.caseInsensitive])
    private static let suffixRegex = try? NSRegularExpression(
        pattern: "(?<![\\w€$£])" + quantity + "\\s*,?\\s+(" + alternation(lowerSuffixes + upperSuffixes) + ")\\b",
        options: [.caseInsensitive])
    private static let plainRegex = try? NSRegularExpression(
        pattern: "(?<![\\w€$£.,])" + quantity, options: [.caseInsensitive])

    /// Every quantity stated in `statement`, in order: limits first, then set values with a unit.
    package static func bounds(in statement: String) -> [NumericBound] { known.value(for: statement, reading) }

    /// Statements already read: validation reads every statement again after a refinement pass,
    /// and each read runs up to three regular expressions.
    private static let known = TextMemo<[NumericBound]>()

    private static func reading(_ statement: String) -> [NumericBound] {
        guard mayStateQuantity(statement) else { return [] }
        let text = statement as NSString
        let whole = NSRange(location: 0, length: text.length)
        var bounds: [NumericBound] = []
        var covered: [NSRange] = []
        let capability = Self.statesCapability(statement)
        for match in prefixRegex?.matches(in: statement, range: whole) ?? [] {
            let keyword = words(text.substring(with: match.range(at: 1)))
            guard let (value, dimension) = measure(text, match, sign: 2, number: 3, unit: 4) else { continue }
            // "must not take more than 10 s" limits from above: a negation just before flips the side.
            let before = TokenizedText.tokenize(text.substring(to: match.range.location)).suffix(3)
            let negated = before.contains {
                ["not", "never", "no"].contains($0) || Self.contractedNegations.contains($0)
            }
            var isLower = lowerWords.contains(keyword) != negated
            // "customers can send up to €2,000": the system has to allow at least that much.
            let granted = keyword == "up to" && capability && !negated
            if granted { isLower = true }
            bounds.append(
                NumericBound(
                    kind: isLower ? .lower : .upper, value: value, dimension: dimension,
                    phrase: phrase(text, match, number: 3, unit: 4, dimension: dimension), granted: granted))
            covered.append(match.range)
        }
        for match in suffixRegex?.matches(in: statement, range: whole) ?? [] {
            guard !covered.contains(where: { NSIntersectionRange($0, match.range).length > 0 }),
                let (value, dimension) = measure(text, match, sign: 1, number: 2, unit: 3)
            else { continue }
            let keyword = words(text.substring(with: match.range(at: 4)))
            bounds.append(
                NumericBound(
                    kind: lowerSuffixes.contains(keyword) ? .lower : .upper, value: value, dimension: dimension,
                    phrase: text.substring(with: match.range).trimmingCharacters(in: .whitespaces)))
            covered.append(match.range)
        }
        for match in plainRegex?.matches(in: statement, range: whole) ?? [] {
            // Only a value that is set ("time out after 15 minutes", "every 5 minutes", "a timeout of
            // 30 s"); "24 hours per day" or "no later 30 seconds" say something else.
            let preceding = TokenizedText.tokenize(text.substring(to: match.range.location)).suffix(5)
            guard let before = preceding.last, setValueMarkers.contains(before),
                !covered.contains(where: { NSIntersectionRange($0, match.range).length > 0 }),
                let (value, dimension) = measure(text, match, sign: 1, number: 2, unit: 3),
                !dimension.hasPrefix("count:")
            else { continue }
            // "a maximum response time of 5 seconds" caps; "a minimum retention of 2 years" is a floor.
            let kind: Kind =
                preceding.contains("maximum") || preceding.contains("max")
                ? .upper : preceding.contains("minimum") || preceding.contains("min") ? .lower : .exact
            bounds.append(
                NumericBound(
                    kind: kind, value: value, dimension: dimension,
                    phrase: phrase(text, match, number: 2, unit: 3, dimension: dimension)))
        }
        return bounds
    }

    /// Whether `statement` can hold a quantity: every one has a digit or a number word. Most
    /// statements have neither, and are then spared the three expressions. Outside ASCII, where
    /// what a digit is and how case folds are the expressions' to judge, the answer is yes.
    static func mayStateQuantity(_ statement: String) -> Bool {
        let bytes = statement.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
        if bytes.contains(where: { (0x30...0x39).contains($0) }) { return true }
        let lower = statement.lowercased()
        return numberWords.keys.contains { ByteSearch.contains(lower, $0) }
    }

    /// Whether the statement grants an ability ("be able to", "can", "bookable"), which turns "up to"
    /// into the least the system has to allow.
    static func statesCapability(_ statement: String) -> Bool {
        let tokens = TokenizedText.tokenize(statement)
        if tokens.contains("able") || tokens.contains("can") || tokens.contains("allow") { return true }
        return tokens.contains { $0.hasSuffix("able") && $0.count > 6 && !["available", "reliable"].contains($0) }
    }

    /// The matched words, without a word after an amount of money that is not its currency ("€2,000 a").
    private static func phrase(
        _ text: NSString, _ match: NSTextCheckingResult, number: Int, unit: Int, dimension: String
    ) -> String {
        var range = match.range
        let unitRange = match.range(at: unit)
        if dimension.hasPrefix("money:"), unitRange.location != NSNotFound,
            currencies[text.substring(with: unitRange).lowercased()] == nil
        {
            let numberRange = match.range(at: number)
            range = NSRange(
                location: range.location, length: numberRange.location + numberRange.length - range.location)
        }
        return text.substring(with: range).trimmingCharacters(in: .whitespaces)
    }

    private static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Value and dimension of one regex match's quantity groups.
    private static func measure(
        _ text: NSString, _ match: NSTextCheckingResult, sign: Int, number: Int, unit: Int
    ) -> (Double, String)? {
        let numberText = text.substring(with: match.range(at: number)).lowercased()
        guard let raw = Double(numberText.replacingOccurrences(of: ",", with: "")) ?? numberWords[numberText] else {
            return nil
        }
        let unitText = match.range(at: unit).location == NSNotFound ? "" : text.substring(with: match.range(at: unit))
        let signText = match.range(at: sign).location == NSNotFound ? "" : text.substring(with: match.range(at: sign))
        if let currency = currencies[signText] ?? currencies[unitText.lowercased()] {
            return (raw, "money:" + currency)
        }
        return normalise(raw, unit: unitText.lowercased())
    }

    private static func normalise(_ value: Double, unit: String) -> (Double, String)? {
        if let factor = timeUnits[unit] { return (value * factor, "time") }
        if let factor = dataUnits[unit] { return (value * factor, "data") }
        if unit == "%" || unit == "percent" { return (value, "percent") }
        return (value, "count:" + StatementAnalysis.stem(unit))
    }

    /// Negations as the tokenizer writes them ("don't" is `dont`).
    static let contractedNegations: Set<String> = [
        "dont", "doesnt", "didnt", "cant", "cannot", "wont", "isnt", "arent", "shouldnt", "mustnt", "wouldnt",
        "shant", "neednt",
    ]
}
