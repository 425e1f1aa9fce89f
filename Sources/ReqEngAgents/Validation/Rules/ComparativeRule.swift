import ReqEngModel

/// Requirements smell "comparatives and superlatives": better than what, by how much?
///
/// A comparative followed by "than" and a number ("faster than 2 seconds") is a bound and passes.
package struct ComparativeRule: QualityRule {
    package let id = "Requirements smell: comparatives/superlatives"

    static let words: Set<String> = [
        "better", "faster", "quicker", "easier", "simpler", "higher", "lower", "larger", "smaller", "cheaper",
        "best", "fastest", "quickest", "easiest", "simplest", "highest", "lowest", "largest", "smallest",
        "cheapest", "optimal", "optimum", "maximize", "maximise", "minimize", "minimise", "optimize",
        "optimise", "improved", "improve",
    ]

    package init() {}

    /// "our best bet", "a best guess", "at best", "best practice", "better off", "we had better":
    /// set phrases that compare nothing.
    static func isIdiom(_ tokens: [String], at index: Int) -> Bool {
        let next = index + 1 < tokens.count ? tokens[index + 1] : ""
        let previous = index > 0 ? tokens[index - 1] : ""
        switch tokens[index] {
        case "best": return ["bet", "guess", "practice", "practices"].contains(next) || previous == "at"
        case "better": return next == "off" || previous == "had" || previous == "d"
        default: return false
        }
    }

    package func check(_ context: ValidationContext) -> [Finding] {
        let tokens = context.current.text.tokens
        var found: [String] = []
        for (index, token) in tokens.enumerated() where Self.words.contains(token) {
            let isBound =
                index + 2 < tokens.count && tokens[index + 1] == "than" && tokens[index + 2].first?.isNumber == true
            // "the news goes lower down", "further up the page": a place, not a comparison.
            let isPlace = index + 1 < tokens.count && ["down", "up"].contains(tokens[index + 1])
            // "cheapest first", "the newest loans on top": an order to sort by, which the words decide.
            let isOrder =
                token.hasSuffix("est")
                && [index + 1, index + 2].contains { next in
                    tokens.dropFirst(next).first == "first" || tokens.dropFirst(next).starts(with: ["on", "top"])
                }
            // "to make it easier for them": what the need is for, not a target it sets.
            let isPurpose = tokens[max(0, index - 3)..<index].contains { ["make", "makes", "making"].contains($0) }
            if !isBound, !isPlace, !isOrder, !isPurpose, !Self.isIdiom(tokens, at: index), !found.contains(token) {
                found.append(token)
            }
        }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "comparative_term", rule: id,
                message: "Comparative or superlative \(TermFormatting.quoted(found)) without a baseline or target.",
                suggestion: "Give the target value and unit (e.g. \"within 2 seconds\" instead of \"faster\", "
                    + "\"at most 3 clicks\" instead of \"fewest clicks\").",
                terms: found)
        ]
    }
}
