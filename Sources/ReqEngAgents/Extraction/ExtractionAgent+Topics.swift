import ReqEngModel

/// A topic question and the short answer that names what is wanted of the topic, and a question
/// of who or where answered in a few words.
extension ExtractionAgent {
    /// The requirement an interviewer's "who can …?" or "where is … stored?" and the next
    /// stakeholder's short answer state together (``PartyAnswer``); `nil` when the answer does not
    /// name who or where.
    func partyAnswer(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard let question = PartyAnswer.question(in: SentenceSplitter().split(turn.text)),
            // Who may do a thing must be about what the conversation is about; where a thing is
            // kept is asked of whatever was just said ("where is it stored?").
            question.kind == .place || conversation.vocabulary.mentionsRecurring(question.stem.joined(separator: " ")),
            let reply = transcript.turns[(index + 1)...].first,
            !conversation.roles.isInterviewer(reply.speaker),
            let statement = PartyAnswer.statement(
                question: question, answer: reply.text,
                speaker: conversation.declaredRoles[reply.speaker].map { "the " + $0.lowercased() } ?? reply.speaker)
        else { return nil }
        let replyRef = Self.ref(
            reply, in: transcript, quoting: SentenceSplitter().split(reply.text).first ?? reply.text)
        let questionRef = Self.ref(turn, in: transcript, quoting: question.sentence)
        var found = speakerWordsRequirement(
            statement, source: replyRef, priority: PriorityWords.priority(in: reply.text) ?? .should, strength: 0.75)
        // In the words of both turns: a rewrite would have to guess what "it" or "that" stands for.
        found.rationale = Requirement.speakerWordingNote + ": the answer completes the question in turn \(turn.number)."
        found.sourceRefs.append(questionRef)
        return found
    }

    /// An interviewer's topic question ("And the look?") answered with a short name for it ("Our
    /// house style.", "Clean."), as "The look: our house style."; `nil` when the answer says more
    /// than a name, or agrees, refuses or hedges.
    func topicAnswer(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard let question = SentenceSplitter().split(turn.text).last,
            let topic = ConfirmedProposal.topic(of: question), !Self.isMeetingTalk(topic),
            let reply = transcript.turns[(index + 1)...].first, !conversation.roles.isInterviewer(reply.speaker),
            // A topic the conversation comes back to, or one the answer ranks ("And reports?" "Nice
            // to have. …").
            ConfirmedProposal.reading(of: reply.text, to: question) == .neither,
            let said = Self.leadingAnswer(of: reply.text),
            conversation.vocabulary.mentionsRecurring(topic) || PriorityWords.priority(in: reply.text) != nil
                // ("Availability?" "During opening hours, it should be up 99 % of the time.": a
                // need said in full, which the need readers take.)
                || Self.namesAConcern(topic) && !TextTokens(said).words.contains(where: Self.needWords.contains),
            // Two words at least: "Battery." opens an answer that the sentences after it give.
            // "A PDF per year group, for the board in the hall.": the name before a comma when the
            // whole answer runs on past one.
            let answer = Self.answerName(SpeechCleaner().clean(said).text),
            !MeasuredAnswer.answerOpeners.contains(SpeechCleaner.bare(String(answer.split(separator: " ")[0]))),
            // "Very many.", "Lots.": how many, not what is wanted; and it must add to the topic.
            let added = Optional(
                TextTokens(answer).words.filter {
                    !CandidateFilter.emptyWords.contains($0) && !TextTokens(turn.text).vocabulary.contains($0)
                }),
            !added.isEmpty, !added.allSatisfy(Self.amountWords.contains),
            // "Same logic.", "Different.": an answer that points back at another topic.
            !TextTokens(answer).words.contains(where: Self.pointingBack.contains)
        else { return nil }
        let replyRef = Self.ref(reply, in: transcript, quoting: said)
        let questionRef = Self.ref(turn, in: transcript, quoting: question)
        // "Free text?" "Free text, but short.": an answer that names its topic says it all
        // ("Cancellations?" "Free cancellation until …": in the singular too).
        let named = TextTokens(topic).words.filter { !CandidateFilter.emptyWords.contains($0) }
        let answerStems = Set(TextTokens(answer).words.map(RequirementMerger.stem))
        let statement =
            !named.isEmpty && named.allSatisfy({ answerStems.contains(RequirementMerger.stem($0)) })
            ? TextCleanup.capitalizedFirst(TextCleanup.trim(answer, " .")) + "."
            : TextCleanup.capitalizedFirst(topic) + ": " + TextCleanup.lowercasedFirst(answer) + "."
        // "… Let's park that for version two.": named, and put off.
        let putOff = SentenceSplitter().split(reply.text).contains(where: Self.putsOff)
        var found = speakerWordsRequirement(
            statement,
            source: replyRef, priority: putOff ? .wont : PriorityWords.priority(in: reply.text) ?? .should,
            strength: 0.7)
        found.sourceRefs.append(questionRef)
        return found
    }

