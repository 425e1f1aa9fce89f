import ReqEngModel

/// Classifies a requirement sentence as functional, non-functional (with its NFR category) or
/// constraint, from weighted lexicon cues and a few syntactic frames.
///
/// Each NFR category, the functional class and the constraint class get a score: the sum of the
/// weights of their cues found in the sentence (``ClassifierLexicon``). Two frames shift evidence:
/// "shall be <quality adjective>" (a property, not a behaviour) favours the qualities, and a
/// measured quantity (a number with a unit or a percentage) does too. The best category wins over
/// functional when its score reaches ``minimumQualityScore`` and beats the functional score times
/// ``functionalBias``; otherwise the sentence is functional, the default for action verbs.
///
/// Confidence = 0.5 + 0.5 × margin / (margin + 2), where margin is the winner's score minus the
/// runner-up's (functional included), rounded to 2 decimals: 0.5 when two classes tie, ~0.75 at a
/// margin of 2 (one strong cue), approaching 1 for overwhelming evidence.
package struct RequirementClassifier: Sendable {
    /// A quality needs at least this much evidence to be chosen at all.
    package var minimumQualityScore = 1.5
    /// How much stronger than the functional evidence a quality must be.
    package var functionalBias = 0.8
    /// Constraint evidence needed to call a sentence a constraint.
    package var minimumConstraintScore = 2.5

    package init() {}

    /// The class of `sentence`. With the default thresholds (every reader in a run) a sentence
    /// classified before is looked up.
    package func classify(_ sentence: String) -> RequirementClassification {
        let standard = Self.standard
        guard minimumQualityScore == standard.minimumQualityScore, functionalBias == standard.functionalBias,
            minimumConstraintScore == standard.minimumConstraintScore
        else { return classifying(sentence) }
        return Self.known.value(for: sentence, classifying)
    }

    private static let standard = RequirementClassifier()
    /// The lexicons indexed by the words their cues open with (``LexiconIndex``).
    private static let categories = ClassifierLexicon.categories.map { ($0.0, LexiconIndex($0.1)) }
    private static let functional = LexiconIndex(ClassifierLexicon.functional)
    private static let constraint = LexiconIndex(ClassifierLexicon.constraint)
    private static let known = TextMemo<RequirementClassification>()

    private func classifying(_ sentence: String) -> RequirementClassification {
        let tokens = TextTokens(sentence)
        var scores = Self.categories.map { ($0.0, $0.1.score(tokens)) }
        var functionalScore = Self.functional.score(tokens) + Self.behaviourFrame(tokens)
        let constraintScore = Self.constraint.score(tokens)

        let qualityBoost = Self.propertyFrame(tokens) + Self.measureFrame(tokens)
        if qualityBoost > 0 {
            scores = scores.map { ($0.0, $0.1 > 0 ? $0.1 + qualityBoost : 0) }
            functionalScore = max(0, functionalScore - qualityBoost / 2)
        }
        let ranked = scores.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }
        let best = ranked.first?.element ?? (.operational, 0)
        let runnerUp = ranked.dropFirst().first?.element.1 ?? 0

        if constraintScore >= minimumConstraintScore && constraintScore >= functionalScore {
            let category = best.1 >= minimumQualityScore ? best.0 : nil
            return RequirementClassification(
                type: .constraint, category: category,
                confidence: Self.confidence(margin: constraintScore - max(functionalScore, best.1 / 2)))
        }
        if best.1 >= minimumQualityScore && best.1 > functionalScore * functionalBias {
            let margin = best.1 - max(runnerUp, functionalScore)
            return RequirementClassification(
                type: .nonFunctional, category: best.0, confidence: Self.confidence(margin: margin))
        }
        let margin = functionalScore + 1 - best.1
        return RequirementClassification(type: .functional, category: nil, confidence: Self.confidence(margin: margin))
    }

    /// Confidence from a score margin; see the type's documentation.
    static func confidence(margin: Double) -> Double {
        let clamped = max(0, margin)
        let value = 0.5 + 0.5 * clamped / (clamped + 2)
        return (value * 100).rounded() / 100
    }

    /// 1 when a modal is followed by "be" and a quality adjective ("shall be fast"), else 0.
    static func propertyFrame(_ tokens: TextTokens) -> Double {
        let words = tokens.words
        guard words.count >= 3 else { return 0 }
        for index in 0..<(words.count - 2) where modals.contains(words[index]) && words[index + 1] == "be" {
            let next = words[index + 2]
            if next == "able" || next.hasSuffix("ed") || next.hasSuffix("en") { continue }
            if qualityAdjectiveEndings.contains(where: { next.hasSuffix($0) }) || next == "fast" || next == "easy" {
                return 1
            }
        }
        return 0
    }

    /// 1 when the main verb after the first modal is an action verb ("shall print", "must be able to
    /// export"): the sentence says what the system or a user does.
    static func behaviourFrame(_ tokens: TextTokens) -> Double {
        let words = tokens.words
        guard var index = words.firstIndex(where: { modals.contains($0) }) else { return 0 }
        index += 1
        while index < words.count && ["not", "also", "only", "automatically", "then"].contains(words[index]) {
            index += 1
        }
        if index + 2 < words.count && words[index] == "be" && words[index + 1] == "able" && words[index + 2] == "to" {
            index += 3
        }
        guard index < words.count else { return 0 }
        let verb = words[index]
        let isAction = ClassifierLexicon.functional.contains { cue in
            cue.pattern.count == 1 && TextTokens.elementMatches(cue.pattern[0], verb)
        }
        return isAction ? 1 : 0
    }

    /// 1 when the sentence carries a measure: a number followed by a unit or a percent sign.
    static func measureFrame(_ tokens: TextTokens) -> Double {
        let words = tokens.words
        for (index, word) in words.enumerated().dropLast() where TextTokens.isNumber(word) {
            let next = words[index + 1]
            if next == "%" || measureUnits.contains(where: { next.hasPrefix($0) }) { return 1 }
        }
        return 0
    }

    static let modals: Set<String> = ["shall", "must", "should", "will", "would", "can", "could", "may"]
    static let qualityAdjectiveEndings = ["ble", "ive", "ure", "ent", "ant", "ous", "ful", "ic", "al", "ly"]
    static let measureUnits = [
        "second", "sec", "ms", "millisecond", "minute", "min", "hour", "hr", "day", "week", "month", "year",
        "user", "request", "transaction", "record", "percent", "gb", "mb", "kb", "tb", "click",
    ]
}
