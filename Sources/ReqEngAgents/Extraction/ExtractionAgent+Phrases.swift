import ReqEngModel

/// Needs said without a need phrase: the items of a read-back, the answers to an open question, the
/// price the product is held to, a client's "let them …" and a design team presenting its design.
extension ExtractionAgent {
    /// A need said without a need phrase: the price the product is held to, a client's "let them
    /// add a photo", or a design team presenting the product; `nil` when the sentence is none.
    func unmarkedNeed(
        _ cleaned: SpeechCleaner.Result, _ sentence: String, source: SourceRef, role: String?,
        conversation: ConversationContext
    ) -> Requirement? {
        if let price = priceRequirement(cleaned, sentence: sentence, source: source, conversation: conversation) {
            return price
        }
        // "Let them add a photo.": in an interview, what the client wants people to be able to do.
        if !conversation.firstPersonIsTeam, let need = LetImperative.asNeed(cleaned.text),
            conversation.vocabulary.mentionsRecurring(need)
        {
            return requirement(from: need, source: source, speakerRole: role, conversation: conversation)
        }
        // "Maybe we can have a wheel for the channels." "Yeah.": an option the team took up.
        if conversation.firstPersonIsTeam, conversation.takenUp(sentence, turn: source.turn),
            let option = AgreedOption.words(cleaned.text), conversation.vocabulary.mentionsRecurring(option)
        {
            // "Okay, let's do that.": decided, not only agreed to.
            let decided = conversation.decidedOptions.contains(source.turn)
            return speakerWordsRequirement(
                decided ? ConfirmedProposal.asNeed(option) : option, source: source,
                priority: decided ? .should : .could, strength: 0.6, hedges: cleaned.hedges)
        }
        // "The least amount of functions possible." "Yeah.": a feature named and agreed to.
        if conversation.firstPersonIsTeam, conversation.agreedToAlone(sentence, turn: source.turn),
            let feature = AgreedFeature.words(cleaned.text), conversation.vocabulary.mentionsRecurring(feature)
        {
            return speakerWordsRequirement(
                feature, source: source, priority: .could, strength: 0.55, hedges: cleaned.hedges)
        }
        if let rule = askedRule(cleaned, sentence, source: source, conversation: conversation) { return rule }
        return designNeed(cleaned, sentence, source: source, role: role, conversation: conversation)
    }

    /// "What about visitors?" "… Visitors never get a permanent permit.": in an interview, a rule
    /// about what was just asked, said with "never" or "always" in the present tense, in the
    /// speaker's words; the people or things it rules must be the question's.
    func askedRule(
        _ cleaned: SpeechCleaner.Result, _ sentence: String, source: SourceRef, conversation: ConversationContext
    ) -> Requirement? {
        guard !conversation.firstPersonIsTeam, conversation.answersQuestion(turn: source.turn),
            !sentence.contains("?")
        else { return nil }
        let words = TextTokens(cleaned.text).words
        guard let adverb = words.firstIndex(where: { ["never", "always"].contains($0) }), (1...3).contains(adverb),
            adverb + 2 < words.count, words.count <= 14,
            let head = words[..<adverb].last, head.count > 3, !CandidateFilter.emptyWords.contains(head),
            !words[..<adverb].contains(where: {
                NeedDetector.firstPersonWords.contains($0) || NeedDetector.secondPersonWords.contains($0)
                    || CandidateFilter.personPronouns.contains($0)
            }),
            conversation.saidBefore(head, turn: source.turn, window: 1),
            // A verb after the adverb, in the present: "never get", "always goes".
            !CandidateFilter.emptyWords.contains(words[adverb + 1]),
            !["was", "were", "had", "did", "used", "worked"].contains(words[adverb + 1])
        else { return nil }
        return speakerWordsRequirement(
            TextCleanup.trim(cleaned.text, " ,;:-!.") + ".", source: source, priority: .should, strength: 0.65,
            hedges: cleaned.hedges)
    }

    /// A design team presenting the product (``DesignDescription``): "It charges on a dock" is read
    /// as it should.
    func designNeed(
        _ cleaned: SpeechCleaner.Result, _ sentence: String, source: SourceRef, role: String?,
        conversation: ConversationContext
    ) -> Requirement? {
        guard conversation.firstPersonIsTeam,
            let need = DesignDescription.asNeed(
                cleaned.text, original: sentence, nouns: conversation.nouns,
                replying: conversation.followsQuestion(turn: source.turn))
        else { return nil }
        return requirement(from: need, source: source, speakerRole: role, conversation: conversation)
    }

