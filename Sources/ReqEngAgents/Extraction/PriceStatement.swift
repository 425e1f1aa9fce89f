import Foundation

/// A price, cost or budget the product is held to, said without a need phrase: "we're building it
/// at seven and a half pounds apiece", "we can sell the lock at thirty nine euros", "each unit is
/// sold for forty dollars", "the budget is about two thousand euros a year".
///
/// The money a product must keep to is a constraint a reviewer needs, however it is said. The
/// clause that names the amount must hold a number with a unit of money and frame it as the
/// product's price, cost or budget. Among a design team, where the product is what is made and
/// sold, a price or cost word or a "per unit" is frame enough; elsewhere, where the product is
/// software for someone's business and the prices talked about are mostly the business's own, only
/// a budget is. A question, a condition ("if we make ten euros on each one"), the past, what
/// exists today, someone else's prices and a business's turnover ("fifty million euros") are no
/// constraint.
package enum PriceStatement {
    /// The clause that states the price, in the speaker's cleaned words, or `nil`.
    package static func words(
        _ cleaned: String, original: String, amongTeam: Bool, budgetAsked: Bool = false
    ) -> String? {
        said(cleaned, original: original, amongTeam: amongTeam, budgetAsked: budgetAsked)?.text
    }

    /// The price clause, with the words of the sentence to quote for it when the sentence says
    /// more than the clause: "That's not a lot, and we hope to sell them for twenty five" quotes
    /// its second clause, whose polarity the statement keeps.
    package static func said(
        _ cleaned: String, original: String, amongTeam: Bool, budgetAsked: Bool = false
    ) -> (text: String, quote: String?)? {
        guard !original.contains("?"),
            !NeedDetector.containsAny(original.lowercased(), NeedDetector.currentProcessMarkers)
        else { return nil }
        let words = cleaned.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let amount = lower.indices.first(where: { isAmount(at: $0, in: lower) }) else { return nil }
        // The clause the amount is in: from the last boundary before its number ("seven and a
        // half pounds" is one amount).
        var number = amount
        while number > 0, numberWords.contains(lower[number - 1]) || TextTokens.isNumber(lower[number - 1]) {
            number -= 1
        }
        let start = StatementBuilder.lastClauseBoundary(Array(words[..<number]))
        // What follows the amount in another clause ("…, which may seem high but if …") is a
        // comment on the price, not part of it.
        let end = lower[(amount + 1)...].firstIndex(where: { afterthoughts.contains($0) }) ?? words.count
        var clause = Array(words[start..<end])
        // "Even if the market pays less, even then we can sell it at forty euros": what follows the
        // "then" of a concession holds whatever the condition.
        let bare = clause.map(SpeechCleaner.bare)
        if let concession = bare.indices.dropLast().first(where: { bare[$0] == "even" && bare[$0 + 1] == "if" }),
            let then = bare[concession...].firstIndex(of: "then")
        {
            clause.removeFirst(then + 1)
        } else if bare.starts(with: ["even", "then"]) {
            clause.removeFirst(2)
        }
        while let first = clause.first, SpeechCleaner.leadingDiscourse.contains(SpeechCleaner.bare(first)) {
            clause.removeFirst()
        }
        let tokens = clause.map(SpeechCleaner.bare)
        let text = " " + tokens.joined(separator: " ") + " "
        // "It's about two euros more per unit": what a feature adds to a price is no price.
        let difference = lower[(amount + 1)...].prefix(2).contains {
            ["more", "extra", "less", "cheaper"].contains($0)
        }
        guard (3...30).contains(clause.count), !difference,
            !tokens.contains(where: excluded.contains),
            !NeedDetector.containsAny(text, ProductStatement.pastMarkers),
            amongTeam
                ? tokens.contains(where: priceWords.contains) || unitFrames.contains(where: { text.contains($0) })
                : budgetAsked || tokens.contains(where: budgetWords.contains)
        else { return nil }
        let trimmed = StatementBuilder.droppingTrailingNoise(
            TextCleanup.trim(StatementPolisher.trimmingRationale(clause.joined(separator: " ")), " ,;:-!."))
        guard trimmed.split(separator: " ").count >= 3 else { return nil }
        // "Under forty euros retail": a limit said without a verb is the price's.
        let opening = trimmed.split(separator: " ").prefix(2).map { SpeechCleaner.bare(String($0)) }
        let verbless =
            ["under", "below", "max", "maximum"].contains(opening.first ?? "")
            || opening == ["less", "than"] || opening == ["at", "most"] || opening == ["up", "to"]
        let statement =
            (verbless ? "The price is " + TextCleanup.lowercasedFirst(trimmed) : TextCleanup.capitalizedFirst(trimmed))
            + "."
        // "…, otherwise it won't sell": a negation in the reason says nothing of the price.
        if NegationPolarity.isNegated(trimmed)
            == NegationPolarity.isNegated(StatementPolisher.trimmingRationale(original))
        {
            return (statement, nil)
        }
        // "That's not a lot, and we hope to sell them for twenty five": the negation is in another
        // clause; the price is quoted from its own clause, or it would read as lost.
        guard let quote = clauseQuote(of: trimmed, in: original),
            NegationPolarity.isNegated(quote) == NegationPolarity.isNegated(trimmed)
        else { return nil }
        return (statement, quote)
    }

    /// The sentence from where the clause's first two words are said to its end.
    static func clauseQuote(of clause: String, in original: String) -> String? {
        let opening = clause.split(separator: " ").prefix(2).joined(separator: " ").lowercased()
        guard opening.count >= 4,
            let range = original.range(of: opening, options: [.caseInsensitive, .backwards]),
            range.lowerBound > original.startIndex
        else { return nil }
        let quote = TextCleanup.trim(String(original[range.lowerBound...]))
        return quote.isEmpty ? nil : TextCleanup.capitalizedFirst(quote)
    }

    /// Whether a price is a limit ("at most", "no more than", "max"): binding, so a Must.
    package static func isLimit(_ statement: String) -> Bool {
        let text = " " + TextTokens(statement).words.joined(separator: " ") + " "
        return limitPhrases.contains { text.contains(" " + $0 + " ") }
    }

    /// A unit of money at `index` with a number within the three words before it ("eight point
    /// five dollars", "thirty nine euros"), or a number written with a currency sign ("€25").
    static func isAmount(at index: Int, in lower: [String]) -> Bool {
        let word = lower[index]
        if let sign = word.first, "€$£".contains(sign), word.dropFirst().first?.isNumber == true { return true }
        if isBareSellingPrice(at: index, in: lower) { return true }
        guard currencies.contains(word) else { return false }
        return lower[max(0, index - 3)..<index].contains {
            TextTokens.isNumber($0) || MeasureVocabulary.fractions.contains($0)
        }
    }

    /// "We're hoping to sell them for twenty five": once the currency has been named, a selling
    /// price is often said as a bare number, the last of the clause, right after "sell … for/at".
    static func isBareSellingPrice(at index: Int, in lower: [String]) -> Bool {
        guard isNumberWord(lower[index]),
            index + 1 == lower.count || afterthoughts.union(["each", "apiece", "per"]).contains(lower[index + 1])
        else { return false }
        var position = index
        while position > 0, TextTokens.isNumber(lower[position - 1]) || numberWords.contains(lower[position - 1]) {
            position -= 1
        }
        guard position >= 2, ["for", "at"].contains(lower[position - 1]) else { return false }
        let sold = lower[max(0, position - 3)..<(position - 1)]
        return sold.contains(where: { ["sell", "selling", "sold"].contains($0) })
    }

    /// A number, also one written with a hyphen ("thirty-five").
    static func isNumberWord(_ word: String) -> Bool {
        TextTokens.isNumber(word)
            || word.contains("-") && word.split(separator: "-").allSatisfy { TextTokens.isNumber(String($0)) }
    }

    /// Words that open a comment after a price.
    static let afterthoughts: Set<String> = ["which", "but", "because", "although", "though", "so"]

    /// Words an amount of money is said with.
    static let numberWords: Set<String> = MeasureVocabulary.fractions.union(["and", "a", "point", "an"])
    static let currencies: Set<String> = [
        "euro", "euros", "eur", "dollar", "dollars", "usd", "pound", "pounds", "quid", "franc", "francs", "bucks",
    ]
    /// Words that make an amount the product's price or cost.
    static let priceWords: Set<String> = [
        "sell", "sells", "selling", "sold", "price", "priced", "prices", "pricing", "cost", "costs", "costing",
        "budget", "afford", "retail", "retails", "shops", "shelf", "charge", "make", "making", "made", "produce",
        "producing",
    ]
    static let unitFrames = [
        " per unit ", " a unit ", " each unit ", " per piece ", " a piece ", " apiece ", " a time ",
    ]
    static let budgetWords: Set<String> = ["budget", "budgets", "afford", "spend"]
    /// Words of a question, a condition, the past, other parties or a business's turnover.
    static let excluded: Set<String> = [
        "if", "unless", "whether", "paid", "spent", "bought", "was", "were", "they", "their", "competitor",
        "competitors", "million", "millions", "billion", "profit", "profits", "revenue", "turnover", "income",
    ]
    static let limitPhrases = [
        "at most", "at the most", "no more than", "not more than", "max", "maximum", "up to", "limited to",
        "less than", "under", "below", "within",
    ]
}
