/// A client's imperative of what people are to be able to do: "Let them add a photo.", "Just let
/// members renew at the kiosk." It is read as "The system should let users add a photo."; "let
/// me", "let us" and "let's" are the speaker's own business, and "let it" says nothing of people.
enum LetImperative {
    /// `cleaned` said with a need phrase, or `nil` when it is no such imperative.
    static func asNeed(_ cleaned: String) -> String? {
        let words = cleaned.split(separator: " ").map(String.init)
        guard let start = words.firstIndex(where: { !openers.contains(SpeechCleaner.bare($0)) }),
            SpeechCleaner.bare(words[start]) == "let", start + 3 < words.count
        else { return nil }
        // "Let the teachers swap duties": a group named with its article.
        let named = ["the", "all", "our"].contains(SpeechCleaner.bare(words[start + 1])) ? 2 : 1
        guard start + named + 2 < words.count else { return nil }
        let who = SpeechCleaner.bare(words[start + named])
        // "Let the tool do it": the product is no person, and "do it" no need.
        guard !notPeople.contains(who), who.allSatisfy(\.isLetter), !NeedDetector.systemWords.contains(who),
            !ProductStatement.productNouns.contains(who),
            !CandidateFilter().isEmpty(action: words[(start + named + 1)...].joined(separator: " "))
        else { return nil }
        // "Let them …" stands for the people the client serves; a named group keeps its name.
        let people = who == "them" ? "users" : words[(start + 1)...(start + named)].joined(separator: " ")
        let rest = words[(start + named + 1)...].joined(separator: " ")
        return "The system should let " + people + " " + TextCleanup.trim(rest, " ,;:-!.") + "."
    }

    /// Words an imperative may open with.
    static let openers: Set<String> = SpeechCleaner.leadingDiscourse.union(["just", "please", "um", "uh", "then"])
    /// Who a "let" may not name to be a need: the speaker's side, a thing, or a frame.
    static let notPeople: Set<String> = [
        "me", "us", "s", "it", "that", "this", "go", "alone", "the", "a", "an", "him", "her", "you", "everything",
    ]
}
