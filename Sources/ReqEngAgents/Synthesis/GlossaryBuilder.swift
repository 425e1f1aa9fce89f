import Foundation
import ReqEngModel

/// Finds the domain terms of a project: acronyms and two-word noun phrases that more than one
/// speaker uses, and explains each by the sentence that defines it or, failing that, by who used it
/// where.
///
/// A term is shared vocabulary, so a phrase one person repeats is not one; neither are numbers and
/// measures ("twenty five", "ten minutes"), people's names, or filler. Singular and plural are one
/// term ("remote control", "remote controls").
struct GlossaryBuilder: Sendable {
    /// Most entries kept, those used by the most speakers first.
    var limit = 20
    /// A two-word phrase must recur this often across the project to count as a term.
    var minimumPhraseOccurrences = 3
    /// A term must be used by this many different speakers.
    var minimumSpeakers = 2

    /// What the builder learns about one term while reading the project.
    private struct Tally {
        var forms: [String: Int] = [:]
        var count = 0
        var speakers: Set<String> = []
        var firstUse: (session: String, turn: Int, speaker: String)
        var definition: String?
        var properNounUses = 0

        /// The form used most often, the shorter (singular) one on a tie.
        var display: String {
            forms.max { lhs, rhs in
                lhs.value != rhs.value ? lhs.value < rhs.value : (lhs.key.count, lhs.key) > (rhs.key.count, rhs.key)
            }?.key ?? ""
        }
    }

    func entries(for transcripts: [Transcript]) -> [GlossaryEntry] {
        var tallies: [String: Tally] = [:]
        // How often each phrase shares a word with a phrase next to it: "automatic speech" and
        // "recognition technology" are pieces of "automatic speech recognition technology".
        var overlaps: [String: [String: Int]] = [:]
        for transcript in transcripts {
            for turn in transcript.turns {
                let found = Self.candidates(in: turn.text)
                let phrases = Dictionary(
                    found.filter { $0.words.count == 2 }.map { ($0.position, Self.key(of: $0.term)) },
                    uniquingKeysWith: { first, _ in first })
                for (position, key) in phrases {
                    for neighbour in [position - 1, position + 1] {
                        if let other = phrases[neighbour] { overlaps[key, default: [:]][other, default: 0] += 1 }
                    }
                }
                for candidate in found {
                    let key = Self.key(of: candidate.term)
                    var tally =
                        tallies[key] ?? Tally(firstUse: (transcript.id, turn.number, turn.speaker))
                    tally.forms[candidate.term, default: 0] += 1
                    tally.count += 1
                    tally.speakers.insert(turn.speaker)
                    if candidate.isProperNoun { tally.properNounUses += 1 }
                    if tally.definition == nil {
                        tally.definition = Self.definingSentence(of: candidate.term, in: turn.text)
                    }
                    tallies[key] = tally
                }
            }
        }
        let kept = tallies.filter { _, tally in
            let display = tally.display
            let acronym = Self.isAcronym(display)
            guard tally.speakers.count >= minimumSpeakers, tally.properNounUses < tally.count || acronym else {
                return false
            }
            return acronym ? tally.count >= 2 : tally.count >= minimumPhraseOccurrences
        }
        // A phrase that is mostly a piece of a longer one, whose more frequent neighbour is a term
        // itself, is that term's context, not a term of its own.
        let whole = kept.filter { key, tally in
            !(overlaps[key] ?? [:]).contains { other, shared in
                guard let longer = kept[other], longer.count > tally.count else { return false }
                return shared * 3 >= tally.count * 2
            }
        }
        let ranked = whole.values.sorted { lhs, rhs in
            if lhs.speakers.count != rhs.speakers.count { return lhs.speakers.count > rhs.speakers.count }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs.display.lowercased() < rhs.display.lowercased()
        }
        return ranked.prefix(limit).map { tally in
            GlossaryEntry(term: tally.display, definition: Self.definition(of: tally), occurrences: tally.count)
        }
        .sorted { $0.term.lowercased() < $1.term.lowercased() }
    }

    private static func definition(of tally: Tally) -> String {
        if let sentence = tally.definition {
            return "“\(sentence)” (\(tally.firstUse.speaker))"
        }
        let times = tally.count == 1 ? "once" : "\(tally.count) times"
        let people = tally.speakers.sorted()
        let who = people.count <= 3 ? people.joined(separator: ", ") : "\(people.count) speakers"
        return "Used \(times) by \(who); first in session \(tally.firstUse.session), turn \(tally.firstUse.turn)."
    }

    /// One candidate term as written, with the words it is made of.
    struct Candidate: Equatable {
        var term: String
        var words: [String]
        /// Where the phrase starts among the turn's words.
        var position: Int
        /// Every word capitalised: a name ("Maya Lindqvist", "Valdhoven Town Hall"), which a term
        /// written in lower case elsewhere is not.
        var isProperNoun: Bool
    }

    /// Acronyms ("GDPR", "SKU", "2FA") and two-word phrases of content words ("waiting list").
    static func candidates(in text: String) -> [Candidate] {
        let pieces = text.split(whereSeparator: { $0.isWhitespace })
        var tokens: [String] = []
        for piece in pieces {
            let parts = piece.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" })
            tokens += parts.map(String.init)
            // Punctuation inside or after the piece ("list,the", "list.") ends the phrase there.
            if parts.count > 1 || piece.last.map({ !$0.isLetter && !$0.isNumber }) == true {
                tokens.append("")
            }
        }
        var terms: [Candidate] = []
        for token in tokens where isAcronym(token) {
            terms.append(Candidate(term: token, words: [token], position: -1, isProperNoun: false))
        }
        for index in tokens.indices.dropLast() {
            let first = tokens[index]
            let second = tokens[index + 1]
            let words = [first.lowercased(), second.lowercased()]
            guard isContentWord(words[0]), isContentWord(words[1]) else { continue }
            let capitalised = first.first?.isUppercase == true && second.first?.isUppercase == true
            terms.append(
                Candidate(
                    term: words.joined(separator: " "), words: words, position: index, isProperNoun: capitalised))
        }
        return terms
    }

