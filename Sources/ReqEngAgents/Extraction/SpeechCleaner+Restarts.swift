/// Restarts and broken-off clauses of spontaneous speech, for ``SpeechCleaner``: where a speaker
/// abandoned what they began and said it again, the second try is the sentence.
extension SpeechCleaner {
    /// The sentence without a clause broken off at "to" ("we want to we would like a lock",
    /// "they need to they have to carry it"): "to" never comes before a subject, so the speaker
    /// started over there. The broken clause goes from its subject, a few words back, to the "to".
    static func afterBrokenInfinitive(_ words: [String]) -> [String] {
        let lower = words.map(bare)
        guard
            let to = lower.indices.dropLast().first(where: {
                // A lower-case "i" is a cut-off word ("much to i if the app …"), and the new clause has a verb.
                lower[$0] == "to"
                    && ["I", "we", "they", "he", "she"].contains(TextCleanup.trim(words[$0 + 1], punctuation))
                    && $0 + 2 < words.count && !clauseLinks.contains(lower[$0 + 2])
            }),
            let subject = lower[max(0, to - 6)..<to].lastIndex(where: restartSubjects.contains)
        else { return words }
        return Array(words[..<subject]) + Array(words[(to + 1)...])
    }

    /// The sentence from where the speaker started over, when the restart repeats its opening words
    /// ("we have to, in my view we have to add a bell", "it's going to have to be it's going to
    /// be red"): two or more words, led by a subject, said again within a few words and not joined
    /// by a conjunction.
    static func afterRestartedSubject(_ words: [String]) -> [String] {
        let lower = words.map(bare)
        for first in lower.indices where restartSubjects.contains(lower[first]) {
            let opening = lower[first...].prefix(2)
            guard opening.count == 2 else { break }
            let end = min(lower.count - 1, first + 9)
            guard first + 2 < end else { break }
            guard
                let again = ((first + 2)..<end).first(where: {
                    lower[$0] == opening.first && lower[$0 + 1] == opening.last
                        && !coordinators.contains(lower[$0 - 1])
                        // "from when it's set to in progress and when it's set to ready": two
                        // clauses joined, a few words before the second.
                        && !lower[(first + 2)..<$0].contains(where: { ["and", "or", "but"].contains($0) })
                        && !Self.listsAgain(lower, words, from: first, again: $0)
                })
            else { continue }
            return Array(words[..<first]) + Array(words[again...])
        }
        return words
    }

    /// The sentence from a subject that follows a modal at once ("they must they could carry a
    /// lock", "we must we could add a bell"): a modal takes a verb, so the speaker dropped the first
    /// clause and started over at the second subject.
    static func afterAbandonedModal(_ words: [String]) -> [String] {
        let lower = words.map(bare)
        guard lower.count > 4,
            let start = lower.indices.dropLast(3).first(where: {
                restartSubjects.contains(lower[$0]) && modals.contains(lower[$0 + 1])
                    && !words[$0 + 1].contains(where: { ",.;:?".contains($0) })
                    && ["i", "we", "you", "they", "he", "she"].contains(lower[$0 + 2])
                    && (modals.contains(lower[$0 + 3]) || needVerbs.contains(lower[$0 + 3]))
            })
        else { return words }
        return Array(words[..<start]) + Array(words[(start + 2)...])
    }

    /// The sentence from a subject said again after a verb of wanting and a "so" ("they wanted so
    /// they would like …", "we need so we want …"): a verb that takes an object is left without one,
    /// so the speaker started over.
    static func afterWantedSo(_ words: [String]) -> [String] {
        let lower = words.map(bare)
        guard lower.count > 5,
            let start = lower.indices.dropLast(4).first(where: {
                personalSubjects.contains(lower[$0]) && wantingVerbs.contains(lower[$0 + 1])
                    && !words[$0 + 1].contains(where: { ",.;:".contains($0) }) && lower[$0 + 2] == "so"
                    && lower[$0 + 3] == lower[$0]
            })
        else { return words }
        return Array(words[..<start]) + Array(words[(start + 3)...])
    }

    static let wantingVerbs: Set<String> = needVerbs.union(["wanted", "needed", "required", "preferred"])

    static let modals: Set<String> = ["should", "would", "could", "will", "can", "must", "shall", "might", "may"]

