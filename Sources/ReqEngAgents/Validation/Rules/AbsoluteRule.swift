import Foundation
import ReqEngBase
import ReqEngModel

/// INCOSE R26: absolutes ("always", "100 %", "24/7") that no system can be shown to meet.
package struct AbsoluteRule: QualityRule {
    package let id = "INCOSE R26"

    static let phrases = TriggerPhrase.list([
        "always", "never", "at all times", "every time", "all the time", "under all circumstances",
        "without exception", "zero downtime", "no downtime", "24/7", "24x7", "100 percent",
    ])

    /// Words that make an "always" or "never" about a quality rather than a rule.
    static let qualityWords: Set<String> = [
        "available", "availability", "up", "down", "fail", "fails", "crash", "crashes", "lose", "loses", "lost",
        "error", "errors", "online", "offline", "respond", "responds", "work", "works", "running", "reachable",
    ]

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        var found = TermFormatting.found(Self.phrases, in: analysis.text)
        // "Teachers never invigilate their own subject": a business rule holds without exception
        // by design; only a quality said as an absolute ("always available", "never fails") cannot
        // be met or shown.
        if analysis.requirement.type == .functional, !Self.qualityWords.contains(where: analysis.text.tokens.contains) {
            found.removeAll { ["always", "never", "every time", "without exception"].contains($0) }
        }
        // "… online, and a wheelchair place always comes with the seat next to it": the quality is
        // elsewhere in the sentence; this "always" is a rule.
        let tokens = analysis.text.tokens
        for word in ["always", "never"] where found.contains(word) {
            let nearQuality = tokens.indices.filter { tokens[$0] == word }.contains { index in
                // "Council people always turn up": "up" and "down" say a quality only after a verb of
                // being ("always be up").
                (max(0, index - 3)..<min(tokens.count, index + 4)).contains { near in
                    guard Self.qualityWords.contains(tokens[near]) else { return false }
                    guard ["up", "down"].contains(tokens[near]) else { return true }
                    return near > 0 && ["be", "go", "goes", "stay", "stays", "is", "are"].contains(tokens[near - 1])
                }
            }
            if !nearQuality { found.removeAll { $0 == word } }
        }
        // The expression is compiled on every call: asked only of statements that hold "100".
        if ByteSearch.contains(analysis.requirement.statement, "100"),
            analysis.requirement.statement.range(of: #"\b100\s*%"#, options: .regularExpression) != nil
        {
            found.append("100 %")
        }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "absolute_term", rule: id,
                message: "Absolute \(TermFormatting.quoted(found)): it cannot be achieved or verified.",
                suggestion: "State the achievable target and how it is measured (e.g. \"available 99.9 % of each "
                    + "calendar month\" instead of \"always available\").",
                terms: found)
        ]
    }
}