    /// Money the product is held to (``PriceStatement``): a constraint, whatever else the words
    /// suggest; a Must when it is a limit.
    func priceRequirement(
        _ cleaned: SpeechCleaner.Result, sentence: String, source: SourceRef, conversation: ConversationContext
    ) -> Requirement? {
        guard
            let said = PriceStatement.said(
                cleaned.text, original: sentence, amongTeam: conversation.firstPersonIsTeam,
                budgetAsked: conversation.answersBudgetQuestion(turn: source.turn))
        else { return nil }
        // "Last week you said that we stay under 12 euros", "The board said at most 50 euros": the
        // limit, not who said it.
        let price = TextCleanup.capitalizedFirst(
            Self.droppingReporter(Self.droppingFrame(said.text.split(separator: " ").map(String.init)))
                .joined(separator: " "))
        var ref = source
        if let quote = said.quote { ref.quote = Self.quote(quote) }
        var requirement = speakerWordsRequirement(
            price, source: ref, priority: PriceStatement.isLimit(price) ? .must : .should, strength: 0.7,
            hedges: cleaned.hedges)
        requirement.type = .constraint
        requirement.category = nil
        return requirement
    }

    /// `words` without who reported a limit ("The board said at most 50 euros" → "at most 50
    /// euros"): one to three words naming them, a verb of saying, then a limit or a number.
    static func droppingReporter(_ words: [String]) -> [String] {
        let lower = words.map(SpeechCleaner.bare)
        guard let verb = lower.prefix(4).firstIndex(where: { ["said", "says", "told", "decided"].contains($0) }),
            verb >= 1, verb + 3 < lower.count,
            !lower[..<verb].contains(where: { NeedDetector.firstPersonWords.contains($0) || $0 == "you" }),
            limitOpeners.contains(lower[verb + 1]) || MeasuredAnswer.isQuantity(lower[verb + 1])
        else { return words }
        return Array(words[(verb + 1)...])
    }

    /// Words a limit opens with.
    static let limitOpeners: Set<String> = ["at", "under", "below", "max", "maximum", "no", "not", "up", "less"]

    /// An item of a meeting's read-back ("Two buttons, on and unit."), in the speaker's words,
    /// when it speaks of what the meeting keeps returning to.
    func readBackItem(
        _ said: String, source: SourceRef, conversation: ConversationContext, listed: Bool = false
    ) -> Requirement? {
        let cleaned = SpeechCleaner().clean(said)
        // An item of a list announced as needs ("Finance asked for:\n- …") is one whatever its words.
        guard let words = ReadBack.item(cleaned.text, original: said),
            listed || conversation.vocabulary.mentionsRecurring(words),
            !conversation.namesParticipant(TextTokens(words).words)
        else { return nil }
        // "…, no keep-warm, …": an item left out is a Won't.
        let leftOut = TextTokens(words).words.first.map { ["no", "without"].contains($0) } == true
        return speakerWordsRequirement(
            words, source: source, priority: leftOut ? .wont : .should, strength: 0.6, hedges: cleaned.hedges)
    }

    /// An interviewer's open question and the phrases the next stakeholder turn answers it with
    /// (``OpenAnswer``), as "We print on the slip: the title, the due date."; citing the answer
    /// first and the question second.
    func openAnswer(at index: Int, in transcript: Transcript, conversation: ConversationContext) -> Requirement? {
        let turn = transcript.turns[index]
        guard let question = SentenceSplitter().split(turn.text).last, let topic = OpenAnswer.topic(of: question),
            let reply = transcript.turns[(index + 1)...].first, !conversation.roles.isInterviewer(reply.speaker),
            let phrases = OpenAnswer.phrases(of: reply.text),
            // "Is there anything that would make it easier?" asks for wishes outright; other
            // questions must be answered with what the conversation is about.
            topic.hasPrefix("to ") || conversation.vocabulary.mentionsRecurring(phrases)
                // "What payment methods do you need?": the kind asked for is the conversation's.
                || topic.hasSuffix(OpenAnswer.kinds) && conversation.vocabulary.mentionsRecurring(topic)
        else { return nil }
        let joint = topic.hasSuffix(OpenAnswer.offering) || topic.hasSuffix(OpenAnswer.kinds) ? " " : ": "
        let statement = TextCleanup.capitalizedFirst(topic) + joint + TextCleanup.lowercasedFirst(phrases) + "."
        var found = speakerWordsRequirement(
            statement, source: Self.ref(reply, in: transcript, quoting: reply.text),
            priority: PriorityWords.priority(in: reply.text) ?? .should, strength: 0.65)
        found.sourceRefs.append(Self.ref(turn, in: transcript, quoting: question))
        return found
    }