    static let personalSubjects: Set<String> = ["i", "we", "you", "they"]
    static let needVerbs: Set<String> = ["need", "needs", "want", "wants", "prefer", "prefers", "require", "requires"]
    static let clauseSubjectStarts: Set<String> = [
        "the", "a", "an", "this", "these", "those", "our", "their", "it",
    ]
    /// Whether the clause at `first` is said whole before the one at `again` repeats its frame:
    /// "it should be fancy, it should be easy to use" lists two needs, where "we have to, in my
    /// view we have to add a bell" started over. A comma ends the first, and past the words both
    /// share it says a thing of its own.
    static func listsAgain(_ lower: [String], _ words: [String], from first: Int, again: Int) -> Bool {
        guard words[again - 1].hasSuffix(",") else { return false }
        var shared = 0
        while first + shared < again, again + shared < lower.count, lower[first + shared] == lower[again + shared] {
            shared += 1
        }
        return lower[(first + shared)..<again].contains {
            !CandidateFilter.emptyWords.contains($0) && !modals.contains($0)
        }
    }

    static let trailingAssents: Set<String> = ["yeah", "okay", "ok", "mm-hmm", "uh-huh"]

    /// Words that join a second clause to the first: "I want X, and I want Y" is no restart.
    static let coordinators: Set<String> = ["and", "but", "or", "then", "also", "because", "so", "plus"]

    /// Words that join a clause to what came before, so a pronoun followed by one starts no new
    /// clause ("to we if …").
    static let clauseLinks: Set<String> = ["if", "when", "and", "but", "or", "so", "because", "that", "who", "which"]

    /// Words a restarted clause opens with.
    static let restartSubjects: Set<String> = [
        "i", "we", "you", "they", "it", "it's", "we're", "i'm", "they're", "you're", "we'll", "i'll", "we've",
        "he", "she", "this", "that", "there",
    ]

    /// The sentence without a trailing clause the speaker broke off ("use a solar panel for the light,
    /// which is easy to"): cut back to the word that opened it, when what is left still says as much
    /// (a need stays a need) and is not a fragment itself.
    static func cuttingBrokenTail(_ words: [String]) -> [String] {
        let lower = words.map(bare)
        guard let last = lower.last(where: { !$0.isEmpty && !CandidateFilter.trailingNoise.contains($0) }),
            CandidateFilter.fragmentEnds.contains(last), CandidateFilter.endsInFragment(lower)
        else { return words }
        let hadNeed = NeedDetector.firstCue(in: lower) != nil
        // "It has to survive that.": a "that" right after its verb is the object, said in full; so
        // is one after a preposition ("…, people should be able to filter for that").
        if lower.last == "that", lower.count > 2,
            !words.dropLast().contains(where: { $0.hasSuffix(",") }) && !tailOpeners.contains(lower[lower.count - 2])
                || CandidateFilter.prepositions.contains(lower[lower.count - 2])
        {
            return words
        }
        var cut = lower.count - 1
        while cut >= 4 {
            let opensClause = tailOpeners.contains(lower[cut]) || words[cut - 1].hasSuffix(",")
            if opensClause {
                let kept = Array(lower[..<cut])
                if !CandidateFilter.endsInFragment(kept), !hadNeed || NeedDetector.firstCue(in: kept) != nil {
                    return Array(words[..<cut])
                }
            }
            cut -= 1
        }
        return words
    }

    /// Words that open a clause a sentence can end without.
    static let tailOpeners: Set<String> = [
        "which", "because", "'cause", "cause", "so", "but", "and", "that", "where", "who", "as", "since", "or",
    ]

    /// "Let's leave voice control out": the thing left out said between the verb and its "out",
    /// put after both ("let's leave out voice control") so the phrase of leaving out is whole.
    static func leavingOutInOrder(_ words: [String]) -> [String] {
        let lower = words.map(bare)
        guard let leave = lower.indices.dropLast(2).first(where: { ["leave", "leaving"].contains(lower[$0]) }),
            let out = lower.indices.dropFirst(leave + 2).prefix(4).first(where: { lower[$0] == "out" }),
            !words[(leave + 1)..<out].contains(where: { $0.contains(where: ",.;:".contains) }),
            !["it", "that", "this", "them", "the", "a"].contains(lower[leave + 1]) || out > leave + 2,
            !["of", "in"].contains(lower[leave + 1]), out + 1 == lower.count || lower[out + 1] != "of"
        else { return words }
        let thing = Array(words[(leave + 1)..<out])
        var outWord = words[out]
        let mark = String(outWord.drop(while: \.isLetter))
        outWord = String(outWord.prefix(while: \.isLetter))
        let rest = Array(words[(out + 1)...])
        var moved = Array(words[...leave]) + [outWord] + thing
        if !mark.isEmpty { moved[moved.count - 1] += mark }
        return moved + rest
    }
}
