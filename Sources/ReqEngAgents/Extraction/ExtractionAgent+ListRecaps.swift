import ReqEngModel

/// An interviewer's closing summary of the whole conversation, agreed to: "Let me sum up. Members
/// book online, a waiting list with automatic emails, ten per course, …" "Yes, that's it." Each item
/// either confirms a need already stated or says one that was not yet; the list as a whole is no
/// requirement a reviewer could sign.
extension ExtractionAgent {
    /// `candidates` with each agreed list recap split into its items: an item that repeats an
    /// earlier need of the same session (a content word shared, and no number the need lacks) adds
    /// the recap's references to that need; any other item becomes a need of its own in the recap's
    /// words, citing the reply and the recap.
    ///
    /// Only a list the interviewer (in a meeting without one, anyone) announced as a summary ("Let
    /// me sum up.", "To recap, …") is read so; any other sentence with commas is one need.
    static func splittingListRecaps(
        _ candidates: [Requirement], in transcripts: [Transcript], interviewers: Set<String>
    ) -> [Requirement] {
        var result: [[Requirement]] = candidates.map { [$0] }
        for (index, recap) in candidates.enumerated() {
            guard recap.sourceRefs.count == 2, recap.priority != .wont, let proposal = recap.sourceRefs.last,
                // An interviewer's summary, or in a meeting without one, whoever sums up.
                interviewers.contains(proposal.sessionID + "\u{0}" + proposal.speaker)
                    || !interviewers.contains(where: { $0.hasPrefix(proposal.sessionID + "\u{0}") }),
                announcesSummary(proposal, in: transcripts), let items = listItems(recap.statement)
            else { continue }
            var said: [Requirement] = []
            for item in items {
                let words = itemWords(item)
                let numbers = RequirementMerger.numbers(recapWords(item))
                // "No light sensor": an item left out repeats only what was left out before.
                let leftOut = ["no", "without"].contains(TextTokens(item).words.first ?? "")
                // The earlier need of the session it shares most words with, of the same polarity.
                let repeated = candidates.indices.filter { earlier in
                    earlier != index && candidates[earlier].sourceRefs.first?.sessionID == proposal.sessionID
                        && (candidates[earlier].priority == .wont) == leftOut
                        && numbers.isSubset(of: RequirementMerger.numbers(recapWords(candidates[earlier].statement)))
                }.max { first, second in
                    // Ties go to the need sharing more words of any kind ("cancel … before").
                    let all = recapWords(item)
                    let scores = [first, second].map { candidate in
                        (
                            overlap(words, candidates[candidate]),
                            all.intersection(recapWords(candidates[candidate].statement)).count
                        )
                    }
                    return scores[0] < scores[1]
                }
                // A short item ("cancel up to a day before") needs one word in common, a longer one two.
                if let earlier = repeated, overlap(words, candidates[earlier]) >= (words.count <= 2 ? 1 : 2) {
                    for ref in recap.sourceRefs
                    where !result[earlier][0].sourceRefs.contains(where: {
                        $0.sessionID == ref.sessionID && $0.turn == ref.turn
                    }) {
                        result[earlier][0].sourceRefs.append(ref)
                    }
                    continue
                }
                var need = recap
                if leftOut { need.priority = .wont }
                need.statement = TextCleanup.capitalizedFirst(item) + "."
                need.title = RequirementTitle.title(of: need.statement)
                need.acceptanceCriteria = []
                said.append(need)
            }
            result[index] = said
        }
        return result.flatMap { $0 }
    }

    /// The words of `text` that say what it is about: stemmed content words, less common words,
    /// negations and numbers.
    static func itemWords(_ text: String) -> Set<String> {
        recapWords(text).subtracting(GeneralWords.common).filter {
            !["no", "not", "but", "and", "or"].contains($0) && !TextTokens.isNumber($0)
        }
    }

    /// How many of `words` `need`'s statement holds; a word matches another it starts but for its
    /// last letter (stems of "phone" and "phones" differ so, "train" and "trainer" more).
    private static func overlap(_ words: Set<String>, _ need: Requirement) -> Int {
        let said = itemWords(need.statement)
        return words.filter { word in
            said.contains { other in
                let (short, long) = word.count <= other.count ? (word, other) : (other, word)
                return short == long || short.count >= 4 && long.count == short.count + 1 && long.hasPrefix(short)
            }
        }.count
    }

    /// Whether the sentence `ref` quotes, or one before it in its turn, announces a summary.
    static func announcesSummary(_ ref: SourceRef, in transcripts: [Transcript]) -> Bool {
        guard
            let turn = transcripts.first(where: { $0.id == ref.sessionID })?.turns.first(where: {
                $0.number == ref.turn
            })
        else { return false }
        let sentences = SentenceSplitter().split(turn.text)
        let end = sentences.firstIndex { quote($0) == ref.quote } ?? sentences.count - 1
        return sentences.prefix(end + 1).contains(where: ReadBack.announces)
    }

    /// The items of a statement that lists three or more short phrases separated by commas, or
    /// `nil` for any other statement.
    static func listItems(_ statement: String) -> [String]? {
        let items = TextCleanup.trim(statement, " .").split(separator: ",").map {
            TextCleanup.trim(String($0), " ")
        }
        guard items.count >= 3,
            items.allSatisfy({ (2...12).contains(TextTokens($0).words.count) })
        else { return nil }
        let said = items.map { item in
            item.lowercased().hasPrefix("and ") ? String(item.dropFirst(4)) : item
        }
        return sharingSubject(said)
    }

    /// "Swaps are offered in the app, taken by a colleague, approved by the manager": an item that
    /// opens with a participle is said of the first item's subject ("Swaps are taken by a
    /// colleague").
    static func sharingSubject(_ items: [String]) -> [String] {
        let first = items[0].split(separator: " ").map(String.init)
        guard let copula = first.prefix(4).firstIndex(where: { ["are", "is"].contains(SpeechCleaner.bare($0)) }),
            copula >= 1, copula + 1 < first.count, isParticiple(first[copula + 1])
        else { return items }
        let subject = first[...copula].joined(separator: " ")
        return items.enumerated().map { index, item in
            guard index > 0, let head = item.split(separator: " ").first.map(String.init),
                isParticiple(head)
            else { return item }
            return subject + " " + item
        }
    }

    /// "offered", "taken", "sent": a past participle, by its ending or as one of the common
    /// irregular ones.
    static func isParticiple(_ word: String) -> Bool {
        let lower = word.lowercased()
        return StatementPolisher.isInflectedVerb(lower) && !lower.hasSuffix("ing")
            || irregularParticiples.contains(lower)
    }

    static let irregularParticiples: Set<String> = [
        "taken", "given", "written", "chosen", "shown", "seen", "known", "sent", "kept", "paid", "made", "held",
        "done", "told", "sold", "found", "built", "bought", "brought", "left", "set", "put", "read",
    ]
}
