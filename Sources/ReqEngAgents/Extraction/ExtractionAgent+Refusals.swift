import ReqEngModel

/// What a speaker refuses, read as Won'ts: two things refused in one breath, and a team's "let's
/// drop the titanium".
extension ExtractionAgent {
    /// "We don't want ads, and no paid ranking.": two things refused in one breath are two Won'ts,
    /// each of which a reviewer may keep or drop.
    static func splittingRefusals(_ requirement: Requirement) -> [Requirement] {
        guard requirement.priority == .wont, let range = requirement.statement.range(of: ", and no ") else {
            return [requirement]
        }
        let first = String(requirement.statement[..<range.lowerBound])
        let second = TextCleanup.trim(String(requirement.statement[range.upperBound...]), " .!")
        let rest = second.split(separator: " ")
        guard (1...4).contains(rest.count), first.split(separator: " ").count >= 3, NegationPolarity.isNegated(first),
            rest.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } })
        else { return [requirement] }
        var kept = requirement
        kept.statement = first + "."
        kept.title = RequirementTitle.title(of: kept.statement)
        var other = requirement
        other.statement = "No " + second + "."
        other.title = RequirementTitle.title(of: other.statement)
        return [kept, other]
    }

    /// "We should give up with teletext", "let's drop the titanium", "we can scrap the light": a
    /// team deciding to leave a thing out is a Won't of that thing, whatever modal carries it.
    static func markingDropsAsWont(_ requirement: Requirement) -> Requirement {
        guard requirement.priority != .wont, !NegationPolarity.isNegated(requirement.statement) else {
            return requirement
        }
        let words = TextTokens(requirement.statement).words
        guard let first = words.first, ["we", "lets", "id", "wed", "i"].contains(first) else { return requirement }
        var index = 1
        while index < words.count, modalWords.contains(words[index]) { index += 1 }
        let rest = Array(words[index...])
        guard let phrase = dropPhrases.first(where: { rest.starts(with: $0) && rest.count > $0.count }),
            // "We should drop by the workshop": a visit, not a thing left out.
            !["by", "in", "off", "round"].contains(rest[phrase.count])
        else { return requirement }
        var copy = requirement
        copy.priority = .wont
        return copy
    }

    static let modalWords: Set<String> = [
        "should", "could", "can", "will", "ll", "must", "just", "better", "rather", "might", "have", "to", "need",
        "also", "probably", "really",
    ]

    /// Verbs of leaving a thing out of the design.
    static let dropPhrases: [[String]] = [
        ["drop"], ["give", "up"], ["scrap"], ["get", "rid", "of"], ["forget", "about"], ["leave", "out"],
        ["abandon"], ["ditch"], ["skip"],
    ]
}
