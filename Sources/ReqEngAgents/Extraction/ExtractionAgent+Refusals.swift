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
    /// team deciding to leave a thing out is a Won't of that thing, whatever modal carries it; so is
    /// what "nobody wants".
    static func markingDropsAsWont(_ requirement: Requirement) -> Requirement {
        let opening = TextTokens(requirement.statement).words.prefix(3)
        // "Nobody wants another app": a thing nobody needs is left out.
        if opening.starts(with: ["nobody"]) || opening.starts(with: ["no", "one"]),
            opening.dropFirst().contains(where: { ["wants", "needs", "uses", "asked"].contains($0) })
        {
            var copy = requirement
            copy.priority = .wont
            return copy
        }
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

    /// "Let's leave out the teletext button." → "No teletext button.": a thing a team leaves out,
    /// named as a Won't, when the words after the verb are only that thing.
    static func namingWhatIsDropped(_ requirement: Requirement) -> Requirement {
        guard requirement.priority == .wont else { return requirement }
        let said = TextCleanup.trim(requirement.statement, " .!")
        let words = said.split(separator: " ").map(String.init)
        let lower = words.map(SpeechCleaner.bare)
        guard let first = lower.first, ["let's", "lets", "we'll", "we", "well"].contains(first) else {
            return requirement
        }
        var index = 1
        while index < lower.count, modalWords.contains(lower[index]) { index += 1 }
        let rest = Array(lower[index...])
        guard let phrase = dropPhrases.first(where: { rest.starts(with: $0) }) else { return requirement }
        var object = Array(words[(index + phrase.count)...])
        if let article = object.first.map(SpeechCleaner.bare), ["the", "a", "an", "that", "this"].contains(article) {
            object.removeFirst()
        }
        // ("the display on the lid": a thing and where it is; "the display and the light, they
        // cost too much" is more than one thing and a reason.)
        guard (1...6).contains(object.count), let head = object.first.map(SpeechCleaner.bare),
            !CandidateFilter.emptyWords.contains(head),
            object.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }),
            !object.contains(where: { notInAName.contains(SpeechCleaner.bare($0)) })
        else { return requirement }
        var named = requirement
        named.statement = "No " + object.joined(separator: " ") + "."
        named.title = RequirementTitle.title(of: named.statement)
        return named
    }

    /// Words that join or explain rather than name one thing.
    static let notInAName: Set<String> = [
        "and", "or", "but", "so", "because", "then", "it", "they", "we", "i", "you", "that", "this", "for", "now",
        "later", "today", "yet",
    ]

    static let modalWords: Set<String> = [
        "should", "could", "can", "will", "ll", "must", "just", "better", "rather", "might", "have", "to", "need",
        "also", "probably", "really",
    ]

    /// Verbs of leaving a thing out of the design.
    static let dropPhrases: [[String]] = [
        ["drop"], ["give", "up"], ["scrap"], ["get", "rid", "of"], ["forget", "about"], ["leave", "out"],
        ["abandon"], ["ditch"], ["skip"],
    ]

    /// Whether a team's "we do not want …" / "we don't need …" refuses something another turn raised
    /// shortly before ("some people could unlock it at a kiosk" … "we do not want to make it a kiosk"):
    /// a refusal is about what was just proposed, however rarely the meeting names it.
    static func refusesWhatWasRaised(
        _ match: NeedDetector.Match, subject: [String], content: [String], at turn: Int,
        in conversation: ConversationContext
    ) -> Bool {
        subject.contains(where: StatementBuilder.negators.contains)
            && match.cue.words.contains { ["want", "need"].contains($0) }
            && content.contains {
                DomainVocabulary.isContent($0) && conversation.saidBefore($0, turn: turn, window: refusalWindow)
            }
    }

    /// How many turns back the thing a refusal rules out may have been raised.
    static let refusalWindow = 10
}
