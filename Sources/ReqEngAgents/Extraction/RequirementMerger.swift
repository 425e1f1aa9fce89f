import ReqEngBase
import ReqEngModel

/// Merges a need restated across turns or sessions into one requirement with several sources, and
/// lets an explicit correction replace what it corrects.
///
/// Two requirements are the same need when the Jaccard similarity of their content-word sets
/// (lower-cased, stop words and modals removed, crude suffix stemming) reaches ``threshold``, they
/// agree in polarity and in every number, and one says no more than a refinement of the other (its
/// words are a subset): "cancel orders within 5 s" never joins "cancel tickets within 5 s",
/// "cancel orders within 4 s" or "print orders within 5 s".
///
/// A later statement said as a correction ("actually", "instead", "make that", "let's change it
/// to") that differs from an earlier one only in a number or one word supersedes it: the
/// requirement takes the final form, and the earlier form stays in its rationale, with its source.
/// Without a correction marker, two values of one thing stay two requirements, for validation to
/// report as a conflict.
package struct RequirementMerger: Sendable {
    /// Similarity at or above which two statements are one need; 0.6 keeps paraphrases with a
    /// changed word or two together and distinct needs about the same object apart (see tests).
    package var threshold = 0.6
    /// Similarity at or above which a correction is about the earlier statement.
    package var correctionThreshold = 0.4

    package init() {}

    /// Content-word set of a statement.
    package static func contentWords(_ text: String) -> Set<String> {
        Set(TextTokens(text).words.filter { !stopWords.contains($0) }.map(stem))
    }

    /// Jaccard similarity of two statements' content-word sets.
    package static func similarity(_ lhs: String, _ rhs: String) -> Double {
        guard NegationPolarity.isNegated(lhs) == NegationPolarity.isNegated(rhs) else { return 0 }
        return similarity(contentWords(lhs), contentWords(rhs))
    }

    /// Jaccard similarity of two content-word sets.
    static func similarity(_ left: Set<String>, _ right: Set<String>) -> Double {
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }

    /// What merging compares of one statement, worked out once: merging compares every new
    /// statement with every kept one.
    struct Reading {
        var negated: Bool
        var words: Set<String>
        /// The words less those a paraphrase may swap.
        var core: Set<String>
        var numbers: Set<String>

        init(_ statement: String) {
            negated = NegationPolarity.isNegated(statement)
            words = RequirementMerger.contentWords(RequirementMerger.withoutProductSubject(statement))
            core = words.subtracting(RequirementMerger.lightWords)
            numbers = RequirementMerger.numbers(words)
        }
    }

    /// Whether two statements state one need (see the type's documentation).
    package func sameNeed(_ lhs: String, _ rhs: String) -> Bool {
        sameNeed(Reading(lhs), Reading(rhs))
    }

    func sameNeed(_ left: Reading, _ right: Reading) -> Bool {
        guard left.negated == right.negated, left.numbers == right.numbers else { return false }
        let similarity = Self.similarity(left.words, right.words)
        let smaller = min(left.words.count, right.words.count)
        if similarity >= 0.5, similarity < threshold, smaller >= 2,
            left.words.isSubset(of: right.words) || right.words.isSubset(of: left.words)
        {
            return true
        }
        guard similarity >= threshold else { return false }
        return left.core.isSubset(of: right.core) || right.core.isSubset(of: left.core)
    }

    /// `statement` without a subject that only names the product being built ("The device should sit
    /// flat on a desk." and "The design should sit flat." are one need, as "The system ..." and
    /// "The app ..." are): what a need asks of the product is what tells two needs apart.
    static func withoutProductSubject(_ statement: String) -> String {
        let words = statement.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count > 2, ["the", "this", "our"].contains(words[0].lowercased()),
            productNouns.contains(words[1].lowercased())
        else { return statement }
        var rest = words.dropFirst(2)
        if words[1].lowercased() == "remote", rest.first?.lowercased() == "control" { rest = rest.dropFirst() }
        return rest.joined(separator: " ")
    }

    /// Nouns a speaker calls the product by, whatever it is.
    static let productNouns: Set<String> = ["remote", "product", "device", "design", "gadget", "unit", "tool"]

    /// Words a paraphrase may swap without changing the need ("each patient", "every patient").
    static let lightWords: Set<String> = [
        "each", "every", "their", "his", "her", "always", "really", "just", "also", "only", "whole", "very",
        "quickly", "automatically", "actually", "need", "want", "like", "sure",
    ]

    /// Whether `later`, said as a correction, replaces `earlier`: same polarity, similar words, and
    /// a changed number or a single word swapped for another.
    package func corrects(_ later: Requirement, _ earlier: Requirement) -> Bool {
        guard later.sourceRefs.contains(where: { Self.isCorrection($0.quote) }) else { return false }
        return corrects(Reading(later.statement), Reading(earlier.statement))
    }

    /// Whether a statement said as a correction replaces `earlier`.
    func corrects(_ later: Reading, _ earlier: Reading) -> Bool {
        let left = earlier.words
        let right = later.words
        guard earlier.negated == later.negated, Self.similarity(left, right) >= correctionThreshold
        else { return false }
        let changedNumber = Self.numbers(left) != Self.numbers(right) && !Self.numbers(right).isEmpty
        let swapped = left.subtracting(right).count == 1 && right.subtracting(left).count == 1
        return changedNumber || swapped
    }

    /// `requirements` (in source order) with restatements folded into their first statement and
    /// corrections in place of what they correct.
    package func merge(_ requirements: [Requirement]) -> [Requirement] {
        var merged: [Requirement] = []
        var readings: [Reading] = []
        for requirement in requirements {
            let reading = Reading(requirement.statement)
            if let index = readings.indices.first(where: { sameNeed(readings[$0], reading) }) {
                // The kept statement stays, and its reading, unless the later one only narrows it
                // ("We'd want reminders, by SMS." after "We'd want reminders.").
                let narrowed = Self.narrows(requirement.statement, merged[index].statement)
                merged[index] = Self.fold(requirement, into: merged[index])
                if narrowed {
                    merged[index].statement = requirement.statement
                    merged[index].title = requirement.title
                    readings[index] = reading
                }
            } else if requirement.sourceRefs.contains(where: { Self.isCorrection($0.quote) }),
                let index = readings.indices.last(where: { corrects(reading, readings[$0]) })
            {
                merged[index] = Self.supersede(merged[index], with: requirement)
                readings[index] = reading
            } else if let index = merged.indices.last(where: {
                Self.restatesRefusal(requirement, merged[$0]) || Self.echoesRefusal(requirement, merged[$0])
            }) {
                merged[index] = Self.fold(requirement, into: merged[index])
            } else if let index = merged.indices.last(where: { Self.retracts(requirement, merged[$0]) }) {
                merged[index] = Self.supersede(merged[index], with: requirement)
                readings[index] = reading
            } else {
                merged.append(requirement)
                readings.append(reading)
            }
        }
        return merged
    }

    /// Whether `later` says `earlier` and then, after a comma, what narrows it.
    static func narrows(_ later: String, _ earlier: String) -> Bool {
        let stem = TextCleanup.trim(earlier, " .!")
        return stem.count > 10 && later.hasPrefix(stem + ", ") && later.count > stem.count + 3
    }

    /// Whether `later` takes back what the same speaker asked for a few turns earlier: "A photo on
    /// their record would be good." … "No, forget the photo. No photos." A short "No X." that
    /// names a content word of the earlier wish replaces it; anything longer may rule out only a
    /// part ("no app for the staff") and stays a requirement of its own.
    static func retracts(_ later: Requirement, _ earlier: Requirement) -> Bool {
        guard later.priority == .wont, earlier.priority != .wont, !NegationPolarity.isNegated(earlier.statement),
            let said = later.sourceRefs.first, let asked = earlier.sourceRefs.first,
            said.sessionID == asked.sessionID, said.speaker == asked.speaker,
            (1...6).contains(said.turn - asked.turn)
        else { return false }
        let words = TextTokens(later.statement).words
        guard words.first == "no", (2...4).contains(words.count) else { return false }
        let ruledOut = Set(words.dropFirst().filter { !stopWords.contains($0) }.map(stem))
        return !ruledOut.isEmpty && ruledOut.isSubset(of: contentWords(earlier.statement))
    }

    /// Whether `later` says again, in the same or the next turn of the same speaker, what a short
    /// refusal rules out: "No app, please. I don't want people downloading an app to fix a flat."
    /// is one Won't, not two.
    static func restatesRefusal(_ later: Requirement, _ earlier: Requirement) -> Bool {
        guard later.priority == .wont, earlier.priority == .wont, let said = later.sourceRefs.first,
            earlier.sourceRefs.contains(where: {
                said.sessionID == $0.sessionID && said.speaker == $0.speaker && (0...1).contains(said.turn - $0.turn)
            })
        else { return false }
        // Product words ("app") are no content when needs are compared, but here they are what
        // was refused.
        let filler: Set<String> = ["please", "the", "a", "an", "any", "more", "thanks", "really"]
        let ruledOut = { (statement: String) -> Set<String>? in
            let words = TextTokens(statement).words.filter { !filler.contains($0) }
            guard words.first == "no", (2...4).contains(words.count) else { return nil }
            return Set(words.dropFirst().map(stem))
        }
        // "log in" is "login", "check out" is "checkout": each pair of words said as one too.
        let words = { (statement: String) in
            let said = TextTokens(statement).words
            return Set((said + zip(said, said.dropFirst()).map { $0 + $1 }).map(stem))
        }
        if let short = ruledOut(earlier.statement) { return short.isSubset(of: words(later.statement)) }
        if let short = ruledOut(later.statement) { return short.isSubset(of: words(earlier.statement)) }
        return false
    }

    /// Whether `later` is a short "No X." that sums up, a few turns on, what an earlier statement
    /// already rules out, whoever says it: "It has to dim LED bulbs without flickering." … "No
    /// flicker." is one need.
    static func echoesRefusal(_ later: Requirement, _ earlier: Requirement) -> Bool {
        // A "No X." is kept as a Won't; anything else is no echo, and is ruled out before any
        // statement is read (merging compares every new requirement with every kept one).
        guard later.priority == .wont, let said = later.sourceRefs.first,
            earlier.sourceRefs.contains(where: {
                said.sessionID == $0.sessionID && (0...echoTurns).contains(said.turn - $0.turn)
            }),
            NegationPolarity.isNegated(earlier.statement)
        else { return false }
        let words = TextTokens(later.statement).words.filter { !echoFillers.contains($0) }
        guard words.first == "no", (2...3).contains(words.count) else { return false }
        let ruledOut = Set(words.dropFirst().map(stem))
        return ruledOut.isSubset(of: Set(TextTokens(earlier.statement).words.map(stem)))
    }

    /// How many turns on a short refusal may still sum up an earlier one.
    static let echoTurns = 10
    static let echoFillers: Set<String> = ["please", "the", "a", "an", "any", "more", "thanks", "really", "at", "all"]

    /// The correction in the place of the earlier requirement, which it keeps as history.
    static func supersede(_ earlier: Requirement, with later: Requirement) -> Requirement {
        var result = later
        result.id = earlier.id
        let source = earlier.sourceRefs.first.map { " (\($0.sessionID), turn \($0.turn), \($0.speaker))" } ?? ""
        let history = "Supersedes \u{201C}\(earlier.statement)\u{201D}\(source), corrected later."
        result.rationale = [later.rationale, history].compactMap { $0 }.joined(separator: " ")
        return result
    }

    /// Whether a quote is said as a correction of something said before.
    static func isCorrection(_ quote: String) -> Bool {
        let lower = " " + TextTokens(quote).words.joined(separator: " ") + " "
        return correctionMarkers.contains { ByteSearch.contains(lower, " " + $0 + " ") }
    }

    static let correctionMarkers = [
        "actually", "instead", "make that", "change that", "change it", "lets change", "on second thought",
        "on second thoughts", "correction", "i meant", "scratch that", "rather than", "not anymore", "no longer",
        "we changed", "weve changed", "after all",
    ]

    /// The numbers among content words ("5", "4.5"): two values of one thing are never one need.
    static func numbers(_ words: Set<String>) -> Set<String> {
        words.filter { TextTokens.isNumber($0) }
    }

    /// The earlier requirement with the later one's sources, criteria and stronger priority (or the
    /// priority a speaker corrected to).
    static func fold(_ later: Requirement, into earlier: Requirement) -> Requirement {
        var result = earlier
        for ref in later.sourceRefs where !result.sourceRefs.contains(ref) { result.sourceRefs.append(ref) }
        for criterion in later.acceptanceCriteria where !result.acceptanceCriteria.contains(criterion) {
            result.acceptanceCriteria.append(criterion)
        }
        // A speaker who takes back the priority they gave ("actually, that's only nice to have")
        // sets it; otherwise the stronger one stands, and two said in words are a finding.
        if let ref = later.sourceRefs.first, earlier.sourceRefs.contains(where: { $0.speaker == ref.speaker }),
            PriorityDisagreementRule.correctsItself(ref.quote), let said = PriorityWords.priority(in: ref.quote)
        {
            result.priority = said
        } else {
            result.priority = min(earlier.priority, later.priority)
        }
        result.condition = earlier.condition ?? later.condition
        let restated = Double(result.sourceRefs.count - 1)
        result.confidence =
            ((min(0.99, max(earlier.confidence, later.confidence) + 0.05 * restated)) * 100).rounded()
            / 100
        let restatements = "stated \(result.sourceRefs.count) times; restatements merged."
        result.rationale =
            earlier.isInSpeakersWords
            ? Requirement.speakerWordingNote + ": reword as one requirement statement before sign-off; " + restatements
            : TextCleanup.capitalizedFirst(restatements)
        return result
    }

    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "shall", "should", "must", "may", "will", "be", "able", "to", "of", "for", "and", "or",
        "in", "on", "at", "by", "with", "system", "it", "is", "are", "that", "this", "we", "i", "our", "their",
        "they", "them", "all", "any", "so", "really", "just", "also", "can", "could", "would", "from", "as",
        "provide", "user", "users", "app", "application", "its", "have", "has", "been", "into", "up",
    ]
}
