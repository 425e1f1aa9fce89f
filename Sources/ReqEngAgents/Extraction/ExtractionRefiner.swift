import ReqEngModel

/// Repairs what extraction can repair after validation: splits compound requirements, attaches a
/// missing actor, and drops candidates that have no action (they were not requirements).
///
/// Ids stay stable: an untouched requirement keeps its id, the first part of a split keeps the
/// parent's id, and further parts get the next free numbers above the current highest id, in order.
package struct ExtractionRefiner: Sendable {
    /// What a refinement pass did.
    package struct Outcome: Sendable, Hashable {
        package var requirements: [Requirement]
        package var split: Int
        package var dropped: Int
        package var actorsAttached: Int
    }

    package var classifier: RequirementClassifier

    package init(classifier: RequirementClassifier = RequirementClassifier()) {
        self.classifier = classifier
    }

    package func refine(_ requirements: [Requirement], issues: [QualityIssue]) -> Outcome {
        var flagged: [String: Set<String>] = [:]
        for issue in issues {
            guard let id = issue.requirementID else { continue }
            flagged[id, default: []].insert(issue.issueType)
        }
        var nextNumber = (requirements.compactMap { Self.number(of: $0.id) }.max() ?? 0) + 1
        var outcome = Outcome(requirements: [], split: 0, dropped: 0, actorsAttached: 0)
        for requirement in requirements {
            // Kept in the speaker's words on purpose: a rewrite here would guess.
            let types = requirement.isInSpeakersWords ? [] : flagged[requirement.id] ?? []
            var current = requirement
            if types.contains("missing_action") {
                if let action = Self.verbPhrase(current) {
                    current.action = action
                } else {
                    outcome.dropped += 1
                    continue
                }
            }
            if types.contains("missing_actor") && current.actor == nil {
                current = Self.attachingSystemActor(current)
                outcome.actorsAttached += 1
            }
            guard types.contains("compound_requirement") else {
                outcome.requirements.append(current)
                continue
            }
            let parts = splitCompound(current)
            if parts.count > 1 { outcome.split += 1 }
            for (index, part) in parts.enumerated() {
                var copy = part
                if index > 0 {
                    copy.id = ExtractionAgent.id(nextNumber)
                    nextNumber += 1
                }
                outcome.requirements.append(copy)
            }
        }
        return outcome
    }

    /// The requirement split on coordinated clauses ("send X and must log Y", "X and also Y").
    func splitCompound(_ requirement: Requirement) -> [Requirement] {
        guard let action = requirement.action else { return [requirement] }
        let pieces = Self.clauses(of: action)
        guard pieces.count > 1 else { return [requirement] }
        let subject = Self.subject(of: requirement)
        return pieces.map { piece in
            var part = requirement
            let priority = piece.priority ?? requirement.priority
            let statement = NormalizedStatement(
                actor: requirement.actor, action: piece.text, condition: requirement.condition,
                negated: piece.negated, subject: subject)
            part.action = piece.text
            part.priority = priority
            part.statement = statement.statement(priority: priority)
            part.title = RequirementTitle.title(of: part.statement)
            let classification = classifier.classify(part.statement)
            part.type = classification.type
            part.category = classification.category
            part.acceptanceCriteria = AcceptanceCriteriaExtractor().criteria(in: piece.text)
            part.rationale = "Split from a compound requirement."
            return part
        }
    }

    /// One clause of a compound action, with the modal it carried.
    struct Clause: Sendable, Hashable {
        var text: String
        var priority: Priority?
        var negated: Bool
    }

    /// Splits an action on "and [also] <modal>", "; ", "and also", or "and <action verb>".
    static func clauses(of action: String) -> [Clause] {
        let words = action.split(separator: " ").map(String.init)
        var clauses: [Clause] = []
        var current: [String] = []
        var currentPriority: Priority?
        var currentNegated = false
        var index = 0
        while index < words.count {
            let word = words[index]
            let bare = SpeechCleaner.bare(word)
            let isJoin = bare == "and" || word.hasSuffix(";")
            if isJoin && !current.isEmpty {
                var look = index + (bare == "and" ? 1 : 0)
                if word.hasSuffix(";") { current.append(String(word.dropLast())) }
                if look < words.count && SpeechCleaner.bare(words[look]) == "also" { look += 1 }
                let rest = words[look...].map(SpeechCleaner.bare)
                if let (cue, start) = NeedDetector.firstCue(in: Array(rest)), start == 0 {
                    clauses.append(
                        Clause(text: current.joined(separator: " "), priority: currentPriority, negated: currentNegated)
                    )
                    current = []
                    currentPriority = cue.priority
                    currentNegated = cue.negated
                    index = look + cue.words.count
                    if index < words.count && SpeechCleaner.bare(words[index]) == "also" { index += 1 }
                    continue
                }
                let alsoJoin = look > index + 1
                if (alsoJoin || word.hasSuffix(";"))
                    || (rest.first.map { StatementBuilder.startsWithVerb($0) } ?? false)
                        && current.count >= 2 && rest.count >= 2
                {
                    clauses.append(
                        Clause(text: current.joined(separator: " "), priority: currentPriority, negated: currentNegated)
                    )
                    current = []
                    currentPriority = nil
                    currentNegated = false
                    index = look
                    continue
                }
                if word.hasSuffix(";") {
                    index += 1
                    continue
                }
            }
            current.append(word)
            index += 1
        }
        if !current.isEmpty {
            clauses.append(
                Clause(text: current.joined(separator: " "), priority: currentPriority, negated: currentNegated))
        }
        return clauses.map { clause in
            var copy = clause
            copy.text = TextCleanup.trim(copy.text, " ,.;")
            return copy
        }.filter { $0.text.contains(where: \.isLetter) }
    }

    /// The written subject of a statement: the words before its modal.
    static func subject(of requirement: Requirement) -> String {
        let words = requirement.statement.split(separator: " ").map(String.init)
        let modals: Set<String> = ["shall", "should", "may", "will"]
        guard let index = words.firstIndex(where: { modals.contains($0) }), index > 0 else { return "The system" }
        return words[..<index].joined(separator: " ")
    }

    /// The action if it has a verb, else the words after the statement's modal if they do.
    static func verbPhrase(_ requirement: Requirement) -> String? {
        let candidates = [requirement.action ?? "", afterModal(requirement.statement)]
        return candidates.first { candidate in
            let first = SpeechCleaner.bare(String(candidate.split(separator: " ").first ?? ""))
            return !first.isEmpty && (StatementBuilder.startsWithVerb(first) || verbLike(first))
        }
    }

    static func afterModal(_ statement: String) -> String {
        let words = statement.split(separator: " ").map(String.init)
        let modals: Set<String> = ["shall", "should", "may", "will"]
        guard let index = words.firstIndex(where: { modals.contains($0) }) else { return "" }
        var rest = Array(words[(index + 1)...])
        if rest.first == "not" { rest.removeFirst() }
        return TextCleanup.trim(rest.joined(separator: " "), " .")
    }

    /// A word that reads as a base-form verb (not a determiner, number or pronoun).
    static func verbLike(_ word: String) -> Bool {
        !StatementBuilder.determiners.contains(word) && !(word.first?.isNumber ?? true)
            && !["it", "they", "we", "i", "you", "he", "she", "there", "here", "very", "more", "less"].contains(word)
    }

    /// Sets the actor to the system; a passive statement becomes "The system shall ensure that ...".
    static func attachingSystemActor(_ requirement: Requirement) -> Requirement {
        var copy = requirement
        copy.actor = "system"
        let subject = subject(of: requirement)
        let lowerSubject = subject.lowercased()
        guard !lowerSubject.hasPrefix("the system") else { return copy }
        let rest = afterModal(requirement.statement)
        let negated = requirement.statement.contains(" not ")
        let plural = lowerSubject.hasSuffix("s")
        if rest.hasPrefix("be ") {
            let verb = (plural ? "are" : "is") + (negated ? " not" : "")
            copy.statement =
                "The system shall ensure that \(TextCleanup.lowercasedFirst(subject)) \(verb) \(rest.dropFirst(3))."
        }
        return copy
    }

    /// The number of a `REQ-nnn` id.
    static func number(of id: String) -> Int? {
        guard id.hasPrefix("REQ-") else { return nil }
        return Int(id.dropFirst(4))
    }
}
