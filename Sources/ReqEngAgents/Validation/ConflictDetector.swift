/// Finds contradictions between two requirements: opposite modals on the same action, numeric
/// limits on the same quantity that leave no common value or set it differently, and different
/// picks from one set of exclusive choices.
///
/// "The same" is judged on concepts (``ConceptLexicon``), so "pay by card" meets "take card
/// payments" and "stay logged in" meets "session times out". Two stakeholders giving one limit two
/// values ("over 50 units" against "above 200 units") is reported too: only one can be built.
package enum ConflictDetector {
    /// A contradiction between two statements, described for the message.
    package struct Conflict: Sendable, Hashable {
        /// What each side says, quoted in messages and questions.
        package var first: String
        package var second: String
        /// Why they cannot both hold.
        package var reason: String
    }

    package static func conflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        polarityConflict(lhs, rhs) ?? boundConflict(lhs, rhs) ?? choiceConflict(lhs, rhs)
    }

    /// Least share of the shorter statement's concepts that two quantities' statements must share to
    /// be about the same quantity when their limits leave no common value (0.3 paired unrelated
    /// response times of a 600-statement public set; 0.45 keeps every pair of the tests).
    package static let sameQuantityThreshold = 0.45
    /// The same when the statements share a known concept ("session", "offline"): such a word
    /// pins the subject down on its own.
    package static let conceptQuantityThreshold = 0.3
    /// The same for two limits of one kind (or two set values) that differ: a stricter match, since
    /// "within 2 s" and "within 5 s" are often about different things.
    package static let sameSettingThreshold = 0.45
    /// The match two set values ("after 15 minutes", "after 30 minutes") need: statements often name
    /// several durations, so only near-identical wording says they set the same thing.
    package static let exactSettingThreshold = 0.6
    /// Least share of the forbidden action's concepts (its predicate without light verbs) that the
    /// requiring statement must contain.
    package static let sameActionThreshold = 0.6
    /// Words that make a statement conditional; a prohibition with a condition the other side lacks
    /// is an exception to it ("shall not apply if no parts are returned"), not its opposite.
    /// So do days and times ("shall not go out on Sundays" against "shall go out a day before").
    static let conditionWords: Set<String> = [
        "if", "when", "unless", "except", "only", "while", "during", "once", "whenever", "without", "sunday",
        "sundays", "saturday", "saturdays", "weekend", "weekends", "holiday", "holidays", "night", "nights",
        "overnight", "evening", "evenings", "weekday", "weekdays",
    ]

    /// "must cancel" against "must not cancel" (or "must be able to pay by card" against "must not
    /// take card payments"): opposite modals on what is, in concepts, the same action.
    static func polarityConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        guard lhs.modalRange != nil, rhs.modalRange != nil, lhs.isNegative != rhs.isNegative else { return nil }
        let (positive, negative) = lhs.isNegative ? (rhs, lhs) : (lhs, rhs)
        // "only X shall search" already forbids everyone else; "others shall not search" agrees with it.
        guard !positive.text.tokens.contains("only") else { return nil }
        // A prohibition with a condition of its own is an exception ("shall not apply if ..."), unless
        // the requirement insists on that case too ("... even when the camera is broken").
        let extraConditions = conditionWords.intersection(negative.text.tokens)
            .subtracting(positive.text.tokens)
        let tokens = positive.text.tokens
        let insists = tokens.indices.dropLast().contains {
            tokens[$0] == "even" && ["when", "if"].contains(tokens[$0 + 1])
        }
        guard extraConditions.isEmpty || insists else { return nil }
        // "patients must not cancel" says nothing about what staff may do.
        if let left = lhs.requirement.actor, let right = rhs.requirement.actor, left != right,
            left != "system", right != "system"
        {
            return nil
        }
        let shared = positive.specificConcepts.intersection(negative.specificConcepts)
        // What is forbidden must be what is required: its verb ("edit"), or for a light verb ("take
        // card payments") its object.
        guard let forbidden = negative.forbiddenHead, positive.predicateConcepts.contains(forbidden) else {
            return nil
        }
        // Most of what is forbidden is required: "not send medical details by SMS" adds an object
        // that "send an SMS reminder" lacks, and is no opposite of it.
        let forbiddenAction = negative.specificPredicateConcepts.subtracting(lightVerbs)
        let covered = forbiddenAction.intersection(positive.concepts)
        guard shared.count >= 2, !forbiddenAction.isEmpty,
            Double(covered.count) / Double(forbiddenAction.count) >= sameActionThreshold
        else { return nil }
        return Conflict(
            first: lhs.requirement.statement, second: rhs.requirement.statement,
            reason: "one requires the action and the other forbids it")
    }

    /// The concept a statement's action turns on: its first predicate concept, or the next one after
    /// a light verb ("take", "have", "get").
    /// `predicate` is the statement's tokens after its modal; the analysis keeps the answer.
    static func actionHead(predicate: [String]) -> String? {
        let words = ConceptLexicon.canonical(predicate).filter {
            !ValidationLexicon.stopWords.contains($0) && !ConceptLexicon.ignored.contains($0)
                && !($0.first?.isNumber ?? false)
        }
        let keys = ConceptLexicon.keys
        let concepts = words.map { keys.contains($0) ? $0 : StatementAnalysis.stem($0) }
        guard let first = concepts.first else { return nil }
        if lightVerbs.contains(first), concepts.count > 1 { return concepts[1] }
        return first
    }

    static let lightVerbs: Set<String> = ["accept", "giv", "mak", "handl", "offer", "support", "provid", "process"]

    /// "at least 24 hours" against "up to 2 hours", or "over 50 units" against "above 200 units",
    /// on the same quantity.
    static func boundConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        guard !lhs.bounds.isEmpty, !rhs.bounds.isEmpty else { return nil }
        let left = lhs.specificConcepts
        let right = rhs.specificConcepts
        // One shared word is enough only between short statements, or when it names a known concept
        // ("the session ... 15 minutes" against "stay signed in ... 6 hours at least").
        let common = left.intersection(right)
        let shared = common.count
        let namesAConcept = common.contains { ConceptLexicon.keys.contains($0) }
        guard shared >= 2 || (shared == 1 && (min(left.count, right.count) <= 2 || namesAConcept)) else { return nil }
        let context = StatementAnalysis.overlap(left, right)
        let sides = (moneySide(lhs.text.tokens), moneySide(rhs.text.tokens))
        for first in lhs.bounds {
            for second in rhs.bounds where first.dimension == second.dimension {
                // What a buyer pays and what one unit costs to make are two amounts of one currency.
                if first.dimension.hasPrefix("money:"), let left = sides.0, let right = sides.1, left != right {
                    continue
                }
                let needed = namesAConcept ? conceptQuantityThreshold : sameQuantityThreshold
                if context >= needed && disjoint(first, second) {
                    return Conflict(
                        first: first.phrase, second: second.phrase,
                        reason: "the two limits leave no value that meets both")
                }
                let pinned =
                    first.kind == .exact
                    ? context >= exactSettingThreshold && shared >= 2 : fixesTheLimit(lhs) || fixesTheLimit(rhs)
                if context >= sameSettingThreshold && first.kind == second.kind && !same(first.value, second.value)
                    && pinned
                {
                    return Conflict(
                        first: first.phrase, second: second.phrase,
                        reason: "they set different values for the same limit")
                }
            }
        }
        return nil
    }

    /// Which side of a sale an amount of money is on: what the buyer pays ("selling price", "retail
    /// at") or what making the product costs ("production cost", "cost us … to build"); `nil` when the
    /// statement names neither, or both.
    static func moneySide(_ tokens: [String]) -> MoneySide? {
        let making = tokens.contains { makingWords.contains($0) }
        let selling = tokens.contains { sellingWords.contains($0) }
        switch (making, selling) {
        case (true, false): return .making
        case (false, true): return .selling
        default: return nil
        }
    }

    enum MoneySide { case making, selling }

    static let makingWords: Set<String> = [
        "production", "produce", "produced", "producing", "manufacture", "manufacturing", "manufactured", "build",
        "building", "built", "make", "making", "parts", "components", "materials",
    ]
    static let sellingWords: Set<String> = [
        "sell", "sells", "selling", "sold", "retail", "retails", "retailing", "price", "priced", "buyers",
        "customers", "pay", "pays",
    ]

    /// Concepts too common to show that two statements are about the same thing.
    static let unspecific: Set<String> = [
        "person", "show", "time", "day", "befor", "before", "after", "every", "use", "new", "support", "provid",
        "mak", "system", "ensur", "abl",
    ]

    /// Whether a statement pins its limit down rather than only capping it: a granted ability
    /// ("can book up to 2 hours before": booking then must be allowed) or an "only" ("approval only
    /// above 200 units"). Two plain caps of different size are no conflict: the stricter meets both.
    static func fixesTheLimit(_ analysis: StatementAnalysis) -> Bool {
        analysis.text.tokens.contains("only") || analysis.bounds.contains(where: \.granted)
    }

    /// Whether no value meets both limits (a set value counts as a limit from both sides).
    static func disjoint(_ left: NumericBound, _ right: NumericBound) -> Bool {
        switch (left.kind, right.kind) {
        case (.lower, .upper), (.exact, .upper): left.value > right.value && !same(left.value, right.value)
        case (.upper, .lower), (.upper, .exact): right.value > left.value && !same(left.value, right.value)
        case (.exact, .lower): left.value < right.value && !same(left.value, right.value)
        case (.lower, .exact): right.value < left.value && !same(left.value, right.value)
        default: false
        }
    }

    static func same(_ left: Double, _ right: Double) -> Bool {
        abs(left - right) <= 1e-9 * max(abs(left), abs(right), 1)
    }

    /// "use PostgreSQL" against "use MySQL".
    static func choiceConflict(_ lhs: StatementAnalysis, _ rhs: StatementAnalysis) -> Conflict? {
        guard !lhs.isNegative, !rhs.isNegative,
            lhs.hasChoiceVerb, rhs.hasChoiceVerb
        else { return nil }
        for group in ValidationLexicon.exclusiveChoices {
            let left = group.indices.filter { !lhs.text.matches(group[$0]).isEmpty }
            let right = group.indices.filter { !rhs.text.matches(group[$0]).isEmpty }
            guard left.count == 1, right.count == 1, let pick = left.first, let other = right.first, pick != other
            else { continue }
            let first = lhs.text.matches(group[pick]).first ?? group[pick][0]
            let second = rhs.text.matches(group[other]).first ?? group[other][0]
            return Conflict(
                first: first, second: second, reason: "they choose different options of which only one can hold")
        }
        return nil
    }

}
