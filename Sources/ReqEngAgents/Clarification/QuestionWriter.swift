import Foundation
import ReqEngModel

/// Turns a finding into a natural follow-up question that quotes the words at issue and offers options.
package enum QuestionWriter {
    /// Longest statement quoted in full; longer ones are shortened at a word boundary.
    static let quoteLimit = 140

    /// The question for `issue` about `requirement` (and, for pairs, `related` and its speaker).
    package static func text(
        for issue: QualityIssue, requirement: Requirement?, related: Requirement?, relatedSpeaker: String?
    ) -> String {
        let terms = quotedTerms(in: issue.message)
        let term = terms.first.map { "“\($0)”" } ?? "this wording"
        let statement = requirement.map { "“\(shorten($0.statement))” (\($0.id))" } ?? "this requirement"
        let options = options(for: terms.first, category: requirement?.category, statement: requirement?.statement)
        switch issue.issueType {
        case "vague_term":
            return "In \(statement), what does \(term) mean in measurable terms — \(options)?"
        case "unverifiable_nfr":
            let what = requirement?.category.map { $0.displayName.lowercased() } ?? "quality"
            return "What \(what) target should \(statement) meet — \(options)?"
        case "subjective_language":
            // "Easy to hold", "easy to edit": not a first use of the product, but a task of its own.
            if let task = requirement.flatMap({ easyTask(in: $0.statement) }) {
                return "How would we check that \(statement) is “easy to \(task)” — for example, who should "
                    + "manage it, and in how many steps or how much time?"
            }
            // "Look like a nice everyday watch": a matter of looks, judged by people who see it.
            if let text = requirement?.statement, TextTokens(text).words.contains(where: lookWords.contains) {
                return "How would we check that \(statement) is \(term) — for example, that most of a group of "
                    + "target users shown the design rate it that way, or that it matches a reference design?"
            }
            // "A simple mass-produced device": simple to make, not to use; counted in parts.
            if let text = requirement?.statement, TextTokens(text).words.contains(where: makingWords.contains) {
                return "How would we check that \(statement) is \(term) — for example, a maximum number of parts "
                    + "or components, or a maximum cost to make one unit?"
            }
            return "How would we check that \(statement) is \(term) — for example, that 9 in 10 first-time "
                + "users finish the task unaided within 3 minutes?"
        case "comparative_term":
            return "In \(statement), \(term) compared with what, and by how much — for example 20 % better than "
                + "today, or a fixed limit such as 2 seconds?"
        case "escape_clause":
            return "When exactly should \(statement) apply? \(capitalised(term)) leaves it open — is it always "
                + "required, or only under a condition you can name (for example during opening hours)?"
        case "open_ended":
            return "Which items exactly belong in \(statement)? \(capitalised(term)) leaves the list open — can "
                + "you name the complete list, or should it be only the items already named?"
        case "passive_voice":
            return "In \(statement), who should carry out \(term) — the system automatically, or a person "
                + "(for example a member of staff)?"
        case "ambiguous_pronoun":
            // "Someone can book a room": who may is the question, not what the word points at.
            if let first = terms.first, ["someone", "somebody", "anyone", "anybody"].contains(first.lowercased()) {
                let who = first.lowercased().hasPrefix("any") ? "does \(term) mean" : "is \(term)"
                return "In \(statement), who exactly \(who) — anyone at all, or only a particular kind of user "
                    + "(for example registered members)?"
            }
            return "In \(statement), what does \(term) refer to?"
        case VagueReferenceRule.issueType:
            return "In \(statement), which one is \(term)? Please name it."
        case "absolute_term":
            return "Is \(term) in \(statement) meant literally? What would be acceptable in practice — for "
                + "example 99.5 % or 99.9 % of the time?"
        case "missing_actor":
            return "Who should do this: \(statement) — the system itself, or a particular role?"
        case "missing_action":
            return "What exactly should happen for \(statement) — what should the system or the user do?"
        case "tbd":
            return "\(capitalised(statement)) still has \(term) open. What should it be, and who can decide it by when?"
        case "duplicate":
            return duplicateQuestion(statement: statement, related: related, relatedSpeaker: relatedSpeaker)
        case ContestedNeeds.issueType:
            let said = terms.first.map { "“\(shorten($0))”" } ?? statement
            let answer = terms.dropFirst().first.map { "“\(shorten($0))”" } ?? "a refusal"
            let requirementID = requirement.map { " (\($0.id))" } ?? ""
            return "You said \(said)\(requirementID), and the answer was \(answer). Which should hold, "
                + "and who decides?"
        case RuleDisagreement.issueType:
            // A short answer ("No. Nothing.") says little on its own: the requirement says what it meant.
            let quote = terms.first.flatMap { TextTokens($0).words.count >= 5 ? "You said “\(shorten($0))”" : nil }
            let restated = requirement.map { "\($0.id) says “\(shorten($0.statement))”" } ?? "This requirement"
            let said = quote.map { text in requirement.map { "\(text) (\($0.id))" } ?? text } ?? restated
            let other = terms.count >= 3 ? ", while “\(shorten(terms[1]))” was also said" : ""
            let need = terms.count >= 2 ? " Such products usually need this: \(terms[terms.count - 1])" : ""
            return "\(capitalised(said))\(other).\(need) Should it be left out on purpose?"
        case PriorityDisagreementRule.issueType:
            let first = terms.first.map { "“\(shorten($0))”" } ?? "one priority"
            let second = terms.dropFirst().first.map { "“\(shorten($0))”" } ?? "another"
            return "\(capitalised(statement)) was given two priorities: \(first) and \(second). Which priority "
                + "should it have?"
        case "conflict":
            return conflictQuestion(
                requirement: requirement, related: related, relatedSpeaker: relatedSpeaker, terms: terms)
        default:
            return "Could you clarify \(statement)? \(issue.message)"
        }
    }

    private static func duplicateQuestion(statement: String, related: Requirement?, relatedSpeaker: String?) -> String {
        guard let related else {
            return "\(capitalised(statement)) seems to repeat another requirement. Can they be merged?"
        }
        let who = relatedSpeaker.map { ", raised by \($0)" } ?? ""
        return "\(capitalised(statement)) and “\(shorten(related.statement))” (\(related.id)\(who)) look like the "
            + "same need. Can we merge them into one, or how do they differ?"
    }

    private static func conflictQuestion(
        requirement: Requirement?, related: Requirement?, relatedSpeaker: String?, terms: [String]
    ) -> String {
        let first = terms.first ?? requirement.map { shorten($0.statement) } ?? "one position"
        let second = terms.dropFirst().first ?? related.map { shorten($0.statement) } ?? "another position"
        let firstID = requirement?.id ?? "one requirement"
        let secondID = related?.id ?? "another requirement"
        let who = relatedSpeaker.map { " (from \($0))" } ?? ""
        // Each position is quoted once: the choice names them by their ids.
        let stop = second.last.map { ".!?".contains($0) } == true ? "" : "."
        return "\(firstID) says “\(first)” but \(secondID)\(who) says “\(second)”\(stop) Which should hold: "
            + "\(firstID), \(secondID), or a different rule for different cases?"
    }

    /// Words of the calendar, which make "soon" a matter of days.
    static let calendarWords: Set<String> = [
        "date", "dates", "day", "days", "week", "weeks", "month", "months", "deadline", "deadlines",
    ]

    /// Example answers for a vague word, by what the word is about, else by the requirement's category.
    static func options(for term: String?, category: NFRCategory?, statement: String? = nil) -> String {
        let speed: Set<String> = [
            "fast", "quick", "quickly", "rapid", "rapidly", "responsive", "promptly", "timely", "in a timely manner",
            "immediately", "instantly", "instant", "real time", "soon", "performant",
        ]
        let amount: Set<String> = [
            "some", "several", "many", "a lot of", "lots of", "a few", "few", "various", "numerous",
        ]
        // "A date that's too soon": days ahead on a calendar, not a response time.
        if term == "soon", let statement,
            TextTokens(statement).words.contains(where: { calendarWords.contains($0) })
        {
            return "for example at least 1 day ahead, or at least 1 week ahead"
        }
        if let term, speed.contains(term) { return "for example within 1 second or within 2 seconds at peak times" }
        // "few" is a small number, not "at least" one: "as few steps as possible", "every few minutes".
        if let term, ["few", "a few", "fewer"].contains(term) { return "for example 3, or 5" }
        // "Not too many buttons", "too much text": a ceiling, not a floor.
        if let term, amount.contains(term), let statement,
            TextTokens(statement).matches(["too", term]) > 0 || TextTokens(statement).matches(["so", term]) > 0
        {
            return "for example at most 5, or at most 10"
        }
        if let term, amount.contains(term) { return "for example at least 10, or at least 100" }
        // "Used often", "backed up regularly": how often, whatever kind of requirement it sits in.
        if let term, ["often", "frequently", "regularly", "usually", "sometimes", "normally"].contains(term) {
            return "for example at least once a day, or in 9 of 10 uses"
        }
        // "Not too small", "large files": a size, whatever kind of requirement it sits in.
        if let term, VagueTermRule.sizeWords.contains(term) {
            return SizeExamples.question(for: statement ?? "", term: term)
        }
        switch category {
        case .performance: return "for example within 1 second or within 2 seconds at peak times"
        case .scalability:
            // "scale to all schools nationally": count what the statement counts.
            if let counted = statement.flatMap(countedThing) { return "for example 1,000 or 10,000 \(counted)" }
            return "for example 100 or 1,000 users at the same time"
        case .availability: return "for example available 99.5 % or 99.9 % of each month"
        case .faultTolerance:
            // "Keep working without a connection": how long, and how soon what was kept is sent.
            if let statement, worksOffline(statement) {
                return "for example a full 8-hour shift offline, with all data sent within 5 minutes of reconnecting"
            }
            // "Keep working as a normal switch if the Wi-Fi or the app is down": what keeps
            // working, and for how long; no repair time fits a product that is not to stop.
            if let statement, outlastsItsNetwork(statement) {
                return "for example which functions must keep working while it is down, and for how long — an hour, "
                    + "or a whole day"
            }
            return "for example back in service within 15 minutes or within 4 hours"
        case .usability: return "for example 9 in 10 first-time users finishing unaided within 3 minutes"
        case .security: return "for example a named standard such as OWASP ASVS level 2, or a specific control"
        default: return "for example a number with its unit, or a named standard we can test against"
        }
    }

    /// The verb after "easy to" when it names a task other than using the product ("easy to hold",
    /// "easy to clean"); `nil` for "easy to use" and its kin, which the usability example fits.
    static func easyTask(in statement: String) -> String? {
        let words = TextTokens(statement).words
        guard let index = words.indices.dropLast(2).first(where: { words[$0] == "easy" && words[$0 + 1] == "to" }),
            !usingVerbs.contains(words[index + 2])
        else { return nil }
        return words[index + 2]
    }

    /// Words that make a subjective word a matter of looks.
    static let lookWords: Set<String> = [
        "look", "looks", "appearance", "design", "colour", "color", "colours", "colors", "style", "styled", "shape",
    ]

    /// Words that make a subjective word a matter of how the product is made.
    static let makingWords: Set<String> = [
        "manufacture", "manufactured", "manufacturing", "produce", "produced", "production", "assemble",
        "assembled", "assembly", "build", "built", "construction", "components", "parts", "mass",
    ]

    static let usingVerbs: Set<String> = [
        "use", "learn", "understand", "navigate", "find", "read", "operate", "follow", "work", "get", "start",
    ]

    /// Whether a statement is about working without a network ("offline", "without a connection",
    /// "when the Wi-Fi drops").
    static func worksOffline(_ statement: String) -> Bool {
        let text = " " + TextTokens(statement).words.joined(separator: " ") + " "
        return [
            " offline ", " without a connection ", " without connection ", " without wi fi ", " without wifi ",
            " network is down ", " wi fi drops ", " connection drops ", " no connection ", " no network ",
        ]
        .contains { text.contains($0) }
    }

    /// Whether a statement keeps something working while a network, service or app it uses is
    /// down ("if the Wi-Fi or the app or whatever is down", "when the server fails").
    static func outlastsItsNetwork(_ statement: String) -> Bool {
        let words = TextTokens(statement).words
        let services: Set<String> = ["wifi", "wi", "network", "internet", "cloud", "server", "app", "connection"]
        let failures: Set<String> = ["down", "drops", "fails", "unavailable", "offline", "out"]
        return words.contains(where: { ["working", "work", "works"].contains($0) })
            && words.indices.contains { index in
                services.contains(words[index]) && words[(index + 1)...].prefix(7).contains(where: failures.contains)
            }
    }

    /// What a statement counts: the plural after "all" or "every" ("all schools" → "schools").
    static func countedThing(in statement: String) -> String? {
        let words = TextTokens(statement).words
        for (index, word) in words.enumerated() where ["all", "every"].contains(word) {
            let next = words[(index + 1)...].first { !["the", "our", "of", "their"].contains($0) }
            if let next, next.count > 3, next.hasSuffix("s"), !next.hasSuffix("ss") { return next }
        }
        return nil
    }

    /// The double-quoted words of a validation message, in order (messages quote their offending words).
    static func quotedTerms(in message: String) -> [String] {
        var terms: [String] = []
        var current: String?
        for character in message {
            if character == "\"" {
                if let term = current {
                    if !term.isEmpty { terms.append(term) }
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current?.append(character)
            }
        }
        return terms
    }

    static func shorten(_ statement: String) -> String {
        let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard trimmed.count > quoteLimit else { return trimmed }
        let prefix = trimmed.prefix(quoteLimit)
        let cut = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
        return cut + " …"
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