    /// A need set in a frame that no need phrase carries (``ReportedClause``): a rule after a
    /// colon, a decision after "let's say", a wish said as a condition and a verdict on it.
    func framedNeed(
        _ cleaned: SpeechCleaner.Result, sentence: String, source: SourceRef, conversation: ConversationContext
    ) -> Requirement? {
        if let rule = ReportedClause.afterRuleFrame(cleaned.text) ?? ReportedClause.afterLetsSay(cleaned.text),
            NeedDetector().detectAll(rule, original: rule).isEmpty, conversation.vocabulary.mentionsRecurring(rule)
        {
            return speakerWordsRequirement(
                rule, source: source, priority: PriorityWords.priority(in: sentence) ?? .should, strength: 0.7,
                hedges: cleaned.hedges)
        }
        if let proposal = ReportedClause.afterProposalFrame(cleaned.text), conversation.agreedTo(turn: source.turn) {
            return speakerWordsRequirement(
                proposal, source: source, priority: PriorityWords.priority(in: sentence) ?? .should, strength: 0.7,
                hedges: cleaned.hedges)
        }
        // "Nice to have: mileage claims with a map.": a rank, then what it ranks.
        if let colon = cleaned.text.firstIndex(of: ":"),
            case let label = TextCleanup.trim(cleaned.text[..<colon].lowercased(), " "),
            let priority = PriorityVerdict.verdicts.first(where: { $0.phrases.contains(label) })?.priority
                ?? Self.moscowLabels[label]
        {
            let ranked = TextCleanup.trim(String(cleaned.text[cleaned.text.index(after: colon)...]), " .!")
            guard TextTokens(ranked).words.count >= 2 else { return nil }
            return speakerWordsRequirement(
                TextCleanup.capitalizedFirst(ranked) + ".", source: source, priority: priority, strength: 0.7,
                hedges: cleaned.hedges)
        }
        if let wish = ReportedClause.conditionalWish(cleaned.text),
            conversation.vocabulary.mentionsRecurring(wish.words)
        {
            return speakerWordsRequirement(
                wish.words, source: source, priority: wish.priority, strength: 0.65, hedges: cleaned.hedges)
        }
        return nil
    }

    /// The requirements of one sentence: of each of its clauses when it joins needs with their own
    /// subjects (``CoordinatedNeeds``) and each clause states one, each quoting its clause; else of
    /// the sentence.
    func coordinatedRequirements(
        from sentence: String, source: SourceRef, speakerRole: String?, conversation: ConversationContext
    ) -> [Requirement] {
        // "The new requirements are that it be for TV only and that it include the logo."
        if let named = CoordinatedNeeds.namedRequirements(SpeechCleaner().clean(sentence).text) {
            let found = named.compactMap {
                requirement(from: $0, source: source, speakerRole: speakerRole, conversation: conversation)
            }
            if !found.isEmpty { return found }
        }
        let clauses = CoordinatedNeeds.clausesAsSaid(sentence)
        if clauses.count > 1 {
            let found = clauses.compactMap { clause in
                var ref = source
                ref.quote = Self.quote(clause.said)
                return requirement(from: clause.read, source: ref, speakerRole: speakerRole, conversation: conversation)
            }
            // A clause read as no need on its own ("and I want a daily backup" where the backup is
            // no topic yet) would be lost: then the sentence is read whole, as before.
            if found.count == clauses.count { return found }
        }
        return requirement(from: sentence, source: source, speakerRole: speakerRole, conversation: conversation)
            .map { [$0] } ?? []
    }

    /// The positions among `sentences` of the items of a list the turn writes out after a line
    /// that announces needs ("Summing up what finance asked for:\n- receipts in the app\n- …");
    /// empty when it writes none.
    static func announcedListItems(_ text: String, sentences: [String]) -> Set<Int> {
        guard text.contains(": - ") || text.contains(". - ") || text.contains(": * ") || text.contains(": • ") else {
            return []
        }
        guard
            let head = sentences.firstIndex(where: {
                $0.hasSuffix(":") && TextTokens($0).words.contains(where: listAnnouncements.contains)
            })
        else { return [] }
        let items = sentences.indices.dropFirst(head + 1).prefix { position in
            ["- ", "* ", "• "].contains { text.contains($0 + sentences[position]) }
        }
        return items.count >= 2 ? Set(items) : []
    }

    /// Words of a line that announces a list of needs.
    static let listAnnouncements: Set<String> = [
        "need", "needs", "want", "wants", "asked", "requirements", "require", "requires", "must", "wishes",
        "summing", "summary", "sum", "recap", "agreed", "decided",
    ]

    /// The MoSCoW labels no spoken verdict (``PriorityVerdict``) uses, ranking what follows their
    /// colon.
    static let moscowLabels: [String: Priority] = [
        "should have": .should, "could have": .could, "won't have": .wont, "out of scope": .wont,
    ]
}
