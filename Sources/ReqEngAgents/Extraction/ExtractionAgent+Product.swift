import ReqEngModel

/// "The system" where the conversation says what it is: a design team's "it" is the product it
/// designs ("It should be dishwasher safe" in a meeting about a bottle is "The bottle shall be
/// dishwasher safe"), and what is stored or deleted is the data ("It has to be stored in the EU").
extension ExtractionAgent {
    /// `candidates` with "The system" that opens a statement named as the data when the statement
    /// stores or deletes it, else as the product of a meeting with a known product
    /// (``ConversationContext/product``); never when the speaker said "system".
    static func namingProduct(_ candidates: [Requirement], products: [String: String]) -> [Requirement] {
        let opening = "The system "
        return candidates.map { candidate in
            guard !candidate.inferred, candidate.statement.hasPrefix(opening),
                !candidate.sourceRefs.contains(where: { $0.quote.lowercased().contains("system") }),
                let name = storesData(candidate.statement)
                    ? "data" : candidate.sourceRefs.first.flatMap({ products[$0.sessionID] }),
                // "It should be tempered glass" in a meeting that names its app most: a thing you
                // can hold is no app.
                !(ProductStatement.productNouns.contains(name) && describesHardware(candidate.statement))
            else { return candidate }
            var named = candidate
            named.statement = "The " + name + " " + candidate.statement.dropFirst(opening.count)
            if candidate.title == RequirementTitle.title(of: candidate.statement) {
                named.title = RequirementTitle.title(of: named.statement)
            }
            return named
        }
    }

    /// Whether a statement speaks of a thing's body: its material, weight, battery or breaking.
    static func describesHardware(_ statement: String) -> Bool {
        TextTokens(statement).words.contains(where: hardwareWords.contains)
    }

    static let hardwareWords: Set<String> = [
        "thin", "thick", "glass", "metal", "plastic", "wood", "wooden", "rubber", "backlight", "battery", "batteries",
        "waterproof", "heavy", "weigh", "weighs", "grams", "dishwasher", "break", "breaks", "scratch", "charger",
        "charging", "cable", "plug", "usb", "magnet", "magnets", "material", "casing", "rechargeable",
    ]

    /// Whether a statement of "the system" says it is stored, kept or deleted: a thing done to data.
    static func storesData(_ statement: String) -> Bool {
        let words = TextTokens(statement).words
        guard words.count > 4, ["shall", "should", "must", "will"].contains(words[2]) else { return false }
        let rest = words.dropFirst(3).drop { $0 == "not" || $0 == "only" || $0 == "always" }
        return rest.first == "be"
            && rest.dropFirst().first.map {
                ["stored", "kept", "hosted", "saved", "archived", "deleted", "encrypted", "backed", "retained"]
                    .contains($0)
            } == true
    }
}

extension ExtractionAgent {
    /// "The logo has to be on it": among a team, a thing put on or in a bare "it" at the end of
    /// its clause is put on the product the meeting designs ("on the remote"); the text with the
    /// product named, unchanged when no clause ends so or the product is not known. Only after
    /// "be" or a participle ("be printed on it"), where "it" is a place; "work on it" is a task.
    static func placedOnProduct(_ text: String, in conversation: ConversationContext?) -> String {
        guard let conversation, conversation.firstPersonIsTeam, let product = conversation.product else { return text }
        var words = text.split(separator: " ").map(String.init)
        var changed = false
        for index in words.indices.dropFirst(2) {
            let word = words[index]
            let bare = SpeechCleaner.bare(word)
            guard bare == "it", word.lowercased() != "it" || index == words.count - 1,
                ["on", "onto", "in", "inside"].contains(SpeechCleaner.bare(words[index - 1])),
                case let before = SpeechCleaner.bare(words[index - 2]),
                before == "be" || CandidateFilter.isPastParticiple(before) && before != "had"
            else { continue }
            words[index] = "the " + product + String(word.drop(while: \.isLetter))
            changed = true
        }
        return changed ? words.joined(separator: " ") : text
    }
}