    /// A question up to its first comma or relative clause ("Would you like video calls, for
    /// parents who can't come?" → "Would you like video calls").
    static func mainClause(of question: String) -> String {
        var words: [String] = []
        for word in question.split(separator: " ").map(String.init) {
            if !words.isEmpty, ["who", "which", "that", "whose"].contains(SpeechCleaner.bare(word)) { break }
            words.append(word)
            if word.hasSuffix(",") { break }
        }
        return words.joined(separator: " ")
    }

    /// The thing a short answer names: the whole answer, or what comes before its first comma.
    static func answerName(_ answer: String) -> String? {
        if let whole = PointerResolution.name(answer) { return whole }
        // "A monthly overview of who parks how often": a name and the question it answers.
        let words = answer.split(separator: " ").map(String.init)
        if let of = words.indices.dropFirst(2).first(where: {
            SpeechCleaner.bare(words[$0]) == "of" && $0 + 2 < words.count
                && ["who", "what", "which", "how", "where", "when"].contains(SpeechCleaner.bare(words[$0 + 1]))
        }), words.count <= 12, !answer.contains(","), PointerResolution.name(words[..<of].joined(separator: " ")) != nil
        {
            return TextCleanup.trim(answer, " .!")
        }
        guard let comma = answer.firstIndex(of: ","), let name = PointerResolution.name(String(answer[..<comma])) else {
            return nil
        }
        // "Per month, by direct debit.": how, said after the name, belongs to it.
        let after = TextTokens(String(answer[answer.index(after: comma)...])).words
        let how =
            after.first.map { ["by", "via", "through", "with"].contains($0) } == true
            || ConfirmedProposal.saysWhen(after)
        guard how, (2...6).contains(after.count), !answer[answer.index(after: comma)...].contains(",") else {
            return name
        }
        return TextCleanup.trim(answer, " .!")
    }

    /// The first sentence of a reply that says more than a sound, with the one-word sentences
    /// after a one-word answer ("Clean. Calm." → "Clean, calm."): a list said word by word.
    static func leadingAnswer(of reply: String) -> String? {
        var sentences = spokenSentences(of: reply)
        // "Nice to have. An overview per month.": the rank said first, then what is ranked.
        if sentences.count > 1, let first = sentences.first, PriorityWords.priority(in: first) != nil,
            TextTokens(first).words.count <= 4
        {
            sentences.removeFirst()
        }
        guard var first = sentences.first else { return nil }
        // "Half of our drivers are Polish, so Polish and English.": the reason before the answer.
        if let answer = OpenAnswer.phraseAfterReason(first) { first = answer }
        let single = { (sentence: String) in TextTokens(sentence).words.count == 1 && !sentence.hasSuffix("?") }
        guard single(first) else { return first }
        let list = sentences.prefix(while: single).map { TextCleanup.trim($0, " .!") }
        guard list.count > 1 else { return first }
        // Each word had a capital only for opening its sentence ("Clean. Calm."), unless it is a
        // language or a people's name ("Dutch. English.") or an abbreviation.
        return
            ([list[0]]
            + list.dropFirst().map { word in
                word.allSatisfy(\.isUppercase) || Self.languageEndings.contains(where: word.hasSuffix)
                    ? word : word.lowercased()
            }).joined(separator: ", ") + "."
    }

    /// How the names of languages and peoples end ("Polish", "Chinese", "Italian", "Dutch").
    static let languageEndings = ["ish", "ese", "an", "ch", "ic"]

    /// Whether a topic is one every product is asked about ("And languages?", "What about
    /// backups?"): asked once, it still asks what the product must do.
    static func namesAConcern(_ topic: String) -> Bool {
        let words = TextTokens(topic).words.filter { !CandidateFilter.emptyWords.contains($0) }
        return (1...2).contains(words.count) && words.contains(where: concerns.contains)
    }

    /// Words of a need said in full: an answer that holds one is left to the need readers.
    static let needWords: Set<String> = [
        "should", "shall", "must", "has", "have", "need", "needs", "want", "wants", "will", "can", "could",
    ]

    /// What an analyst asks of any product, in the words a question names it by.
    static let concerns: Set<String> = [
        "language", "languages", "payment", "payments", "paying", "login", "logging", "accessibility", "backup",
        "backups", "privacy", "security", "passwords", "password", "notifications", "reminders", "reports",
        "reporting", "export", "exports", "printing", "hosting", "offline", "devices", "browsers", "support",
        "availability", "accounts", "roles", "permissions", "invoices", "receipts", "search", "archive",
        // How it looks: asked of every product with a screen or a case.
        "look", "layout", "branding",
    ]

    /// Words with which an answer points at something said before instead of naming.
    static let pointingBack: Set<String> = ["same", "similar", "different", "otherwise", "ditto", "above"]
    /// Words that say how much without saying what.
    static let amountWords: Set<String> = ["many", "lot", "lots", "few", "much", "plenty", "loads", "several", "very"]
}
