import ReqEngModel

/// Requirements smell "subjective language" (ISO/IEC/IEEE 29148 unambiguous): taste, not a test.
package struct SubjectiveLanguageRule: QualityRule {
    package let id = "Requirements smell: subjective language; ISO/IEC/IEEE 29148 unambiguous"

    static let phrases = TriggerPhrase.list([
        "user friendly", "user-friendly", "easy to use", "easy", "easily", "intuitive", "intuitively", "simple",
        "simply", "nice", "clean", "beautiful", "attractive", "pleasant", "convenient", "straightforward",
        "state of the art", "modern", "seamless", "seamlessly", "smooth", "smoothly", "elegant", "look good",
        "looks good", "friendly",
    ])

    package init() {}

    package func check(_ context: ValidationContext) -> [Finding] {
        var found = TermFormatting.found(Self.phrases, in: context.current.text)
        // "Voice is nice to have": a priority, already read as Could, not a taste.
        if found.contains("nice") {
            let tokens = context.current.text.tokens
            let uses = tokens.indices.filter { tokens[$0] == "nice" }
            // "An email the day before would be nice": a wish ranked, as "nice to have" is.
            let ranks = { (index: Int) in
                tokens.dropFirst(index + 1).prefix(2).elementsEqual(["to", "have"])
                    || index >= 2 && tokens[index - 1] == "be"
                        && ["would", "thatd", "itd", "wouldbe"].contains(tokens[index - 2])
            }
            if uses.allSatisfy(ranks) {
                found.removeAll { $0 == "nice" }
            }
        }
        guard !found.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning, issueType: "subjective_language", rule: id,
                message: "Subjective wording \(TermFormatting.quoted(found)): people will judge it differently.",
                suggestion: "Replace it with an observable measure, e.g. \"90 % of first-time users complete "
                    + "<task> without help within 3 minutes\".",
                terms: found)
        ]
    }
}