    /// Singular and plural of the head word share one key.
    static func key(of term: String) -> String {
        var words = term.lowercased().split(separator: " ").map(String.init)
        if let last = words.last, !isAcronym(term), last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"),
            !last.hasSuffix("us"), !last.hasSuffix("is")
        {
            words[words.count - 1] = last.hasSuffix("ies") ? String(last.dropLast(3)) + "y" : String(last.dropLast())
        }
        return words.joined(separator: " ")
    }

    /// The sentence of `text` that says what `term` is ("A pallet label is the sticker that …").
    static func definingSentence(of term: String, in text: String) -> String? {
        let lowered = term.lowercased()
        for sentence in SentenceSplitter().split(text) {
            let words = sentence.lowercased()
            guard let range = words.range(of: lowered) else { continue }
            let after = words[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let defines = definingVerbs.contains { after.hasPrefix($0 + " ") }
            guard defines, sentence.count <= 220 else { continue }
            return sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return nil
    }

    /// What follows a term in a sentence that explains it.
    static let definingVerbs = [
        "is a", "is an", "is the", "are the", "means", "stands for", "is what", "is when", "is where", "refers to",
    ]

    static func isAcronym(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        return (2...6).contains(token.count) && letters.count >= 2 && token.allSatisfy { $0.isUppercase || $0.isNumber }
            && !notAcronyms.contains(token)
    }

    static func isContentWord(_ word: String) -> Bool {
        word.count >= 3 && word.allSatisfy(\.isLetter) && !stopWords.contains(word) && !measureWords.contains(word)
    }

    /// Capitals that are not domain terms: interjections, shouting and notes to self ("TBD", "ASAP").
    static let notAcronyms: Set<String> = [
        "OK", "AM", "PM", "TV", "OH", "UM", "UH", "HI", "NO", "SO", "IT", "ID", "TBD", "TBC", "ASAP", "FYI", "NOT",
        "AND", "OR", "THE", "ALL", "NB", "PS", "ETA", "EOD", "AKA",
    ]

    /// Numbers, units and times of day: "twenty five", "ten minutes" and "half past" are measures.
    static let measureWords = MeasureVocabulary.cardinals.union(MeasureVocabulary.fractions)
        .union(MeasureVocabulary.units).union([
            "per", "past", "o'clock", "morning", "afternoon", "evening", "tonight", "today", "tomorrow", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ])

    /// Function words, fillers and generic verbs/adjectives that never make a domain term.
    static let stopWords: Set<String> = [
        "the", "and", "but", "for", "with", "that", "this", "these", "those", "there", "then", "than", "they", "them",
        "their", "what", "when", "where", "which", "who", "whom", "why", "how", "you", "your", "yours", "our", "ours",
        "we're", "i'm", "it's", "that's", "don't", "can't", "won't", "isn't", "aren't", "doesn't", "didn't",
        "shouldn't", "wouldn't", "couldn't", "we'll", "you're", "they're", "let's", "i've", "we've", "i'd", "we'd",
        "all", "any", "some", "every", "each", "more", "most", "much", "many", "few", "very", "really", "just",
        "also", "too", "only", "even", "still", "already", "yet", "again", "about", "above", "after", "before",
        "from", "into", "onto", "over", "under", "out", "off", "through", "between", "during", "without", "within",
        "must", "shall", "should", "would", "could", "will", "can", "may", "might", "need", "needs", "needed",
        "have", "has", "had", "having", "want", "wants", "like", "get", "gets", "got", "make", "makes", "made",
        "see", "know", "think", "mean", "say", "said", "tell", "go", "going", "come", "take", "look", "use",
        "able", "sure", "right", "yeah", "yes", "okay", "well", "maybe", "actually", "basically", "kind", "sort",
        "thing", "things", "stuff", "lot", "lots", "way", "time", "times", "first", "last", "next", "new", "old",
        "good", "great", "bad", "big", "small", "nice", "fine", "cool", "other", "another", "same", "such", "own",
        "not", "now", "here", "because", "while", "since", "until", "been", "being", "was", "were", "are", "is",
        "does", "did", "doing", "done", "let", "put", "give", "people", "someone", "something", "anything",
        "everything", "nothing", "everyone", "anyone", "okay", "hmm", "um", "uh", "exactly", "probably",
        "definitely", "absolutely", "quite", "pretty", "though", "whole", "least", "if", "or", "so", "to", "of",
        "in", "on", "at", "by", "as", "be", "do", "it", "is", "an", "a", "i", "me", "my", "us", "we", "he", "she",
        "his", "her", "him", "gonna", "wanna", "gotta", "thanks", "thank", "please", "sorry", "hello", "bye",
        "lunch", "coffee", "break", "meeting", "agenda", "minutes", "slide", "slides", "presentation",
        // Degree and filler: "a little bit", "a bit slow".
        "bit", "little", "tad", "slow", "quick",
        // Words that pick among things rather than name one: "different remotes", "extra features".
        "different", "extra", "several", "various", "certain", "main", "general", "particular", "specific",
        "whatever", "usual", "normal", "typical", "real", "actual", "possible", "important",
        // The meeting's own business: "project documents", "user requirements", "technical problem".
        "project", "projects", "requirement", "requirements", "idea", "ideas", "option", "options", "point",
        "points", "question", "questions", "problem", "problems", "discussion", "decision", "decisions", "team",
    ]
}
