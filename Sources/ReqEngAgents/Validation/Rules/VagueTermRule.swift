import ReqEngModel

/// INCOSE R7: vague terms (quantities and qualities that a tester cannot decide).
package struct VagueTermRule: QualityRule {
    package let id = "INCOSE R7"

    /// Vague terms with the measurable replacement the suggestion proposes.
    static let terms: [(term: String, replacement: String)] = {
        let speed = "within N seconds at the 95th percentile under M concurrent users"
        let amount = "an exact number or range (e.g. \"at least 50\")"
        let criterion = "the criterion that decides it (a threshold, a list or a named standard)"
        var list: [(String, String)] = []
        for term in [
            "fast", "quick", "quickly", "rapid", "rapidly", "responsive", "promptly", "timely",
            "in a timely manner", "immediately", "instantly", "instant", "real time", "soon", "performant",
        ] { list.append((term, speed)) }
        for term in ["some", "several", "many", "a lot of", "lots of", "a few", "few", "various", "numerous"] {
            list.append((term, amount))
        }
        for term in ["almost always", "very nearly", "nearly", "almost", "approximately", "approximate", "roughly"] {
            list.append((term, "a range with a tolerance (e.g. \"between 90 and 110\")"))
        }
        for term in ["large", "small", "high", "low", "big", "huge", "tiny"] {
            list.append((term, "a value with its unit (e.g. \"up to 10,000 records\")"))
        }
        for term in ["secure", "securely"] {
            list.append((term, "the named control (e.g. \"encrypted with TLS 1.2 or later\")"))
        }
        for term in ["reliable", "reliably", "robust", "stable"] {
            list.append((term, "a failure measure (e.g. \"at most 1 failed transaction in 10,000\")"))
        }
        for term in ["scalable", "flexible", "expandable", "extensible"] {
            list.append((term, "a growth target (e.g. \"up to 10,000 users without code change\")"))
        }
        for term in [
            "ancillary", "relevant", "routine", "common", "generic", "significant", "significantly", "typical",
            "typically", "sufficient", "sufficiently", "adequate", "adequately", "appropriate", "appropriately",
            "efficient", "efficiently", "effective", "effectively", "proficient", "reasonable", "reasonably",
            "customary", "normal", "normally", "minimal", "usually", "often", "sometimes", "regularly",
            "frequently", "good", "properly",
        ] { list.append((term, criterion)) }
        return list
    }()

    /// The vague terms, prepared for matching.
    static let phrases = TriggerPhrase.list(terms.map(\.term))

    /// Words that are vague only before a number ("about 5 minutes").
    static let speedWords: Set<String> = [
        "fast", "quick", "quickly", "rapid", "rapidly", "responsive", "promptly", "timely", "immediately",
        "instantly", "instant",
    ]
    static let approximators = ["about", "around", "approx", "circa", "roughly"]

    /// Words of size, whose measure depends on what is measured (``SizeExamples``).
    static let sizeWords: Set<String> = ["large", "small", "big", "huge", "tiny"]

    /// Words after "low"/"high" that make a technical term ("low voltage", "high definition").
    static let technicalTerms: Set<String> = ["voltage", "definition", "frequency", "energy"]

    static let verdictNouns: Set<String> = ["idea", "point", "thing", "question", "start", "news"]

    /// Words that are a vague quantity only where they count something.
    static let countingWords: Set<String> = ["some", "several", "many", "few", "various", "numerous"]

    /// Whether `word` counts things somewhere in `tokens`: "some reports", "a few large files",
    /// "many of the branches". "Some leeway", "some kind of badge" and "we want some for the sorting"
    /// count nothing a tester could check, and a question asking "at least 10, or at least 100?"
    /// about them makes no sense.
    static func counts(_ word: String, in tokens: [String]) -> Bool {
        tokens.indices.contains { index in
            guard tokens[index] == word, index + 1 < tokens.count else { return false }
            if tokens[index + 1] == "of" { return true }
            return tokens[(index + 1)..<min(index + 3, tokens.count)].contains(where: isPlural)
        }
    }

    /// A plural noun by its ending ("reports", "users", "boxes"), not "this", "bus" or "access".
    static func isPlural(_ token: String) -> Bool {
        token.count > 3 && token.hasSuffix("s") && !["ss", "us", "is", "'s"].contains { token.hasSuffix($0) }
    }

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        let analysis = context.current
        var found = TermFormatting.found(Self.phrases, in: analysis.text)
        // "fast: within a second": a speed word with its measure beside it is measured.
        if analysis.hasNumber { found.removeAll { Self.speedWords.contains($0) } }
        let tokens = analysis.text.tokens
        found.removeAll { Self.countingWords.contains($0) && !Self.counts($0, in: tokens) }
        // "a good idea", "a good point": a verdict on what was said, not a quality of the product;
        // "fewer buttons would be good" closes a wish, whose priority it already gave.
        if found.contains("good"),
            !tokens.indices.contains(where: {
                tokens[$0] == "good" && !Self.verdictNouns.contains(tokens.dropFirst($0 + 1).first ?? "")
                    && !($0 > 0 && $0 == tokens.count - 1 && tokens[$0 - 1] == "be")
            })
        {
            found.removeAll { $0 == "good" }
        }
        // "low voltage rules" name a technical class; "like a normal switch" compares with a thing
        // everyone knows.
        if found.contains("low") || found.contains("high"),
            !tokens.indices.contains(where: {
                ["low", "high"].contains(tokens[$0])
                    && !Self.technicalTerms.contains(tokens.dropFirst($0 + 1).first ?? "")
            })
        {
            found.removeAll { $0 == "low" || $0 == "high" }
        }
        if found.contains("normal"),
            !tokens.indices.contains(where: { tokens[$0] == "normal" && !($0 >= 2 && tokens[$0 - 2] == "like") })
        {
            found.removeAll { $0 == "normal" }
        }
        for (index, token) in tokens.enumerated() where Self.approximators.contains(token) {
            if index + 1 < tokens.count, tokens[index + 1].first?.isNumber == true, !found.contains(token) {
                found.append(token)
            }
        }
        guard !found.isEmpty else { return [] }
        var rewritten = analysis.requirement.statement
        var replacements: [String] = []
        for term in found {
            let size =
                Self.sizeWords.contains(term)
                ? SizeExamples.replacement(for: analysis.requirement.statement, term: term) : nil
            let replacement =
                size ?? Self.terms.first { $0.term == term }?.replacement
                ?? "a range with a tolerance (e.g. \"between 90 and 110\")"
            rewritten = TermFormatting.replacing(term, with: "<\(replacement)>", in: rewritten)
            replacements.append("\"\(term)\" with \(replacement)")
        }
        return [
            Finding(
                severity: .warning, issueType: "vague_term", rule: id,
                message: "Vague term(s) \(TermFormatting.quoted(found)): nobody can test when the requirement is met.",
                suggestion: "Replace " + replacements.joined(separator: "; ") + ". For example: \"\(rewritten)\"",
                terms: found)
        ]
    }
}
