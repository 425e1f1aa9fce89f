import ReqEngModel

/// An interviewer's recap of what the stakeholder just said ("So rooms have a capacity and the tool
/// respects it?" "Yes."), read together with what it recaps.
extension ExtractionAgent {
    /// `candidates` (in source order) with each confirmed recap folded together with the needs the
    /// stakeholder stated in the turn or two before it: one need, said and then agreed in the
    /// recap's words, instead of two requirements that a reviewer would have to merge by hand.
    ///
    /// A recap is a proposal (a candidate citing a stakeholder's reply, then an interviewer's
    /// sentence) that sums up (``recaps(_:)``). It takes in an earlier need when they share a content word
    /// and the recap keeps every number of it; the recap's wording is kept, since it is the form
    /// the stakeholder agreed to, and the stakeholder's own sentence is cited first. A refused recap
    /// takes in only what was ruled out.
    static func foldingRecaps(_ candidates: [Requirement], interviewers: Set<String>) -> [Requirement] {
        var result: [Requirement?] = candidates
        for (index, recap) in candidates.enumerated() {
            guard recap.sourceRefs.count == 2, let proposal = recap.sourceRefs.last,
                interviewers.contains(proposal.sessionID + "\u{0}" + proposal.speaker),
                Self.recaps(proposal.quote)
            else { continue }
            let recapWords = Self.recapWords(recap.statement)
            let recapNumbers = RequirementMerger.numbers(recapWords)
            let folded = (0..<index).filter { earlier in
                // The stakeholder's own sentence, or their answer citing the question it answers.
                guard let requirement = result[earlier], let first = requirement.sourceRefs.first,
                    requirement.sourceRefs.dropFirst().allSatisfy({
                        interviewers.contains($0.sessionID + "\u{0}" + $0.speaker)
                    }), first.sessionID == proposal.sessionID,
                    (proposal.turn - 2)..<proposal.turn ~= first.turn,
                    !interviewers.contains(first.sessionID + "\u{0}" + first.speaker)
                else { return false }
                // A refused recap ("So no map?" "No.") never takes in a need that was stated, only
                // one said in the negative ("Double appointments are not online").
                if recap.priority == .wont {
                    guard requirement.priority == .wont || NegationPolarity.isNegated(requirement.statement) else {
                        return false
                    }
                } else {
                    guard requirement.priority != .wont else { return false }
                }
                let words = Self.recapWords(requirement.statement)
                // The people both speak of ("patients") are no shared content: every need has some.
                return !words.intersection(recapWords).subtracting(GeneralWords.common).subtracting(Self.peopleStems)
                    .isEmpty
                    && RequirementMerger.numbers(words).isSubset(of: recapNumbers)
            }
            // "Customers order cakes online. We need the orders on a printed list." "So a printable
            // list of the orders?": the recap sums up the need it shares most words with.
            let shared = { (position: Int) in
                result[position].map {
                    Self.recapWords($0.statement).intersection(recapWords).subtracting(GeneralWords.common).count
                } ?? 0
            }
            let most = folded.map(shared).max() ?? 0
            let closest = folded.filter { shared($0) == most }
            guard let first = closest.first else { continue }
            var merged = recap
            let earlier = closest.compactMap { result[$0] }
            merged.sourceRefs = earlier.flatMap(\.sourceRefs) + recap.sourceRefs
            // "So a printable list, per day." "Yes.": a recap said as a bare phrase agrees with the
            // sentence it sums up, which stays the statement.
            if earlier.count == 1, Self.isBarePhrase(recap.statement) { merged.statement = earlier[0].statement }
            // A refused recap stays a Won't: what it rules out is its statement.
            merged.priority =
                recap.priority == .wont ? .wont : (earlier.map(\.priority) + [recap.priority]).min() ?? recap.priority
            merged.confidence = (earlier.map(\.confidence) + [recap.confidence]).max() ?? recap.confidence
            merged.acceptanceCriteria = Array(
                (recap.acceptanceCriteria + earlier.flatMap(\.acceptanceCriteria)).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                })
            for position in closest { result[position] = nil }
            result[index] = nil
            result[first] = merged
        }
        return result.compactMap { $0 }
    }

    /// Whether a statement is a noun phrase with no verb ("A printable list, per day."): an
    /// article first, and no need phrase or form of "be" or "have" anywhere.
    static func isBarePhrase(_ statement: String) -> Bool {
        let words = TextTokens(statement).words
        guard let first = words.first, ["a", "an"].contains(first) else { return false }
        return !NeedDetector.containsNeedCue(words.joined(separator: " "))
            && !words.contains(where: { ["is", "are", "has", "have", "gets", "get", "was", "were"].contains($0) })
    }

    /// Whether an interviewer's sentence sums up rather than asks: it opens with "so" ("So rooms
    /// have a capacity?"), or it is said as a statement ("Eight per show, released two days
    /// before.", "And the reports monthly, with no names.").
    static func recaps(_ sentence: String) -> Bool {
        TextTokens(sentence).words.first == "so" || !sentence.contains("?")
    }

    /// `candidates` with a vague quality folded into the measure said right after it: "So it has
    /// to be fast on a phone. The list should be there in two seconds." is one need, said first
    /// loosely and then in a number a tester can check. The measured sentence is kept; it cites
    /// the loose one too. Only the next sentence of the same turn, with the same polarity, and only
    /// when the loose one names no number and the measured one a number with a unit.
    static func foldingMeasuredElaborations(_ candidates: [Requirement]) -> [Requirement] {
        var result: [Requirement?] = candidates
        for index in candidates.indices.dropLast() {
            guard let loose = result[index], let measured = result[index + 1], loose.sourceRefs.count == 1,
                measured.sourceRefs.count == 1, let said = loose.sourceRefs.first, let then = measured.sourceRefs.first,
                said.sessionID == then.sessionID, said.turn == then.turn, said.speaker == then.speaker,
                said.quote != then.quote,
                NegationPolarity.isNegated(loose.statement) == NegationPolarity.isNegated(measured.statement)
            else { continue }
            let looseWords = TextTokens(loose.statement).words
            let measuredWords = TextTokens(measured.statement).words
            guard looseWords.contains(where: vagueQualities.contains), !looseWords.contains(where: TextTokens.isNumber),
                measuredWords.indices.contains(where: { position in
                    TextTokens.isNumber(measuredWords[position])
                        && measuredWords[(position + 1)...].prefix(2).contains(where: measureUnits.contains)
                })
            else { continue }
            var merged = measured
            merged.sourceRefs.append(said)
            merged.priority = min(loose.priority, measured.priority)
            merged.confidence = max(loose.confidence, measured.confidence)
            for criterion in loose.acceptanceCriteria where !merged.acceptanceCriteria.contains(criterion) {
                merged.acceptanceCriteria.append(criterion)
            }
            result[index] = nil
            result[index + 1] = merged
        }
        return result.compactMap { $0 }
    }

    /// Qualities people say loosely before they put a number on them.
    static let vagueQualities: Set<String> = [
        "fast", "quick", "quickly", "responsive", "snappy", "speedy", "small", "light", "lightweight", "cheap",
        "affordable", "long", "loud", "bright", "thin", "compact",
    ]
    /// Units a measure of those qualities is given in.
    static let measureUnits: Set<String> = MeasureVocabulary.units.union([
        "cm", "mm", "centimetre", "centimetres", "centimeter", "centimeters", "millimetre", "millimetres", "g",
        "gram", "grams", "kg", "kilo", "kilos", "kilogram", "kilograms",
    ])

    /// `candidates` with a refusal's elaboration folded into the refused proposal: "Should the tool
    /// ask follow-up questions?" — "No. Absolutely not. We don't want the system doing triage." is
    /// one need, said no to and then said again in the stakeholder's words. Only after a bare
    /// refusal (a few words) and only a negative sentence of the same reply: a reply that goes on to
    /// a need of its own ("No. But we need X") keeps it.
    static func foldingRefusalElaborations(_ candidates: [Requirement]) -> [Requirement] {
        var result: [Requirement?] = candidates
        for (index, refused) in candidates.enumerated() {
            guard refused.sourceRefs.count == 2, let reply = refused.sourceRefs.first,
                refused.priority == .wont || NegationPolarity.isNegated(refused.statement),
                TextTokens(reply.quote).words.count <= 4
            else { continue }
            for later in candidates.indices.dropFirst(index + 1) {
                guard let elaboration = result[later], elaboration.sourceRefs.count == 1,
                    let ref = elaboration.sourceRefs.first, ref.sessionID == reply.sessionID, ref.turn == reply.turn,
                    ref.speaker == reply.speaker, ref.quote != reply.quote,
                    NegationPolarity.isNegated(elaboration.statement),
                    var merged = result[index]
                else { continue }
                merged.sourceRefs.insert(ref, at: 1)
                result[index] = merged
                result[later] = nil
            }
        }
        return result.compactMap { $0 }
    }

    /// `candidates` with each read-back item (at `items`) that repeats an earlier need of its
    /// session folded into it: "Turns itself off after three minutes." at the end of a meeting
    /// confirms the need stated earlier, which cites the read-back too. An item repeats a need when
    /// it shares two content words with it, and half of its own, and says no value the need does
    /// not.
    static func foldingReadBacks(_ candidates: [Requirement], items: Set<Int>) -> [Requirement] {
        var result: [Requirement?] = candidates
        for index in items.sorted() {
            guard let item = candidates[index].sourceRefs.first else { continue }
            let words = Self.recapWords(candidates[index].statement)
            let numbers = RequirementMerger.numbers(words)
            let earlier = (0..<index).last { position in
                // (A need that quotes the read-back's own turn is the list itself, not an earlier need.)
                guard !items.contains(position), let need = result[position],
                    need.sourceRefs.contains(where: { $0.sessionID == item.sessionID }),
                    !need.sourceRefs.contains(where: { $0.sessionID == item.sessionID && $0.turn == item.turn })
                else { return false }
                let needWords = Self.recapWords(need.statement)
                let content = words.subtracting(numbers).subtracting(GeneralWords.common)
                let shared = content.intersection(needWords).count
                // "Battery for 2 years": one word and the same number say the same need.
                return
                    (shared >= 2 && 2 * shared >= content.count
                    || shared == 1 && content.count == 1 && !numbers.isEmpty)
                    && numbers.isSubset(of: RequirementMerger.numbers(needWords))
            }
            guard let earlier, var need = result[earlier] else { continue }
            need.sourceRefs.append(item)
            result[earlier] = need
            result[index] = nil
        }
        return result.compactMap { $0 }
    }

    /// Content words stemmed to a fixed point, so "bookings" and "booking" are one word.
    static let peopleStems = Set(
        PointerResolution.peopleNouns.map { RequirementMerger.stem(RequirementMerger.stem($0)) })

    static func recapWords(_ statement: String) -> Set<String> {
        Set(RequirementMerger.contentWords(statement).map { RequirementMerger.stem(RequirementMerger.stem($0)) })
    }
}
