/// The words speech cleaning removes or looks for (hedges, fillers, discourse openers), and a word
/// as the cleaner compares it.
extension SpeechCleaner {
    /// The sentence cleaned (``cleaning(_:)``). Cleaning is a pure function of the sentence and
    /// several readers clean the same one, so a sentence cleaned before is looked up (``TextMemo``).
    package func clean(_ sentence: String) -> Result { Self.cleaned.value(for: sentence, cleaning) }

    private static let cleaned = TextMemo<Result>()

    /// Determiners a speaker swaps when restarting a noun phrase.
    static let restartDeterminers: Set<String> = ["the", "this", "that", "a", "an", "our", "its", "these", "those"]

    /// Spoken contractions and clipped words, in the written form a document uses ("ads" →
    /// "advertisements"). Only clippings with one reading are listed ("docs" may be doctors).
    static let spokenForms: [String: [String]] = [
        "wanna": ["want", "to"], "gotta": ["got", "to"], "ads": ["advertisements"], "info": ["information"],
        "stats": ["statistics"],
    ]

    static func bare(_ word: String) -> String {
        // Most words are already bare: ASCII without capitals, a letter or digit at each end.
        let bytes = word.utf8
        if let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last),
            bytes.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) })
        {
            return word
        }
        return TextCleanup.trim(word.lowercased(), punctuation)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }

    static let punctuation = Set(" ,.;:!?\"'()-\u{2014}\u{2013}")

    /// Softeners that make a need sound less sure; removed, and counted against confidence.
    static let hedgePhrases = [
        "i'd say", "i would say", "i'd argue", "i think", "i guess", "i suppose", "i believe", "i feel like",
        "in my opinion", "in my view",
        "probably", "maybe", "perhaps", "it seems that", "it seems like", "it seems",
        "kind of", "sort of", "more or less", "if possible", "possibly", "or so",
    ]
    /// Fillers with no content; "like" only counts when followed by a comma.
    static let fillerPhrases = [
        "you know,", "you know", "i mean,", "i mean", "like,", "um,", "uh,", "erm,", "er,", "ah,", "hmm,",
        "um", "uh", "uhm", "erm", "hmm", "mm", "basically,", "basically", "actually,", "literally",
        "you see,", "let's see,", "let me think,", "of course,", "of course",
    ]
    /// Openers that carry no content at the start of a sentence.
    static let leadingDiscourse: Set<String> = [
        "so", "well", "and", "but", "okay", "ok", "oh", "also", "now", "yeah", "yes", "right", "alright", "then",
        "anyway", "honestly", "frankly",
    ]

    /// Short words that start longer ones and are whole words themselves ("pay payment", "car card").
    static let wholeShortWords: Set<String> = [
        "pay", "add", "log", "car", "art", "tag", "book", "sign", "plan", "form", "card", "mail", "list", "test",
    ]
}
