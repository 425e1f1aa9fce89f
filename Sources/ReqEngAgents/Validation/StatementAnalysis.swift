import Foundation
import ReqEngModel

/// One requirement statement taken apart once, for every quality rule to read.
///
/// The split is shallow on purpose: the first modal ("shall", "must not", "needs to", …) divides
/// the statement into a subject (who) and a predicate (what), which is all the rules need.
///
/// A class, immutable: the pair rules visit every other statement for each one, and a struct of
/// this many fields was copied (each field retained and released) at every visit.
package final class StatementAnalysis: Sendable {
    package let requirement: Requirement
    package let text: TokenizedText
    /// Index range of the first modal phrase in `text.tokens`, if any.
    package let modalRange: Range<Int>?
    /// Whether the modal is negated ("must not", "cannot", "shall never").
    package let isNegative: Bool
    /// Tokens before the modal.
    package let subject: [String]
    /// Tokens after the modal and its negation.
    package let predicate: [String]
    /// Stemmed content words of the whole statement (no stop words, no modals).
    package let contentWords: Set<String>
    /// Content words without numbers: what a numeric bound is about.
    package let contextWords: Set<String>
    /// Content words of the subject and of the predicate, for "must" against "must not".
    package let subjectWords: Set<String>
    package let predicateWords: Set<String>
    /// Concept keys of the whole statement (``ConceptLexicon``): paraphrase-proof content, no numbers.
    package let concepts: Set<String>
    /// Concept keys of the predicate only: what is done.
    package let predicateConcepts: Set<String>
    /// ``concepts`` and ``predicateConcepts`` without those too common to tell statements apart
    /// (``ConflictDetector/unspecific``); each pair of statements compares these.
    package let specificConcepts: Set<String>
    package let specificPredicateConcepts: Set<String>
    /// ``concepts`` weighed as ``DuplicateRule`` weighs them.
    package let conceptWeight: Double
    /// For a negated statement, the concept its action turns on (``ConflictDetector/actionHead(predicate:)``):
    /// what it forbids. `nil` for other statements.
    package let forbiddenHead: String?
    /// Numeric limits stated in the statement.
    package let bounds: [NumericBound]
    /// Whether a verb of choosing a technology occurs ("use", "hosted on", …).
    package let hasChoiceVerb: Bool
    /// The runs of digits in the statement (``DuplicateRule/numbers(in:)``).
    package let digitRuns: Set<String>

    package init(_ requirement: Requirement) {
        self.requirement = requirement
        let text = TokenizedText(requirement.statement)
        self.text = text
        let tokens = text.tokens
        let found = Self.firstModal(in: text)
        modalRange = found?.range
        let isNegative = found?.negative ?? false
        self.isNegative = isNegative
        let subject: [String]
        let predicate: [String]
        if let range = found?.range {
            subject = Array(tokens[..<range.lowerBound])
            predicate = Array(tokens[range.upperBound...])
        } else {
            subject = []
            predicate = tokens
        }
        self.subject = subject
        self.predicate = predicate
        let contentWords = Self.contentWords(of: tokens)
        self.contentWords = contentWords
        contextWords = contentWords.filter { !($0.first?.isNumber ?? false) }
        subjectWords = Self.contentWords(of: subject)
        predicateWords = Self.contentWords(of: predicate)
        let concepts = ConceptLexicon.concepts(of: tokens)
        let predicateConcepts = ConceptLexicon.concepts(of: predicate)
        self.concepts = concepts
        self.predicateConcepts = predicateConcepts
        specificConcepts = concepts.subtracting(ConflictDetector.unspecific)
        specificPredicateConcepts = predicateConcepts.subtracting(ConflictDetector.unspecific)
        conceptWeight = DuplicateRule.weight(concepts)
        forbiddenHead = isNegative ? ConflictDetector.actionHead(predicate: predicate) : nil
        bounds = NumericBound.bounds(in: requirement.statement)
        hasChoiceVerb = !text.matches(Self.choiceVerbs).isEmpty
        digitRuns = DuplicateRule.numbers(in: requirement.statement)
    }

    /// ``ValidationLexicon/choiceVerbs``, tokenised once.
    static let choiceVerbs = TriggerPhrase.list(ValidationLexicon.choiceVerbs)

    /// The first modal phrase of `text` with the "not" or "never" after it: the token range it
    /// takes, and whether it is negated.
    package static func firstModal(in text: TokenizedText) -> (range: Range<Int>, negative: Bool)? {
        let tokens = text.tokens
        for index in tokens.indices {
            for modal in ValidationLexicon.modals where text.hasSequence(modal.words, at: index) {
                var end = index + modal.words.count
                var negative = modal.negative
                if end < tokens.count, ["not", "never"].contains(tokens[end]) {
                    negative = true
                    end += 1
                }
                return (index..<end, negative)
            }
        }
        return nil
    }

    /// Stemmed tokens without stop words; the basis of similarity between statements.
    package static func contentWords(of tokens: [String]) -> Set<String> {
        Set(tokens.filter { !ValidationLexicon.stopWords.contains($0) }.map(stem))
    }

    /// A light stem that folds plurals, possessives and verb forms to one key
    /// ("appointments" → "appointment", "booking"/"booked" → "book", "schedules"/"scheduling" → "schedul").
    package static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 4, word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") {
            return String(word.dropLast(2))
        }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
            word.removeLast()
        }
        var stripped = false
        if word.count > 5, word.hasSuffix("ing") {
            word.removeLast(3)
            stripped = true
        } else if word.count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed") {
            word.removeLast(2)
            stripped = true
        }
        if word.count > 3, word.hasSuffix("e") { word.removeLast() }
        // "scanning" → "scann" → "scan", "logged" → "logg" → "log".
        if stripped, word.count > 3, let last = word.last, word.dropLast().last == last, !"lsz".contains(last) {
            word.removeLast()
        }
        return word
    }

    /// Shared words over the size of the smaller set (0 when either is empty): how much of the
    /// shorter statement the longer one repeats.
    package static func overlap(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        let smaller = min(lhs.count, rhs.count)
        return smaller == 0 ? 0 : Double(lhs.intersection(rhs).count) / Double(smaller)
    }

    /// Token-set Jaccard similarity of two word sets (0 when both are empty).
    package static func jaccard(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        let (small, large) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        var common = 0
        for word in small where large.contains(word) { common += 1 }
        let union = lhs.count + rhs.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// Whether the statement states a quantity: a digit, a number word ("eight hours") or a
    /// frequency ("every quarter", "daily").
    package var hasNumber: Bool {
        requirement.statement.contains { $0.isNumber }
            || requirement.acceptanceCriteria.contains { $0.contains { $0.isNumber } }
            || text.tokens.contains { Self.numberWords.contains($0) || Self.frequencyWords.contains($0) }
            || text.tokens.indices.dropLast().contains { index in
                // "within a second", "once an hour": the article counts one unit.
                ["a", "an"].contains(text.tokens[index]) && Self.units.contains(text.tokens[index + 1])
            }
    }

    static let units = MeasureVocabulary.units
    static let numberWords = MeasureVocabulary.cardinals.union(MeasureVocabulary.fractions)
    static let frequencyWords: Set<String> = [
        "hourly", "daily", "nightly", "weekly", "monthly", "quarterly", "yearly", "annually", "quarter",
    ]

    /// Whether the statement names who acts: the actor field, or a subject word before the modal.
    package var hasActor: Bool {
        if let actor = requirement.actor, !actor.trimmingCharacters(in: .whitespaces).isEmpty { return true }
        guard modalRange != nil else { return false }
        return subject.contains { !ValidationLexicon.nonActorWords.contains($0) }
    }

    /// Whether the statement says what happens: the action field, a word after the modal, or a leading verb.
    package var hasAction: Bool {
        if let action = requirement.action, !action.trimmingCharacters(in: .whitespaces).isEmpty { return true }
        if modalRange != nil { return !predicate.isEmpty }
        guard let first = text.tokens.first else { return false }
        return ValidationLexicon.verbs.contains(first)
    }
}

extension StatementAnalysis {
    /// Whether `text` holds one of the modal phrases.
    package static func hasModal(_ text: TokenizedText) -> Bool {
        text.tokens.indices.contains { index in
            ValidationLexicon.modals.contains { text.hasSequence($0.words, at: index) }
        }
    }
}
